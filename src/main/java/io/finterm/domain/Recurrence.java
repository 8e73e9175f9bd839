package io.finterm.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;

/**
 * When a schedule fires: every {@code interval} days, weeks, months or years from {@code start}, on a
 * day of the month (or its last day), or on the nth weekday of the month, until {@code end} or for
 * {@code count} times. These are the dates the rule gives; a weekend or holiday may move the day an
 * occurrence is booked ({@link WeekendPolicy}), never its identity. {@code RecurrenceDates} computes them.
 *
 * <p>Normalised on construction, so that every rule says what it means: a monthly or yearly rule with
 * neither a day nor a weekday takes the start's day of the month; a weekly one without a weekday takes
 * the start's weekday. A yearly rule fires in the start's month.
 *
 * @param day     1 to 31, or {@link #LAST} for the month's last day, or 0 when the rule names a weekday.
 *                In a month without that day (the 31st in April) it falls on the month's last day.
 * @param nth     with a weekday of a monthly or yearly rule: 1 to 5, or {@link #LAST}; 0 otherwise
 * @param weekday the weekday of a weekly rule, or of the nth-weekday rule; {@code null} otherwise
 * @param end     the last date an occurrence may have, or {@code null}
 * @param count   how many occurrences there are in all, counted from the start, or 0 for no limit
 */
public record Recurrence(Frequency every, int interval, int day, int nth, DayOfWeek weekday, LocalDate start,
                         LocalDate end, int count) {
    public static final int LAST = -1;
    public static final int MAX_INTERVAL = 999;
    public static final int MAX_COUNT = 10_000;

    public Recurrence {
        Ids.required("every", every);
        Ids.required("start", start);
        inRange("start", start);
        if (interval < 1 || interval > MAX_INTERVAL) {
            throw new ValidationException("interval", "must be 1 to " + MAX_INTERVAL + ", not " + interval);
        }
        if (day != 0 && weekday != null) {
            throw new ValidationException("weekday", "give --day or --weekday, not both");
        }
        if (day < LAST || day > 31) {
            throw new ValidationException("day", "must be 1 to 31, or last, not " + day);
        }
        if (nth < LAST || nth > 5) {
            throw new ValidationException("weekday", "the week of the month must be 1st to 5th, or last, not " + nth);
        }
        if (nth != 0 && weekday == null) {
            throw new ValidationException("weekday", "a week of the month needs its weekday, as in 2nd tue");
        }
        switch (every) {
            case DAY -> {
                if (day != 0 || weekday != null) {
                    throw new ValidationException(day != 0 ? "day" : "weekday", "a daily schedule has no day of the month or weekday");
                }
            }
            case WEEK -> {
                if (day != 0) {
                    throw new ValidationException("day", "a weekly schedule takes a weekday (--weekday tue), not a day of the month");
                }
                if (nth != 0) {
                    throw new ValidationException("weekday", "a weekly schedule takes a weekday without a number, as in tue");
                }
                weekday = weekday == null ? start.getDayOfWeek() : weekday;
            }
            case MONTH, YEAR -> {
                if (weekday != null && nth == 0) {
                    throw new ValidationException("weekday", "say which " + weekday.name().substring(0, 3).toLowerCase()
                            + " of the month, as in 2nd " + weekday.name().substring(0, 3).toLowerCase() + " or last "
                            + weekday.name().substring(0, 3).toLowerCase());
                }
                day = day == 0 && weekday == null ? start.getDayOfMonth() : day;
            }
            default -> throw new IllegalStateException();
        }
        if (end != null && count != 0) {
            throw new ValidationException("end", "give --end or --count, not both");
        }
        if (end != null) {
            inRange("end", end);
            if (end.isBefore(start)) {
                throw new ValidationException("end", end + " is before the start " + start);
            }
        }
        if (count < 0 || count > MAX_COUNT) {
            throw new ValidationException("count", "must be 1 to " + MAX_COUNT + ", not " + count);
        }
    }

    private static void inRange(String field, LocalDate date) {
        if (date.isBefore(Transaction.FIRST_DATE) || date.isAfter(Transaction.LAST_DATE)) {
            throw new ValidationException(field, date + " is outside " + Transaction.FIRST_DATE + ".." + Transaction.LAST_DATE);
        }
    }

    /** This rule from another start on, everything else kept. */
    public Recurrence from(LocalDate newStart) {
        return new Recurrence(every, interval, day, nth, weekday, newStart, end, count);
    }
}
