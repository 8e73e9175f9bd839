package io.finterm.service;

import io.finterm.domain.Text;
import io.finterm.domain.ValidationException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates as people type them into a form: {@code 2024-03-05}, {@code today}, {@code yesterday},
 * {@code -3} (three days ago) and {@code 3/5} (month/day, this year, as in ISO's order).
 */
public final class DateInput {
    private static final Pattern DAYS_AGO = Pattern.compile("-(\\d{1,5})");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})");

    private DateInput() {
    }

    public static LocalDate parse(String text, LocalDate today) {
        String s = Text.clean(text).toLowerCase(Locale.ROOT);
        if (s.isEmpty() || s.equals("today")) {
            return today;
        }
        if (s.equals("yesterday")) {
            return today.minusDays(1);
        }
        Matcher ago = DAYS_AGO.matcher(s);
        if (ago.matches()) {
            return today.minusDays(Long.parseLong(ago.group(1)));
        }
        try {
            Matcher md = MONTH_DAY.matcher(s);
            if (md.matches()) {
                return LocalDate.of(today.getYear(), Integer.parseInt(md.group(1)), Integer.parseInt(md.group(2)));
            }
            return LocalDate.parse(s);
        } catch (DateTimeException e) {
            throw new ValidationException("date", "'" + Text.clean(text) + "' is not a date: use 2024-03-05, today, yesterday, -3 or 3/5");
        }
    }
}
