package io.finterm.service;

import io.finterm.analysis.BalanceProjection.Inflow;
import io.finterm.analysis.Period;
import io.finterm.analysis.SpendingSpread;
import io.finterm.domain.Account;
import io.finterm.domain.BusinessDays;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
    private final List<String> notes = new ArrayList<>();

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

    /** What the projection left out, and why, in sentences. */
    List<String> notes() {
        return notes;
    }

    /**
     * Every unhandled occurrence of every schedule up to the last day, on its booked day; an overdue one
     * (booked before today, still not handled) on today, since it has yet to happen. Except the overdue ones
     * of an automatic schedule whose account is closed: the catch-up never posts them, so they are left out
     * (with a note), while its coming ones still count (the account may be opened again).
     */
    private void scheduled(ReadTx rd, long userId, BusinessDays businessDays) {
        LocalDate last = today.plusDays(days - 1L);
        for (Schedule s : ScheduleService.of(rd, userId)) {
            if (s.paused() || s.accountIds().stream().noneMatch(changes::containsKey)) {
                continue;
            }
            boolean stuck = s.auto() && s.accountIds().stream().anyMatch(id -> rd.get(Schema.ACCOUNTS, id).map(Account::closed).orElse(true));
            int left = 0;
            for (ScheduledDates.Upcoming u : ScheduledDates.unhandled(s, ScheduleRows.occurrences(rd, s), last, businessDays)) {
                if (u.on().isBefore(today) && stuck) {
                    left++;
                    continue;
                }
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
            if (left > 0) {
                notes.add(s.name() + ": " + left + " overdue occurrence" + (left == 1 ? " is" : "s are") + " left out, as an account of it is "
                        + "closed and they are never posted (finterm schedule skip " + s.name() + " DATE)");
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
     * the rows a schedule posted, and every category that a running schedule of the account books an
     * expense into (those are projected as occurrences already: a rent paid by hand for months and then
     * scheduled would otherwise count twice), spread over the days as {@link SpendingSpread} says; a
     * split row counts each line in its own category.
     */
    private void spending(ReadTx rd, Account a) {
        Set<Long> scheduled = new HashSet<>();
        ScheduleService.of(rd, a.userId()).stream()
                .filter(s -> !s.paused() && s.kind() == TxKind.EXPENSE && s.accountId() == a.id())
                .forEach(s -> scheduled.addAll(s.categoryIds()));
        Period basis = SpendingSpread.basis(today);
        KeyRange range = KeyRange.between(new Object[] {a.userId(), a.id(), basis.from().toEpochDay()},
                new Object[] {a.userId(), a.id(), basis.to().toEpochDay()});
        Map<Long, Long> byCategory = new TreeMap<>();
        for (Transaction t : rd.scan(Schema.TX_BY_ACCOUNT, range, Paging.all()).rows()) {
            if (t.kind() != TxKind.EXPENSE || rd.count(Schema.OCCURRENCES_BY_TRANSACTION, KeyRange.prefix(a.userId(), t.id())) > 0) {
                continue;
            }
            for (SplitLine line : t.categoryLines()) {
                if (!scheduled.contains(line.categoryId())) {
                    byCategory.merge(line.categoryId(), line.amount().minor(), Math::addExact);
                }
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
