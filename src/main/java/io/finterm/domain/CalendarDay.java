package io.finterm.domain;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Builds a day from its numbers, and when there is no such day says what is wrong in words
 * ("no 30th of February in 2026") rather than pointing at a format the person already used.
 */
public final class CalendarDay {
    private CalendarDay() {
    }

    /**
     * The day {@code year-month-day}, or a {@link ValidationException} for {@code field} that quotes
     * {@code text} and says why it is not a day.
     */
    public static LocalDate of(String field, String text, int year, int month, int day) {
        String why = whyNot(year, month, day);
        if (why != null) {
            throw new ValidationException(field, "'" + Text.clean(text) + "' is not a date: " + why);
        }
        return LocalDate.of(year, month, day);
    }

    /** Why there is no such day, or {@code null} when there is. */
    public static String whyNot(int year, int month, int day) {
        if (month < 1 || month > 12) {
            return "no month " + month + " (months run from 01 to 12)";
        }
        if (day < 1) {
            return "no day " + day + " (days start at 01)";
        }
        Month m = Month.of(month);
        if (day > m.length(Year.isLeap(year))) {
            String name = m.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
            String why = "no " + ordinal(day) + " of " + name + " in " + year;
            return m == Month.FEBRUARY && day == 29 ? why + " (not a leap year)" : why;
        }
        return null;
    }

    /** {@code 1st}, {@code 2nd}, {@code 3rd}, {@code 4th} … {@code 11th}, {@code 12th}, {@code 13th} … {@code 31st}. */
    static String ordinal(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return n + "th";
        }
        return switch (n % 10) {
            case 1 -> n + "st";
            case 2 -> n + "nd";
            case 3 -> n + "rd";
            default -> n + "th";
        };
    }
}
