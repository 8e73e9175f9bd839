package io.finterm.format.bank;

import io.finterm.domain.CalendarDay;
import io.finterm.domain.FintermException;
import io.finterm.domain.ValidationException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One date pattern ({@code dd.MM.yy}, {@code MMM d, yyyy}, {@code yyyyMMdd} …) read by hand: a bank
 * file has a date in every row, and {@link java.time.format.DateTimeFormatter} costs several times
 * more per call. Letters are {@code d}/{@code dd}, {@code M}/{@code MM}, {@code MMM} (a month's name,
 * short or full, in English, German, French, Spanish or Dutch), {@code yy} (2000–2099) and
 * {@code yyyy}; anything else is a literal. A text can fit the pattern's shape and still name a day
 * that does not exist ({@code 31.02.2026}): that is the row's error, never a reason to try another pattern.
 */
final class DatePattern {
    /** The candidates detection tries, in the order it prefers them when two read every date the same. */
    static final List<String> CANDIDATES = List.of("dd.MM.yy", "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "MM/dd/yyyy", "dd/MM/yy",
            "MM/dd/yy", "yyyy-MM-dd", "yyyy/MM/dd", "dd-MM-yyyy", "dd MMM yyyy", "d MMM yyyy", "dd-MMM-yyyy", "d MMM yy",
            "MMM d, yyyy", "yyyyMMdd", "d/M/yyyy", "M/d/yyyy");

    private static final Map<String, Integer> MONTHS = months();

    private enum Kind { DAY, MONTH, MONTH_NAME, YEAR2, YEAR4, LITERAL }

    private record Part(Kind kind, int minWidth, int maxWidth, char literal) {
    }

    private final String text;
    private final Part[] parts;

    private DatePattern(String text, Part[] parts) {
        this.text = text;
        this.parts = parts;
    }

