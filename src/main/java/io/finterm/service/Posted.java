package io.finterm.service;

import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import java.time.LocalDate;

/**
 * An occurrence that finterm just booked.
 *
 * @param date          the date the rule gives
 * @param on            the day it was booked
 * @param transactionId the transaction (the outgoing leg of a transfer)
 * @param kind          the schedule's kind, so that the amount can be shown signed (money in or out)
 */
public record Posted(String schedule, LocalDate date, LocalDate on, long transactionId, Money amount, String account, TxKind kind) {
}
