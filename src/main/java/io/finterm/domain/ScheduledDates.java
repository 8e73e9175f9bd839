package io.finterm.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A schedule's occurrences that are not handled yet, up to a day: what is due (up to today) or coming
 * (up to a later day). Pure: the caller reads the schedule's occurrence rows.
 */
public final class ScheduledDates {
    /** At most this many per call; a longer past is caught up in several batches by the caller. */
    public static final int MAX = 10_000;

    private ScheduledDates() {
    }

    /**
     * One occurrence not handled yet.
     *
     * @param date   the date the rule gives: the occurrence's identity
     * @param on     the day it is booked: a CHANGED row's own day, or {@code date} moved off a weekend or holiday
     * @param amount a CHANGED row's own amount, or the schedule's
     */
    public record Upcoming(Schedule schedule, LocalDate date, LocalDate on, Money amount) {
    }

    /**
     * The schedule's occurrences from its {@code dueFrom} on whose booked day is on or before {@code to},
     * without a handled row (posted, skipped, linked), with a CHANGED row's amount and day applied;
     * ascending by booked day, then by the rule's date; at most {@link #MAX}, the earliest. Nothing for a
     * paused schedule.
     */
    public static List<Upcoming> unhandled(Schedule s, Collection<Occurrence> rows, LocalDate to, BusinessDays days) {
        List<Upcoming> out = new ArrayList<>();
        if (s.paused() || to.isBefore(Transaction.FIRST_DATE)) {
            return out;
        }
        Map<LocalDate, Occurrence> byDate = new HashMap<>();
        for (Occurrence o : rows) {
            if (o.scheduleId() == s.id() && !o.date().isBefore(s.dueFrom())) {
                byDate.put(o.date(), o);
            }
        }
        // With BEFORE, a rule date after `to` is booked on or before it when no business day lies between.
        LocalDate upTo = to;
        if (s.weekend() == WeekendPolicy.BEFORE && to.isBefore(Transaction.LAST_DATE)) {
            LocalDate firstBusiness = days.adjust(to.plusDays(1), WeekendPolicy.AFTER);
            upTo = firstBusiness.isAfter(to) ? firstBusiness.minusDays(1) : to;
        }
        // The booked day never goes down as the rule date goes up, so the earliest rule dates are the
        // earliest booked ones; each row can take at most one of them away.
        int enough = MAX + byDate.size();
        for (LocalDate date : RecurrenceDates.scan(s.rule(), s.dueFrom(), upTo, enough)) {
            Occurrence row = byDate.get(date);
            if (row == null) {
                LocalDate on = days.adjust(date, s.weekend());
                if (!on.isAfter(to)) {
                    out.add(new Upcoming(s, date, on, s.amount()));
                }
            } else if (!row.state().handled() && row.moveTo() == null) {
                LocalDate on = days.adjust(date, s.weekend());
                if (!on.isAfter(to)) {
                    out.add(new Upcoming(s, date, on, row.amount()));
                }
            }
        }
        // A changed row's own day books it there, whatever its rule date; it still must be one of the rule's dates.
        for (Occurrence row : byDate.values()) {
            if (row.state() == OccurrenceState.CHANGED && row.moveTo() != null && !row.moveTo().isAfter(to)
                    && !RecurrenceDates.scan(s.rule(), row.date(), row.date(), 1).isEmpty()) {
                out.add(new Upcoming(s, row.date(), row.moveTo(), row.amount() == null ? s.amount() : row.amount()));
            }
        }
        out.sort(Comparator.comparing(Upcoming::on).thenComparing(Upcoming::date));
        return out.size() > MAX ? new ArrayList<>(out.subList(0, MAX)) : out;
    }
}