    /** The pattern {@code text}, or a refusal naming {@code --date-format} when it is not one this reader knows. */
    static DatePattern of(String text) {
        List<Part> parts = new java.util.ArrayList<>();
        boolean day = false;
        boolean month = false;
        boolean year = false;
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            int run = 1;
            while (i + run < text.length() && text.charAt(i + run) == c) {
                run++;
            }
            if (c == 'd' && run <= 2) {
                parts.add(new Part(Kind.DAY, run, 2, c));
                day = true;
            } else if (c == 'M' && run <= 2) {
                parts.add(new Part(Kind.MONTH, run, 2, c));
                month = true;
            } else if (c == 'M') {
                parts.add(new Part(Kind.MONTH_NAME, 3, 12, c));
                month = true;
            } else if (c == 'y' && (run == 2 || run == 4)) {
                parts.add(new Part(run == 2 ? Kind.YEAR2 : Kind.YEAR4, run, run, c));
                year = true;
            } else if (Character.isLetter(c)) {
                throw new FintermException("--date-format " + text + ": '" + String.valueOf(c).repeat(run)
                        + "' is not understood (use d or dd, M, MM or MMM, yy or yyyy, and separators)");
            } else {
                for (int k = 0; k < run; k++) {
                    parts.add(new Part(Kind.LITERAL, 1, 1, c));
                }
            }
            i += run;
        }
        if (!day || !month || !year) {
            throw new FintermException("--date-format " + text + ": a date pattern needs a day (dd), a month (MM) and a year (yyyy)");
        }
        return new DatePattern(text, parts.toArray(new Part[0]));
    }

    String text() {
        return text;
    }

    /** Whether the pattern has a two-digit year, read as 2000–2099. */
    boolean twoDigitYear() {
        for (Part p : parts) {
            if (p.kind == Kind.YEAR2) {
                return true;
            }
        }
        return false;
    }

    /** The same pattern with {@code d}/{@code dd} and {@code M}/{@code MM} alike: two such patterns read a date the same way. */
    String meaning() {
        return text.replace("dd", "d").replace("MMM", "N").replace("MM", "M");
    }

    /**
     * {@code (year * 10000 + month * 100 + day)} when {@code s} has this pattern's shape with a month
     * of 1–12 and a day of 1–31 (whether or not there is such a day), or -1.
     */
    int fields(String s) {
        int at = 0;
        int day = -1;
        int month = -1;
        int year = -1;
        int n = s.length();
        for (Part p : parts) {
            switch (p.kind) {
                case LITERAL -> {
                    if (at >= n || s.charAt(at) != p.literal) {
                        return -1;
                    }
                    at++;
                    if (p.literal == ' ') {
                        while (at < n && s.charAt(at) == ' ') {
                            at++; // "Nov  1, 2026": padded days
                        }
                    }
                }
                case MONTH_NAME -> {
                    int end = at;
                    while (end < n && Character.isLetter(s.charAt(end))) {
                        end++;
                    }
                    Integer m = end - at < 3 ? null : MONTHS.get(s.substring(at, end).toLowerCase(Locale.ROOT));
                    if (m == null) {
                        return -1;
                    }
                    month = m;
                    at = end < n && s.charAt(end) == '.' ? end + 1 : end; // "Nov." and "janv."
                }
                default -> {
                    int v = 0;
                    int digits = 0;
                    while (digits < p.maxWidth && at < n && s.charAt(at) >= '0' && s.charAt(at) <= '9') {
                        v = v * 10 + (s.charAt(at++) - '0');
                        digits++;
                    }
                    if (digits < p.minWidth) {
                        return -1;
                    }
                    switch (p.kind) {
                        case DAY -> day = v;
                        case MONTH -> month = v;
                        case YEAR2 -> year = 2000 + v;
                        default -> year = v;
                    }
                }
            }
        }
        if (at != n || month < 1 || month > 12 || day < 1 || day > 31) {
            return -1;
        }
        return year * 10000 + month * 100 + day;
    }

    /** Whether {@code s} fits this pattern's shape (the day may still not exist). */
    boolean fits(String s) {
        return fields(s) >= 0;
    }

    /** The date {@code s} names, or a {@link ValidationException} for {@code field} saying why not. */
    LocalDate parse(String field, String s) {
        int f = fields(s);
        if (f < 0) {
            throw new ValidationException(field, s.isEmpty() ? "is empty" : "'" + s + "' is not a date written " + text);
        }
        int year = f / 10000;
        int month = f / 100 % 100;
        int day = f % 100;
        if (CalendarDay.whyNot(year, month, day) != null) {
            throw new ValidationException(field, "'" + s + "' does not exist");
        }
        return LocalDate.of(year, month, day);
    }

    private static Map<String, Integer> months() {
        String[][] names = {
            {"jan", "january", "januar", "janv", "janvier", "ene", "enero", "januari", "jän", "jänner"},
            {"feb", "february", "februar", "févr", "fevr", "février", "fevrier", "febrero", "februari"},
            {"mar", "march", "mär", "märz", "maerz", "mrz", "mars", "marzo", "maart", "mrt"},
            {"apr", "april", "avr", "avril", "abr", "abril"},
            {"may", "mai", "mayo", "mei"},
            {"jun", "june", "juni", "juin", "junio"},
            {"jul", "july", "juli", "juil", "juillet", "julio"},
            {"aug", "august", "août", "aout", "ago", "agosto", "augustus"},
            {"sep", "sept", "september", "septembre", "septiembre", "set"},
            {"oct", "october", "okt", "oktober", "octobre", "octubre"},
            {"nov", "november", "novembre", "noviembre"},
            {"dec", "december", "dez", "dezember", "déc", "décembre", "decembre", "dic", "diciembre"},
        };
        Map<String, Integer> byName = new HashMap<>();
        for (int m = 0; m < names.length; m++) {
            for (String name : names[m]) {
                byName.put(name, m + 1);
            }
        }
        return Map.copyOf(byName);
    }

    @Override
    public String toString() {
        return text;
    }
}
