package io.finterm.domain;

import java.time.LocalDate;

/**
 * What is recorded about one occurrence of a schedule: its identity is the schedule and the date the
 * rule gives ({@code date}, before any move for a weekend or a holiday), unique in the store, so that
 * an occurrence is posted once at most, whatever crashes or sessions race.
 *
 * @param transactionId for {@link OccurrenceState#POSTED} and {@link OccurrenceState#LINKED}: the
 *                      transaction that stands for it (the outgoing leg of a transfer); 0 otherwise.
 *                      Not a foreign key: deleting that transaction leaves the occurrence handled.
 * @param amount        for {@link OccurrenceState#CHANGED}: this occurrence's own amount, or {@code null}
 * @param moveTo        for {@link OccurrenceState#CHANGED}: this occurrence's own date, or {@code null}
 */
public record Occurrence(long id, long userId, long scheduleId, LocalDate date, OccurrenceState state, long transactionId,
                         Money amount, LocalDate moveTo) {
    public Occurrence {
        Ids.requirePositive("id", id);
        Ids.requirePositive("user", userId);
        Ids.requirePositive("schedule", scheduleId);
        Ids.required("date", date);
        Ids.required("state", state);
        switch (state) {
            case POSTED, LINKED -> {
                Ids.requirePositive("transaction", transactionId);
                if (amount != null || moveTo != null) {
                    throw new ValidationException("occurrence", "only a changed occurrence has its own amount or date");
                }
            }
            case SKIPPED -> {
                if (transactionId != 0 || amount != null || moveTo != null) {
                    throw new ValidationException("occurrence", "a skipped occurrence names no transaction, amount or date");
                }
            }
            case CHANGED -> {
                if (transactionId != 0) {
                    throw new ValidationException("occurrence", "a changed occurrence is not booked yet");
                }
                if (amount == null && moveTo == null) {
                    throw new ValidationException("occurrence", "a changed occurrence has its own amount or date");
                }
                if (amount != null) {
                    Ids.requireAmount("amount", amount);
                }
                if (moveTo != null && (moveTo.isBefore(Transaction.FIRST_DATE) || moveTo.isAfter(Transaction.LAST_DATE))) {
                    throw new ValidationException("date", moveTo + " is outside " + Transaction.FIRST_DATE + ".." + Transaction.LAST_DATE);
                }
            }
            default -> throw new IllegalStateException();
        }
    }
}
