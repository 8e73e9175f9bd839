package io.finterm.service;

import io.finterm.domain.CalendarDay;
import io.finterm.domain.Text;
import io.finterm.domain.ValidationException;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one date grammar of finterm, for the entry form, the command line's {@code --date},
 * {@code --from} and {@code --to}, and the filter's {@code date:} term alike.
 *
 * <p>A <em>day</em> is {@code 2024-03-05}, {@code today}, {@code yesterday}, {@code -3} (three days
 * ago) or {@code 3/5} (month/day, this year, in ISO's order). A <em>span</em> is a day, a month
 * ({@code 2024-03}), a year ({@code 2024}) or one of {@code thismonth}, {@code lastmonth},
 * {@code thisyear} and {@code lastyear}; where one day is wanted as a start or an end, a span gives
 * its first or its last day, so {@code --from 2026-11 --to 2026-11} is the whole of November.
 */
public final class DateInput {
    private static final Pattern DAYS_AGO = Pattern.compile("-(\\d{1,5})");
    private static final Pattern MONTH_DAY = Pattern.compile("(\\d{1,2})/(\\d{1,2})");
    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern ISO_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern ISO_YEAR = Pattern.compile("\\d{4}");
    static final String DAY_FORMS = "use 2024-03-05, today, yesterday, -3 or 3/5";
    static final String SPAN_FORMS = "use 2024-03-05, 2024-03, 2024, today, yesterday, -3, 3/5 or a word like lastmonth";

    /** The first and the last day of a span, both included. */
    public record Span(LocalDate first, LocalDate last) {
        boolean isOneDay() {
            return first.equals(last);
        }
    }

    private DateInput() {
    }

    /** A day as the entry form takes it: empty means today. Errors name the field {@code date}. */
    public static LocalDate parse(String text, LocalDate today) {
        return Text.clean(text).isEmpty() ? today : day("date", text, today);
    }

    /** One day; a month or a year is refused, since it is not one day. Errors name {@code field}. */
    public static LocalDate day(String field, String text, LocalDate today) {
        Span span = span(field, text, today, DAY_FORMS);
        if (!span.isOneDay()) {
            throw new ValidationException(field, "'" + Text.clean(text) + "' is more than one day: " + DAY_FORMS);
        }
        return span.first();
    }

    /** The first day of a span: {@code 2026-11} is 2026-11-01. */
    public static LocalDate first(String field, String text, LocalDate today) {
        return span(field, text, today).first();
    }

    /** The last day of a span: {@code 2026-11} is 2026-11-30. */
    public static LocalDate last(String field, String text, LocalDate today) {
        return span(field, text, today).last();
    }

    /** A day, a month, a year or a word such as {@code lastmonth}, as its first and last day. */
    public static Span span(String field, String text, LocalDate today) {
        return span(field, text, today, SPAN_FORMS);
    }

    /** A month: {@code 2024-03}, {@code thismonth}, {@code lastmonth} or {@code nextmonth}. */
    public static YearMonth month(String field, String text, LocalDate today) {
        String s = Text.clean(text).toLowerCase(Locale.ROOT);
        YearMonth now = YearMonth.from(today);
        switch (s) {
            case "thismonth":
                return now;
            case "lastmonth":
                return now.minusMonths(1);
            case "nextmonth":
                return now.plusMonths(1);
            default:
                break;
        }
        Matcher m = ISO_MONTH.matcher(s);
        if (m.matches()) {
            int month = Integer.parseInt(m.group(2));
            String why = CalendarDay.whyNot(Integer.parseInt(m.group(1)), month, 1);
            if (why != null) {
                throw new ValidationException(field, "'" + Text.clean(text) + "' is not a month: " + why);
            }
            return YearMonth.of(Integer.parseInt(m.group(1)), month);
        }
        throw new ValidationException(field, "'" + Text.clean(text) + "' is not a month: use 2024-03, thismonth, lastmonth or nextmonth");
    }

    /** {@link #span(String, String, LocalDate)} with the forms an error lists. */
    static Span span(String field, String text, LocalDate today, String forms) {
        String s = Text.clean(text).toLowerCase(Locale.ROOT);
        switch (s) {
            case "today":
                return new Span(today, today);
            case "yesterday":
                return new Span(today.minusDays(1), today.minusDays(1));
            case "thismonth":
                return month(YearMonth.from(today));
            case "lastmonth":
                return month(YearMonth.from(today).minusMonths(1));
            case "thisyear":
                return year(Year.from(today));
            case "lastyear":
                return year(Year.from(today).minusYears(1));
            default:
                break;
        }
        Matcher m = DAYS_AGO.matcher(s);
        if (m.matches()) {
            LocalDate d = today.minusDays(Long.parseLong(m.group(1)));
            return new Span(d, d);
        }
        m = MONTH_DAY.matcher(s);
        if (m.matches()) {
            LocalDate d = CalendarDay.of(field, text, today.getYear(), Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            return new Span(d, d);
        }
        m = ISO_DAY.matcher(s);
        if (m.matches()) {
            LocalDate d = CalendarDay.of(field, text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3)));
            return new Span(d, d);
        }
        m = ISO_MONTH.matcher(s);
        if (m.matches()) {
            CalendarDay.of(field, text, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), 1);
            return month(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
        }
        if (ISO_YEAR.matcher(s).matches()) {
            return year(Year.of(Integer.parseInt(s)));
        }
        throw new ValidationException(field, "'" + Text.clean(text) + "' is not a date: " + forms);
    }

    private static Span month(YearMonth m) {
        return new Span(m.atDay(1), m.atEndOfMonth());
    }

    private static Span year(Year y) {
        return new Span(y.atDay(1), y.atMonth(12).atEndOfMonth());
    }
}
