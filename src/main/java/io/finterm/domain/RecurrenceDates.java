package io.finterm.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates a {@link Recurrence} gives. A rule is a row of periods counted from its start (every
 * {@code interval} days, weeks from the start's week, months or years from the start's month), each with
 * at most one date in it; the dates before the start are not the rule's. Periods are reached by
 * arithmetic, never by walking day by day, because a forecast and every login ask for a narrow window of
 * rules that may have started decades ago.
 */
public final class RecurrenceDates {
    private RecurrenceDates() {
    }

    /** The rule's dates in [{@code from}, {@code to}], ascending, honouring its start, end and count (counted from the start). */
    public static List<LocalDate> between(Recurrence r, LocalDate from, LocalDate to) {
        return scan(r, from, to, Integer.MAX_VALUE);
    }

    /** The rule's first date on or after {@code onOrAfter}, or {@code null} when none is left. */
    public static LocalDate next(Recurrence r, LocalDate onOrAfter) {
        List<LocalDate> one = scan(r, onOrAfter, Transaction.LAST_DATE, 1);
        return one.isEmpty() ? null : one.get(0);
    }

    /**
     * Refuses a rule that gives no date at all: a yearly one on a day its month never has, or one with no
     * date between its start and its end (or the last day finterm keeps). The search is bounded by that
     * last day, so it ends.
     */
    public static void requireFires(Recurrence r) {
        if (next(r, r.start()) == null) {
            throw new ValidationException("every", "the rule never fires: " + whyNever(r));
        }
    }

    /** At most {@code max} of the rule's dates in [{@code from}, {@code to}], ascending. */
    static List<LocalDate> scan(Recurrence r, LocalDate from, LocalDate to, int max) {
        List<LocalDate> out = new ArrayList<>();
        LocalDate lo = from.isBefore(r.start()) ? r.start() : from;
        LocalDate hi = min(to, limit(r));
        if (lo.isAfter(hi) || neverExists(r)) {
            return out;
        }
        long last = maxPeriod(r);
        for (long p = firstPeriod(r, lo); p <= last && out.size() < max; p++) {
            if (periodStart(r, p).isAfter(hi)) {
                break;
            }
            LocalDate d = candidate(r, p);
            if (d != null && !d.isBefore(lo) && !d.isAfter(hi)) {
                out.add(d);
            }
        }
        return out;
    }

    /** The last day the rule may give: its end, its count-th date, or the last day finterm keeps. */
    private static LocalDate limit(Recurrence r) {
        LocalDate limit = r.end() == null ? Transaction.LAST_DATE : r.end();
        LocalDate byCount = byCount(r);
        return byCount == null ? limit : min(limit, byCount);
    }

    /** The rule's count-th date, or {@code null} without a count or when fewer dates exist. */
    private static LocalDate byCount(Recurrence r) {
        if (r.count() == 0 || neverExists(r)) {
            return null;
        }
        long last = maxPeriod(r);
        if (everyPeriodFires(r)) {
            // only the start's own period can lack a date (its date lies before the start)
            long p = r.count() - 1L + (candidate(r, 0) == null ? 1 : 0);
            return p > last ? null : candidate(r, p);
        }
        // a 5th weekday: some months have none, so count them (at most the periods up to 2999)
        int seen = 0;
        for (long p = 0; p <= last; p++) {
            LocalDate d = candidate(r, p);
            if (d != null && ++seen == r.count()) {
                return d;
            }
        }
        return null;
    }

    private static boolean everyPeriodFires(Recurrence r) {
        return r.weekday() == null || r.every() == Frequency.WEEK || r.nth() != 5;
    }

    /** A yearly rule on a day its month never has (30 February, 31 April): the rule has no dates. */
    private static boolean neverExists(Recurrence r) {
        return r.every() == Frequency.YEAR && r.weekday() == null && r.day() != Recurrence.LAST
                && r.day() > r.start().getMonth().maxLength();
    }

    private static long monthsPerPeriod(Recurrence r) {
        return r.every() == Frequency.YEAR ? 12L * r.interval() : r.interval();
    }

