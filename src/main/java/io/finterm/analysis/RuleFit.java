package io.finterm.analysis;

import io.finterm.domain.BusinessDays;
import io.finterm.domain.Frequency;
import io.finterm.domain.Recurrence;
import io.finterm.domain.RecurrenceDates;
import io.finterm.domain.WeekendPolicy;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;

/**
 * The rule a series of payment dates follows, for {@link RecurringFinder}: the weekday of a weekly one, the day of
 * the month (or its last day, or its last business day) of a monthly one, the day of the year of a yearly one; and
 * the rule's next date after the one the last payment was for. Payments stray by a few days (weekends, bank
 * delays), so the day is the one the dates sit around, not the last payment's.
 */
final class RuleFit {
    private RuleFit() {
    }

    /** A rule starting on its next date, and whether its dates move before a weekend (the last business day). */
    record Fit(Recurrence rule, WeekendPolicy weekend) {
    }

    /**
     * The rule the dates follow, starting at its first date that is not overdue on {@code today} by more than the
     * rhythm's tolerance: the date after the last payment, moved on along the rule past the dates that went unpaid, so
     * that a schedule made from it has at most the one late payment waiting (never a backlog of missed ones).
     */
    static Fit fit(Cadence c, List<LocalDate> dates, LocalDate today) {
        Fit fit = switch (c) {
            case WEEKLY, BIWEEKLY -> weekly(c, dates);
            case MONTHLY -> monthly(dates);
            case YEARLY -> yearly(dates);
        };
        LocalDate next = fit.rule().start();
        while (next != null && next.plusDays(c.tolerance).isBefore(today)) {
            next = RecurrenceDates.next(fit.rule(), next.plusDays(1));
        }
        return next == null || next.equals(fit.rule().start()) ? fit : new Fit(fit.rule().from(next), fit.weekend());
    }

    private static Fit weekly(Cadence c, List<LocalDate> dates) {
        int[] count = new int[7];
        dates.forEach(d -> count[d.getDayOfWeek().ordinal()]++);
        LocalDate last = dates.get(dates.size() - 1);
        DayOfWeek weekday = last.getDayOfWeek();
        for (DayOfWeek d : DayOfWeek.values()) {
            if (count[d.ordinal()] > count[weekday.ordinal()]) {
                weekday = d;
            }
        }
        // the rule's date the last payment was for: its weekday within three days of it
        int shift = Math.floorMod(weekday.ordinal() - last.getDayOfWeek().ordinal() + 3, 7) - 3;
        LocalDate next = last.plusDays(shift + 7L * c.interval);
        return new Fit(new Recurrence(Frequency.WEEK, c.interval, 0, 0, weekday, next, null, 0), WeekendPolicy.KEEP);
    }

    private static Fit monthly(List<LocalDate> dates) {
        int day = median(dates.stream().mapToInt(LocalDate::getDayOfMonth).toArray());
        long fixed = 0;
        long end = 0;
        long business = 0;
        for (LocalDate d : dates) {
            YearMonth m = YearMonth.from(d);
            fixed += Math.abs(d.getDayOfMonth() - Math.min(day, m.lengthOfMonth()));
            end += m.lengthOfMonth() - d.getDayOfMonth();
            business += Math.abs(d.toEpochDay() - lastBusinessDay(m).toEpochDay());
        }
        // The 29th to 31st fitting no better than the last day is the last day: "on the 31st" says less.
        boolean last = day >= 29 ? end <= fixed : end < fixed;
        boolean beforeWeekend = business < Math.min(end, fixed);
        WeekendPolicy weekend = beforeWeekend ? WeekendPolicy.BEFORE : WeekendPolicy.KEEP;
        int ruleDay = last || beforeWeekend ? Recurrence.LAST : day;
        LocalDate paid = dates.get(dates.size() - 1);
        YearMonth anchor = null;
        long nearest = Long.MAX_VALUE;
        for (int k = -1; k <= 1; k++) {
            YearMonth m = YearMonth.from(paid).plusMonths(k);
            LocalDate booked = beforeWeekend ? lastBusinessDay(m) : inMonth(m, ruleDay);
            long distance = Math.abs(booked.toEpochDay() - paid.toEpochDay());
            if (distance < nearest) {
                nearest = distance;
                anchor = m;
            }
        }
        LocalDate next = inMonth(anchor.plusMonths(1), ruleDay);
        return new Fit(new Recurrence(Frequency.MONTH, 1, ruleDay, 0, null, next, null, 0), weekend);
    }

    private static Fit yearly(List<LocalDate> dates) {
        int[] count = new int[13];
        dates.forEach(d -> count[d.getMonthValue()]++);
        LocalDate paid = dates.get(dates.size() - 1);
        Month month = paid.getMonth();
        for (Month m : Month.values()) {
            if (count[m.getValue()] > count[month.getValue()]) {
                month = m;
            }
        }
        Month in = month;
        int day = Math.min(median(dates.stream().filter(d -> d.getMonth() == in).mapToInt(LocalDate::getDayOfMonth).toArray()),
                month.maxLength());
        LocalDate anchor = null;
        for (int k = -1; k <= 1; k++) {
            LocalDate d = YearMonth.of(paid.getYear() + k, month).atDay(Math.min(day, YearMonth.of(paid.getYear() + k, month)
                    .lengthOfMonth()));
            if (anchor == null || Math.abs(d.toEpochDay() - paid.toEpochDay()) < Math.abs(anchor.toEpochDay() - paid.toEpochDay())) {
                anchor = d;
            }
        }
        YearMonth following = YearMonth.from(anchor).plusYears(1);
        LocalDate next = following.atDay(Math.min(day, following.lengthOfMonth()));
        return new Fit(new Recurrence(Frequency.YEAR, 1, day, 0, null, next, null, 0), WeekendPolicy.KEEP);
    }

    /** The month's {@code day} (its last day when shorter), or its last day for {@link Recurrence#LAST}. */
    private static LocalDate inMonth(YearMonth m, int day) {
        return day == Recurrence.LAST ? m.atEndOfMonth() : m.atDay(Math.min(day, m.lengthOfMonth()));
    }

    private static LocalDate lastBusinessDay(YearMonth m) {
        return BusinessDays.WEEKENDS_ONLY.adjust(m.atEndOfMonth(), WeekendPolicy.BEFORE);
    }

    /** The lower median: a day that was paid on, never a half. */
    private static int median(int[] values) {
        int[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[(sorted.length - 1) / 2];
    }
}
