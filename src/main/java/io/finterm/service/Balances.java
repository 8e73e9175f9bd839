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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

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
        long minor = upTo(rd, a, day, t -> true);
        return new Money(Math.addExact(minor, openingOn(a, day)), a.currency());
    }

    /** The balance at the end of {@code month}, in the account's currency. */
    static Money atEndOf(ReadTx rd, Account a, YearMonth month) {
        long minor = beforeMonth(rd, a, Schema.month(month) + 1);
        return new Money(Math.addExact(minor, openingOn(a, month.atEndOfMonth())), a.currency());
    }

    /**
     * The balances at the end of every month from {@code from} to {@code to}, in order, as
     * {@link #atEndOf} gives each, from one read of the account's aggregate.
     */
    static List<Money> atEndOfEach(ReadTx rd, Account a, YearMonth from, YearMonth to) {
        long minor = beforeMonth(rd, a, Schema.month(from));
        Map<Long, Long> sums = new HashMap<>();
        for (AggregateRow row : rd.aggregate(Schema.ACCOUNT_BALANCES, KeyRange.between(
                new Object[] {a.userId(), a.id(), Schema.month(from)}, new Object[] {a.userId(), a.id(), Schema.month(to)}))) {
            sums.put((Long) row.key().get(2), row.sum());
        }
        List<Money> out = new ArrayList<>();
        for (YearMonth m = from; !m.isAfter(to); m = m.plusMonths(1)) {
            minor = Math.addExact(minor, sums.getOrDefault(Schema.month(m), 0L));
            out.add(new Money(Math.addExact(minor, openingOn(a, m.atEndOfMonth())), a.currency()));
        }
        return out;
    }

    /**
     * The sum of the account's transactions before {@code t} in (date, id) order, in minor units and
     * without the opening balance: the months before {@code t}'s from the aggregate, then the rows of
     * its month up to it.
     */
    static long before(ReadTx rd, Account a, Transaction t) {
        return upTo(rd, a, t.date(), r -> r.date().isBefore(t.date()) || r.id() < t.id());
    }

    /**
     * The sum, in minor units and without the opening balance, of the account's transactions in the
     * months before {@code day}'s (from the aggregate) and of the rows of its month up to {@code day}
     * that {@code counted} accepts.
     */
    private static long upTo(ReadTx rd, Account a, LocalDate day, Predicate<Transaction> counted) {
        YearMonth month = YearMonth.from(day);
        long minor = beforeMonth(rd, a, Schema.month(month));
        for (Transaction r : rd.scan(Schema.TX_BY_ACCOUNT, KeyRange.between(new Object[] {a.userId(), a.id(),
                month.atDay(1).toEpochDay()}, new Object[] {a.userId(), a.id(), day.toEpochDay()}), Paging.all()).rows()) {
            if (counted.test(r)) {
                minor = Math.addExact(minor, r.signedMinor());
            }
        }
        return minor;
    }

    /** How many transactions the account has, counted on its aggregate rather than its rows. */
    static long count(ReadTx rd, Account a) {
        long n = 0;
        for (AggregateRow row : rd.aggregate(Schema.ACCOUNT_BALANCES, KeyRange.prefix(a.userId(), a.id()))) {
            n += row.count();
        }
        return n;
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

    /** The opening balance in minor units when it is in effect on {@code day} (from its date on), else 0. */
    static long openingOn(Account a, LocalDate day) {
        return a.openingDate().isAfter(day) ? 0 : a.opening().minor();
    }
}
