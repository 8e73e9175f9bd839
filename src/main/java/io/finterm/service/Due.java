package io.finterm.service;

import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import java.time.LocalDate;

/**
 * An occurrence that is not handled yet: due, or coming.
 *
 * @param date    the date the rule gives: the occurrence's identity
 * @param on      the day it is booked: after the weekend policy, or this occurrence's own date
 * @param amount  this occurrence's amount (its own when it was changed)
 * @param waiting its day has come, and it waits for approval (or to be posted)
 */
public record Due(String schedule, LocalDate date, LocalDate on, TxKind kind, Money amount, boolean approximate, String account,
                  String toAccount, String category, String description, boolean auto, boolean waiting) {
}
