package io.finterm.domain;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A rule in words, as the Schedules screen and the CLI show it: {@code monthly on the last business day},
 * {@code every 2 weeks on Tuesday}, {@code yearly on 15 March, moved to the business day after, 12 times
 * from 2026-01-06}.
 */
public final class RecurrenceWords {
    private RecurrenceWords() {
    }

    public static String describe(Recurrence r, WeekendPolicy policy) {
        StringBuilder s = new StringBuilder(rhythm(r, policy));
        if (policy != WeekendPolicy.KEEP && !lastBusinessDay(r, policy)) {
            s.append(", moved to the business day ").append(policy == WeekendPolicy.BEFORE ? "before" : "after");
        }
        if (r.count() == 1) {
            s.append(", once from ").append(r.start());
        } else if (r.count() > 1) {
            s.append(", ").append(r.count()).append(" times from ").append(r.start());
        } else if (r.end() != null) {
            s.append(", until ").append(r.end());
        }
        return s.toString();
    }

    /**
     * The rule in words without its weekend move and its bounds ({@code monthly on the 28th}, {@code monthly on the last
     * business day}): for a one-line list whose rows must stay narrow, beside the day each occurrence is booked on;
     * {@link #describe} has the whole rule.
     */
    public static String rhythm(Recurrence r, WeekendPolicy policy) {
        boolean lastBusinessDay = lastBusinessDay(r, policy);
        StringBuilder s = new StringBuilder(how(r));
        switch (r.every()) {
            case DAY -> { }
            case WEEK -> s.append(" on ").append(dayName(r.weekday()));
            case MONTH -> s.append(" on the ").append(lastBusinessDay ? "last business day" : what(r).replace(" of a month", ""));
            case YEAR -> s.append(" on ").append(lastBusinessDay
                    ? "the last business day of " + monthName(r.start().getMonth()) : (r.weekday() != null
                    || r.day() == Recurrence.LAST ? "the " : "") + what(r));
        }
        return s.toString();
    }

    /** The last day of the month moved before a weekend: said as one thing, {@code the last business day}. */
    private static boolean lastBusinessDay(Recurrence r, WeekendPolicy policy) {
        return r.weekday() == null && r.day() == Recurrence.LAST && policy == WeekendPolicy.BEFORE
                && r.every() != Frequency.DAY && r.every() != Frequency.WEEK;
    }

    /** {@code daily}, {@code monthly}, {@code every 2 weeks}. */
    private static String how(Recurrence r) {
        return r.interval() == 1 ? r.every().adverb() : "every " + Plural.of(r.interval(), r.every().word());
    }

    /**
     * The day a monthly or yearly rule picks, without the period: {@code 1st of a month}, {@code last day of
     * a month}, {@code 2nd Tuesday of a month}, {@code 15 March}, {@code last Friday of March}; a weekly
     * rule's weekday; {@code day} for a daily one.
     */
    static String what(Recurrence r) {
        String of = r.every() == Frequency.YEAR ? " of " + monthName(r.start().getMonth()) : " of a month";
        return switch (r.every()) {
            case DAY -> "day";
            case WEEK -> dayName(r.weekday());
            case MONTH, YEAR -> {
                if (r.weekday() != null) {
                    yield (r.nth() == Recurrence.LAST ? "last" : CalendarDay.ordinal(r.nth())) + " " + dayName(r.weekday()) + of;
                }
                if (r.day() == Recurrence.LAST) {
                    yield "last day" + of;
                }
                yield r.every() == Frequency.YEAR ? r.day() + " " + monthName(r.start().getMonth())
                        : CalendarDay.ordinal(r.day()) + of;
            }
        };
    }

    static String monthName(Month m) {
        return m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }

    static String dayName(DayOfWeek d) {
        return d.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
}
