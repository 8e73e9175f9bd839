package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.store.AggregateRow;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Account balances from the per-month aggregate: the balance on a day is the opening balance (from
 * its date on), plus the months before that day's month, plus that month's transactions up to the
 * day. It reads a few aggregate entries and at most one month of one account's rows.
 */
final class Balances {
    private Balances() {
    }

    /** The balance at the end of {@code day}, in the account's currency. */
    static Money on(ReadTx rd, Account a, LocalDate day) {
        long month = Schema.month(YearMonth.from(day));
        long minor = beforeMonth(rd, a, month);
        for (Transaction t : rd.scan(Schema.TX_BY_ACCOUNT, KeyRange.between(new Object[] {a.userId(), a.id(),
                YearMonth.from(day).atDay(1).toEpochDay()}, new Object[] {a.userId(), a.id(), day.toEpochDay()}),
                Paging.all()).rows()) {
            minor = Math.addExact(minor, t.signedMinor());
        }
        return new Money(Math.addExact(minor, openingOn(a, day)), a.currency());
    }

    /** The balance at the end of {@code month}, in the account's currency. */
    static Money atEndOf(ReadTx rd, Account a, YearMonth month) {
        long minor = beforeMonth(rd, a, Schema.month(month) + 1);
        return new Money(Math.addExact(minor, openingOn(a, month.atEndOfMonth())), a.currency());
    }

    /** The sum of every transaction of the account, in minor units, before month number {@code month}. */
    static long beforeMonth(ReadTx rd, Account a, long month) {
        long minor = 0;
        for (AggregateRow row : rd.aggregate(Schema.ACCOUNT_BALANCES,
                KeyRange.between(new Object[] {a.userId(), a.id()}, new Object[] {a.userId(), a.id(), month - 1}))) {
            minor = Math.addExact(minor, row.sum());
        }
        return minor;
    }

    private static long openingOn(Account a, LocalDate day) {
        return a.openingDate().isAfter(day) ? 0 : a.opening().minor();
    }
}
