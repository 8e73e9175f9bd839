package io.finterm.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which days are business days: every day but Saturday, Sunday and the configured holidays (there is no
 * universal calendar, so holidays count only when configured). Moves an occurrence off a non-business day
 * as its schedule's {@link WeekendPolicy} says.
 */
public final class BusinessDays {
    /** Weekends only: no holidays configured. */
    public static final BusinessDays WEEKENDS_ONLY = new BusinessDays(Set.of());

    private final Set<LocalDate> holidays;

    public BusinessDays(Set<LocalDate> holidays) {
        this.holidays = holidays == null ? Set.of() : Set.copyOf(holidays);
    }

    public boolean isBusinessDay(LocalDate day) {
        DayOfWeek d = day.getDayOfWeek();
        return d != DayOfWeek.SATURDAY && d != DayOfWeek.SUNDAY && !holidays.contains(day);
    }

    /**
     * The day an occurrence the rule puts on {@code ruleDate} is booked: the same day with
     * {@link WeekendPolicy#KEEP} or on a business day, otherwise the nearest business day before or after
     * it, stepping over as many weekends and holidays as lie in the way (a Friday holiday before a weekend).
     * The holidays are finite and every week has five weekdays, so the walk ends. At the edge of the dates
     * finterm keeps (1900-01-01, 2999-12-31) it moves the other way rather than leave them.
     */
    public LocalDate adjust(LocalDate ruleDate, WeekendPolicy policy) {
        if (policy == WeekendPolicy.KEEP || isBusinessDay(ruleDate)) {
            return ruleDate;
        }
        LocalDate moved = walk(ruleDate, policy == WeekendPolicy.BEFORE ? -1 : 1);
        return moved != null ? moved : walk(ruleDate, policy == WeekendPolicy.BEFORE ? 1 : -1);
    }

    private LocalDate walk(LocalDate from, int step) {
        LocalDate d = from;
        while (!isBusinessDay(d)) {
            d = d.plusDays(step);
            if (d.isBefore(Transaction.FIRST_DATE) || d.isAfter(Transaction.LAST_DATE)) {
                return null;
            }
        }
        return d;
    }
}
