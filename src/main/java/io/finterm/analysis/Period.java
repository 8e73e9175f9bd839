package io.finterm.analysis;

import io.finterm.domain.ValidationException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;

/**
 * A closed range of dates that reports cover. A calendar period (a week starting on Monday, a month,
 * a quarter or a year) moves by whole units, so the period before March is February; a custom
 * range moves by its own number of days.
 */
public record Period(LocalDate from, LocalDate to, Length length) {
    /** How long a period is, in the order the dashboard's {@code {}} keys step through them. */
    public enum Length { WEEK, MONTH, QUARTER, YEAR, ALL, CUSTOM }

    public Period {
        if (from == null || to == null || length == null) {
            throw new ValidationException("period", "needs a start, an end and a length");
        }
        if (from.isAfter(to)) {
            throw new ValidationException("from", from + " is after " + to);
        }
    }

    public static Period between(LocalDate from, LocalDate to) {
        return new Period(from, to, Length.CUSTOM);
    }

    public static Period month(YearMonth month) {
        return new Period(month.atDay(1), month.atEndOfMonth(), Length.MONTH);
    }

    /**
     * The calendar period of {@code length} that contains {@code day}. {@link Length#ALL} needs the
     * dates of the first and last data, so it is made with {@link #all}; CUSTOM with {@link #between}.
     */
    public static Period containing(Length length, LocalDate day) {
        return switch (length) {
            case WEEK -> {
                LocalDate monday = day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new Period(monday, monday.plusDays(6), length);
            }
            case MONTH -> month(YearMonth.from(day));
            case QUARTER -> {
                LocalDate first = day.with(IsoFields.DAY_OF_QUARTER, 1);
                yield new Period(first, first.plusMonths(3).minusDays(1), length);
            }
            case YEAR -> new Period(day.withDayOfYear(1), day.withDayOfYear(day.lengthOfYear()), length);
            case ALL, CUSTOM -> throw new IllegalArgumentException(length + " is not a calendar period");
        };
    }

    /** Everything from the first to the last date with data. */
    public static Period all(LocalDate first, LocalDate last) {
        return new Period(first, last, Length.ALL);
    }

    public long days() {
        return ChronoUnit.DAYS.between(from, to) + 1;
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    /** The period {@code steps} units later (earlier when negative). */
    public Period shift(int steps) {
        return switch (length) {
            case WEEK -> new Period(from.plusWeeks(steps), to.plusWeeks(steps), length);
            case MONTH -> month(YearMonth.from(from).plusMonths(steps));
            case QUARTER -> containing(length, from.plusMonths(3L * steps));
            case YEAR -> containing(length, from.plusYears(steps));
            case ALL, CUSTOM -> new Period(from.plusDays(days() * steps), to.plusDays(days() * steps), length);
        };
    }

    /** The period of the same length just before this one, for "change against the previous period". */
    public Period previous() {
        return shift(-1);
    }

    /**
     * How many months the period spans, counting a partly covered month by the share of its days:
     * January 1 to March 31 is exactly 3, and January 1 to 15 is 15/31.
     */
    public double months() {
        double months = 0;
        for (YearMonth m = YearMonth.from(from); !m.atDay(1).isAfter(to); m = m.plusMonths(1)) {
            LocalDate start = m.atDay(1).isBefore(from) ? from : m.atDay(1);
            LocalDate end = m.atEndOfMonth().isAfter(to) ? to : m.atEndOfMonth();
            months += (double) (ChronoUnit.DAYS.between(start, end) + 1) / m.lengthOfMonth();
        }
        return months;
    }

    /** A short name: {@code 2026-11}, {@code 2026-Q4}, {@code 2026}, {@code week of 2026-11-23}, or the range. */
    public String label() {
        return switch (length) {
            case WEEK -> "week of " + from;
            case MONTH -> YearMonth.from(from).toString();
            case QUARTER -> from.getYear() + "-Q" + from.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> Integer.toString(from.getYear());
            case ALL -> "all (" + from + " to " + to + ")";
            case CUSTOM -> from + " to " + to;
        };
    }
}
