package io.finterm.domain;

/**
 * What became of one occurrence of a schedule. An occurrence with no row is not handled yet: due when
 * its date has come, coming otherwise.
 */
public enum OccurrenceState {
    /** Booked by finterm, as the transaction it names (the first leg, for a transfer). */
    POSTED,
    /** Not booked, on purpose: skipped by the person, or taken back after it was posted, or fell while paused. */
    SKIPPED,
    /** Not booked by finterm: an existing transaction (typically imported from the bank) stands for it. */
    LINKED,
    /** Not handled yet, but this one occurrence has its own amount or date. */
    CHANGED;

    public boolean handled() {
        return this != CHANGED;
    }
}
