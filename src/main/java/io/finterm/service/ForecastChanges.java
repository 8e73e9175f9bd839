package io.finterm.service;

import io.finterm.analysis.BalanceProjection.Inflow;
import io.finterm.analysis.Period;
import io.finterm.analysis.SpendingSpread;
import io.finterm.domain.Account;
import io.finterm.domain.BusinessDays;
import io.finterm.domain.Occurrence;
import io.finterm.domain.Schedule;
import io.finterm.domain.ScheduledDates;
import io.finterm.domain.SplitLine;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the forecast expects to change each account's balance on each day from today on, read from the
 * store in one read transaction: the schedules' unhandled occurrences, transactions already booked on a
 * later day (posted early, or entered ahead), and with spending, the average discretionary spending.
 * Only the accounts asked for are followed; a change for any other is dropped.
 */
final class ForecastChanges {
    private final LocalDate today;
    private final int days;
    private final Map<Long, long[]> changes = new HashMap<>();
    private final Map<Long, List<Inflow>> inflows = new HashMap<>();

    private ForecastChanges(Collection<Account> accounts, LocalDate today, int days) {
        this.today = today;
        this.days = days;
        for (Account a : accounts) {
            changes.put(a.id(), new long[days]);
            inflows.put(a.id(), new ArrayList<>());
        }
    }

    /** The changes of {@code accounts} over {@code days} days from {@code today} (today included). */
    static ForecastChanges read(ReadTx rd, long userId, Collection<Account> accounts, LocalDate today, int days,
                                BusinessDays businessDays, boolean spending) {
        ForecastChanges c = new ForecastChanges(accounts, today, days);
        c.scheduled(rd, userId, businessDays);
        for (Account a : accounts) {
            c.bookedAhead(rd, a);
            if (spending) {
                c.spending(rd, a);
            }
        }
        return c;
    }

    /** Minor units by day (index 0 = today) for the account; every account asked for has one. */
    long[] of(long accountId) {
        return changes.get(accountId);
    }

    List<Inflow> inflows(long accountId) {
        return inflows.get(accountId);
    }

    /**
     * Every unhandled occurrence of every schedule up to the last day, on its booked day; an overdue one
     * (booked before today, still not handled) on today, since it has yet to happen.
     */
    private void scheduled(ReadTx rd, long userId, BusinessDays businessDays) {
        LocalDate last = today.plusDays(days - 1L);
        for (Schedule s : rd.scan(Schema.SCHEDULES_BY_NAME, KeyRange.prefix(userId), Paging.all()).rows()) {
            if (s.paused() || s.accountIds().stream().noneMatch(changes::containsKey)) {
                continue;
            }
            List<Occurrence> rows = rd.scan(Schema.OCCURRENCES_BY_SCHEDULE, KeyRange.prefix(userId, s.id()), Paging.all()).rows();
            for (ScheduledDates.Upcoming u : ScheduledDates.unhandled(s, rows, last, businessDays)) {
                LocalDate on = u.on().isBefore(today) ? today : u.on();
                long minor = u.amount().minor();
                if (s.kind() == TxKind.INCOME) {
                    add(s.accountId(), on, minor);
                    inflow(s.accountId(), on, s.name());
                } else {
                    add(s.accountId(), on, -minor);
                    if (s.isTransfer()) {
                        add(s.toAccountId(), on, minor);
                        inflow(s.toAccountId(), on, s.name());
                    }
                }
            }
        }
    }

    /** Transactions booked after today: today's balance leaves them out, and they land on their own day. */
    private void bookedAhead(ReadTx rd, Account a) {
        KeyRange after = KeyRange.between(new Object[] {a.userId(), a.id(), today.plusDays(1).toEpochDay()},
                new Object[] {a.userId(), a.id(), today.plusDays(days - 1L).toEpochDay()});
        for (Transaction t : rd.scan(Schema.TX_BY_ACCOUNT, after, Paging.all()).rows()) {
            add(a.id(), t.date(), t.signedMinor());
        }
    }

    /**
     * Each category's expenses in the account over the six whole months before today's, leaving out
     * the rows a schedule posted (those are projected as occurrences already), spread over the days as
     * {@link SpendingSpread} says; a split row counts each line in its own category.
     */
    private void spending(ReadTx rd, Account a) {
        Period basis = SpendingSpread.basis(today);
        KeyRange range = KeyRange.between(new Object[] {a.userId(), a.id(), basis.from().toEpochDay()},
                new Object[] {a.userId(), a.id(), basis.to().toEpochDay()});
        Map<Long, Long> byCategory = new TreeMap<>();
        for (Transaction t : rd.scan(Schema.TX_BY_ACCOUNT, range, Paging.all()).rows()) {
            if (t.kind() != TxKind.EXPENSE || rd.count(Schema.OCCURRENCES_BY_TRANSACTION, KeyRange.prefix(a.userId(), t.id())) > 0) {
                continue;
            }
            for (SplitLine line : t.categoryLines()) {
                byCategory.merge(line.categoryId(), line.amount().minor(), Math::addExact);
            }
        }
        long[] into = changes.get(a.id());
        for (long total : byCategory.values()) {
            long[] spread = SpendingSpread.perDay(total, today, days);
            for (int i = 0; i < days; i++) {
                into[i] = Math.subtractExact(into[i], spread[i]);
            }
        }
    }

    private void add(long accountId, LocalDate on, long minor) {
        long[] into = changes.get(accountId);
        if (into != null) {
            int i = (int) ChronoUnit.DAYS.between(today, on);
            into[i] = Math.addExact(into[i], minor);
        }
    }

    private void inflow(long accountId, LocalDate on, String schedule) {
        List<Inflow> into = inflows.get(accountId);
        if (into != null) {
            into.add(new Inflow(on, schedule));
        }
    }
}