    private static LocalDate monday(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** The first day of period {@code p}. */
    private static LocalDate periodStart(Recurrence r, long p) {
        return switch (r.every()) {
            case DAY -> r.start().plusDays(p * r.interval());
            case WEEK -> monday(r.start()).plusWeeks(p * r.interval());
            case MONTH, YEAR -> YearMonth.from(r.start()).plusMonths(p * monthsPerPeriod(r)).atDay(1);
        };
    }

    /** The last period that begins on or before the last day finterm keeps. */
    private static long maxPeriod(Recurrence r) {
        return switch (r.every()) {
            case DAY -> ChronoUnit.DAYS.between(r.start(), Transaction.LAST_DATE) / r.interval();
            case WEEK -> ChronoUnit.DAYS.between(monday(r.start()), Transaction.LAST_DATE) / 7 / r.interval();
            case MONTH, YEAR -> ChronoUnit.MONTHS.between(YearMonth.from(r.start()), YearMonth.from(Transaction.LAST_DATE))
                    / monthsPerPeriod(r);
        };
    }

    /** The period whose span holds {@code day} (or the first one when {@code day} is before the start). */
    private static long firstPeriod(Recurrence r, LocalDate day) {
        long p = switch (r.every()) {
            case DAY -> Math.floorDiv(ChronoUnit.DAYS.between(r.start(), day), r.interval());
            case WEEK -> Math.floorDiv(ChronoUnit.DAYS.between(monday(r.start()), monday(day)) / 7, r.interval());
            case MONTH, YEAR -> Math.floorDiv(ChronoUnit.MONTHS.between(YearMonth.from(r.start()), YearMonth.from(day)),
                    monthsPerPeriod(r));
        };
        return Math.max(0, p);
    }

    /** Period {@code p}'s date, or {@code null} when it has none (a month without a 5th Tuesday, a date before the start). */
    private static LocalDate candidate(Recurrence r, long p) {
        LocalDate d = switch (r.every()) {
            case DAY -> periodStart(r, p);
            case WEEK -> periodStart(r, p).plusDays(r.weekday().ordinal());
            case MONTH, YEAR -> inMonth(r, YearMonth.from(periodStart(r, p)));
        };
        return d == null || d.isBefore(r.start()) || d.isAfter(Transaction.LAST_DATE) ? null : d;
    }

    /** The rule's day in {@code month}: its day (the last one when the month is shorter), or its nth weekday. */
    private static LocalDate inMonth(Recurrence r, YearMonth month) {
        if (r.weekday() == null) {
            return r.day() == Recurrence.LAST ? month.atEndOfMonth() : month.atDay(Math.min(r.day(), month.lengthOfMonth()));
        }
        if (r.nth() == Recurrence.LAST) {
            return month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(r.weekday()));
        }
        LocalDate d = month.atDay(1).with(TemporalAdjusters.nextOrSame(r.weekday())).plusWeeks(r.nth() - 1L);
        return d.getMonthValue() == month.getMonthValue() ? d : null;
    }

    private static String whyNever(Recurrence r) {
        Month month = r.start().getMonth();
        if (neverExists(r)) {
            return RecurrenceWords.monthName(month) + " has no " + CalendarDay.ordinal(r.day());
        }
        LocalDate until = r.end() == null ? Transaction.LAST_DATE : r.end();
        return "no " + RecurrenceWords.what(r) + counted(r) + " falls between " + r.start() + " and " + until;
    }

    /** For an interval, which periods count: the 1st of February is not the rule's when it counts every other month from January. */
    private static String counted(Recurrence r) {
        if (r.interval() == 1) {
            return "";
        }
        return switch (r.every()) {
            case DAY -> "";
            case WEEK -> " in the weeks it counts (every " + r.interval() + " weeks from the week of " + r.start() + ")";
            case MONTH -> " in the months it counts (every " + r.interval() + " months from "
                    + RecurrenceWords.monthName(r.start().getMonth()) + " " + r.start().getYear() + ")";
            case YEAR -> " in the years it counts (every " + r.interval() + " years from " + r.start().getYear() + ")";
        };
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
