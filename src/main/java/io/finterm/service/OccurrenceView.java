package io.finterm.service;

import io.finterm.domain.Money;
import io.finterm.domain.OccurrenceState;
import java.time.LocalDate;

/**
 * One occurrence of a schedule, as its detail shows it.
 *
 * @param state         {@code null} when it is not handled yet
 * @param transactionId the transaction that stands for it, or 0
 */
public record OccurrenceView(LocalDate date, LocalDate on, OccurrenceState state, Money amount, long transactionId) {
}
