package io.finterm.tui;

import io.finterm.domain.Schedule;
import io.finterm.domain.Transaction;
import io.finterm.service.Filter;
import io.finterm.service.Listed;
import io.finterm.service.Sort;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * The transactions that could stand for an occurrence booked on a day: the user's own in the schedule's
 * account, going the same way (money out for an expense or a transfer out, in for income), dated within
 * {@link #DAYS} days of it, and not standing for an occurrence already; the closest first.
 */
final class LinkCandidates {
    static final int DAYS = 10;
    /** More than anyone would look through: the list is for picking a near one. */
    private static final int MOST = 200;

    private LinkCandidates() {
    }

    static List<Transaction> of(Tui tui, Schedule s, LocalDate on) {
        LocalDate from = on.minusDays(DAYS);
        LocalDate to = on.plusDays(DAYS);
        long account = s.accountId();
        boolean inflow = s.kind().isInflow();
        Filter filter = new Filter("", List.of(new Filter.Dates(from, to), (t, category) -> t.accountId() == account
                && t.kind().isInflow() == inflow), from, to);
        List<Transaction> near = tui.services().transactions().list(tui.session(), filter, Sort.DATE_ASC, 0, MOST).stream()
                .map(Listed::transaction).toList();
        Set<Long> standing = tui.services().schedules().standing(tui.session(), near.stream().map(Transaction::id).toList());
        return near.stream().filter(t -> !standing.contains(t.id()))
                .sorted(Comparator.comparingLong((Transaction t) -> Math.abs(ChronoUnit.DAYS.between(on, t.date())))
                        .thenComparing(Transaction::date).thenComparingLong(Transaction::id))
                .toList();
    }
}
