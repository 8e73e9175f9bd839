package io.finterm.service;

import io.finterm.domain.Money;
import java.time.LocalDate;

/**
 * An occurrence that finterm just booked.
 *
 * @param date          the date the rule gives
 * @param on            the day it was booked
 * @param transactionId the transaction (the outgoing leg of a transfer)
 */
public record Posted(String schedule, LocalDate date, LocalDate on, long transactionId, Money amount, String account) {
}
