package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.BusinessDays;
import io.finterm.domain.Occurrence;
import io.finterm.domain.RecurrenceWords;
import io.finterm.domain.Schedule;
import io.finterm.domain.ScheduledDates;
import io.finterm.domain.ScheduledDates.Upcoming;
import io.finterm.domain.Transaction;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** A user's schedules and their occurrences as they are shown: names resolved, rules in words. */
final class ScheduleViews {
    /** How far ahead to look for what comes next, widening only while too little is found (a yearly rule, a long interval). */
    private static final List<Integer> HORIZONS = List.of(31, 400, 4000);

    private final ReadTx rd;
    private final BusinessDays days;
    private final LocalDate today;
    private final Map<Long, String> accounts;
    private final Map<Long, String> categories;

    ScheduleViews(ReadTx rd, long userId, BusinessDays days, LocalDate today) {
        this.rd = rd;
        this.days = days;
        this.today = today;
        this.accounts = AccountLookup.names(rd, userId);
        this.categories = Categories.names(rd, userId);
    }

    ScheduleView view(Schedule s) {
        List<Occurrence> rows = ScheduleRows.occurrences(rd, s);
        List<Upcoming> next = upcoming(s, rows, 1);
        int waiting = waits(s) ? ScheduledDates.unhandled(s, rows, today, days).size() : 0;
        return new ScheduleView(s, accounts.get(s.accountId()), s.isTransfer() ? accounts.get(s.toAccountId()) : "", category(s),
                RecurrenceWords.describe(s.rule(), s.weekend()), next.isEmpty() ? null : next.get(0).on(), waiting);
    }

    ScheduleDetail detail(Schedule s) {
        List<Occurrence> rows = ScheduleRows.occurrences(rd, s);
        List<OccurrenceView> handled = new ArrayList<>();
        rows.stream().filter(o -> o.state().handled()).sorted(Comparator.comparing(Occurrence::date).reversed())
                .limit(ScheduleDetail.HISTORY).forEach(o -> handled.add(handled(s, o)));
        List<Due> next = upcoming(s, rows, ScheduleDetail.NEXT).stream().map(this::due).toList();
        return new ScheduleDetail(view(s), handled, next);
    }

    /** What {@code each} gives for every schedule, in one list by booked day, then by schedule name. */
    static List<Due> byDay(List<Schedule> schedules, java.util.function.Function<Schedule, List<Due>> each) {
        List<Due> out = new ArrayList<>();
        for (Schedule s : schedules) {
            out.addAll(each.apply(s));
        }
        out.sort(Comparator.comparing(Due::on).thenComparing(Due::schedule, String.CASE_INSENSITIVE_ORDER));
        return out;
    }

    /** The occurrences not handled yet whose booked day is on or before {@code to}, as {@link Due}. */
    List<Due> due(Schedule s, LocalDate to) {
        return ScheduledDates.unhandled(s, ScheduleRows.occurrences(rd, s), to, days).stream().map(this::due).toList();
    }

    Due due(Upcoming u) {
        Schedule s = u.schedule();
        return new Due(s.name(), u.date(), u.on(), s.kind(), u.amount(), s.approximate(), accounts.get(s.accountId()),
                s.isTransfer() ? accounts.get(s.toAccountId()) : "", category(s), s.description().isBlank() ? s.name() : s.description(),
                s.auto(), !u.on().isAfter(today));
    }

    /**
     * Whether a due occurrence of {@code s} waits for the person: one that needs approval, or an automatic one whose
     * account was closed since (a closed account takes no new transactions, so it is not posted, and it is listed instead).
     */
    boolean waits(Schedule s) {
        return !s.auto() || closed(s);
    }

    boolean closed(Schedule s) {
        return s.accountIds().stream().anyMatch(id -> rd.get(Schema.ACCOUNTS, id).map(Account::closed).orElse(true));
    }

    /** The first {@code n} occurrences not handled yet (overdue ones first), looking as far ahead as it takes. */
    private List<Upcoming> upcoming(Schedule s, List<Occurrence> rows, int n) {
        List<Upcoming> found = List.of();
        for (int horizon : HORIZONS) {
            LocalDate to = today.plusDays(horizon);
            found = ScheduledDates.unhandled(s, rows, to.isAfter(Transaction.LAST_DATE) ? Transaction.LAST_DATE : to, days);
            if (found.size() >= n) {
                return found.subList(0, n);
            }
        }
        return found;
    }

    /**
     * A handled occurrence with its transaction's day and amount; a transaction that is not the schedule's user's (which only
     * a tampered store could hold) is treated as deleted, never shown.
     */
    private OccurrenceView handled(Schedule s, Occurrence o) {
        Transaction t = o.transactionId() == 0 ? null
                : rd.get(Schema.TRANSACTIONS, o.transactionId()).filter(x -> x.userId() == s.userId()).orElse(null);
        return new OccurrenceView(o.date(), t != null ? t.date() : days.adjust(o.date(), s.weekend()), o.state(),
                t != null ? t.amount() : s.amount(), t != null || o.transactionId() == 0 ? o.transactionId() : 0);
    }

    /** The category as shown: its name, {@code split} for a split, {@code ""} for a transfer. */
    String category(Schedule s) {
        if (s.isTransfer()) {
            return "";
        }
        return s.lines().isEmpty() ? categories.getOrDefault(s.categoryId(), "") : "split";
    }
}
