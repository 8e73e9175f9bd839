package io.finterm.service;

import io.finterm.domain.Transaction;

/**
 * Hears each row of an import as it would be stored, and each row skipped as a likely duplicate:
 * {@code --detect}'s first rows and the import screen's preview are built from it.
 */
interface RowSink {
    /** A row that is (or, in a dry run, would be) booked as {@code t}, in {@code category} (its name), as {@code how} says. */
    void booked(long line, Transaction t, String category, Categorized how);

    /** A row skipped because the account has it already, as {@code old}. */
    void duplicate(long line, Transaction t, String category, Categorized how, Transaction old);

    /** A row skipped because it is {@code old}, which a schedule posted; {@code posted} says which ({@code posted by the schedule Rent (…)}). */
    default void duplicate(long line, Transaction t, String category, Categorized how, Transaction old, String posted) {
        duplicate(line, t, category, how, old);
    }
}
