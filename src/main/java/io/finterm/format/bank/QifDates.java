package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * QIF dates as Quicken and other programs write them: {@code 11/28'26} and {@code 10/ 1'26} (a year
 * after an apostrophe is 20yy, and numbers may be padded with spaces), {@code 11/28/2026},
 * {@code 11/28/26} (see {@link Years}), {@code 28.11.2026} (dots are always day first,
 * as in the countries that write them), and {@code 2026-11-28}. Whether slashes mean month or day
 * first is decided over every date of the file, and an undecidable file is refused.
 */
final class QifDates {
    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern PARTS = Pattern.compile("(\\d{1,2})([/.-])(\\d{1,2})(?:\\2|')(\\d{4}|\\d{2})");

    /** Month before day ({@code MM/dd/yyyy}) or day before month ({@code dd/MM/yyyy}). */
    enum Order { MONTH_FIRST, DAY_FIRST }

    private QifDates() {
    }

    /**
     * How a two-digit year is read. Quicken writes 20yy after an apostrophe ({@code 11/28'26}) and
     * 19yy after a slash ({@code 12/31/99}), but many banks write {@code 11/28/26} for 2026: so after
     * a slash (or a dot or dash) a year above {@code limit} (this year's two digits plus one) is 19yy,
     * and any other is 20yy, a window that slides with the years.
     */
    record Years(int limit) {
        static Years at(Clock clock) {
            return new Years(LocalDate.now(clock).getYear() % 100 + 1);
        }

        int year(String twoDigits, boolean apostrophe) {
            int yy = Integer.parseInt(twoDigits);
            return apostrophe || yy <= limit ? 2000 + yy : 1900 + yy;
        }

        /** For {@code --detect}. */
        String detected() {
            return String.format("two-digit years after '/' are 1900s above %02d, 2000s otherwise", limit);
        }
    }

    /** The order the person gave with {@code --date-format}, or {@code null} when they gave none. */
    static Order option(String dateFormat) {
        if (dateFormat == null) {
            return null;
        }
        String f = dateFormat.strip();
        if (f.matches("d{1,2}[/.\\-']M{1,2}.*")) {
            return Order.DAY_FIRST;
        }
        if (f.matches("M{1,2}[/.\\-']d{1,2}.*") || f.matches("y{2,4}-M{1,2}-d{1,2}")) {
            return Order.MONTH_FIRST;
        }
        throw new FintermException("--date-format " + BankValues.shown(f) + " does not fit a QIF file: give dd/MM/yyyy or MM/dd/yyyy");
    }

    /** Counts, over a whole file, the dates that fit only one order; refuses a file that fits both or neither. */
    static final class Tally {
        private final Years years;
        private long monthOnly;
        private long dayOnly;
        private long both;
        private long monthLine;
        private long dayLine;
        private boolean slashes;
        private boolean dots;
        private boolean iso;

        Tally(Years years) {
            this.years = years;
        }

        void add(String value, long line) {
            String text = value.replace(" ", "");
            Matcher m = PARTS.matcher(text);
            iso |= ISO.matcher(text).matches();
            dots |= m.matches() && m.group(2).equals(".");
            if (!m.matches() || m.group(2).equals(".")) {
                return; // ISO and dotted dates say nothing about the order of slashes
            }
            slashes = true;
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            int year = year(m, years);
            boolean monthFirst = exists(year, a, b);
            boolean dayFirst = exists(year, b, a);
            if (monthFirst && dayFirst) {
                both++;
            } else if (monthFirst) {
                monthLine = monthOnly++ == 0 ? line : monthLine;
            } else if (dayFirst) {
                dayLine = dayOnly++ == 0 ? line : dayLine;
            }
        }

        Order decide(String file) {
            if (monthOnly > 0 && dayOnly > 0) {
                throw new FintermException(file + " has dates that are month first (line " + monthLine + ") and dates that are day first (line "
                        + dayLine + "): its dates do not follow one pattern");
            }
            if (dayOnly > 0) {
                return Order.DAY_FIRST;
            }
            if (monthOnly == 0 && both > 0) {
                throw new FintermException("the dates fit both dd/MM/yyyy and MM/dd/yyyy: add --date-format dd/MM/yyyy or --date-format MM/dd/yyyy");
            }
            return Order.MONTH_FIRST;
        }

        /** The patterns the file's dates were written in, for {@code --detect}. */
        String patterns(Order order) {
            List<String> seen = new ArrayList<>();
            if (slashes || !dots && !iso) {
                seen.add(order == Order.DAY_FIRST ? "dd/MM/yyyy" : "MM/dd/yyyy");
            }
            if (dots) {
                seen.add("dd.MM.yyyy");
            }
            if (iso) {
                seen.add("yyyy-MM-dd");
            }
            return String.join(" and ", seen);
        }
    }

    /** The date a {@code D} field states, read in {@code order}. */
    static LocalDate parse(String value, Order order, Years years) {
        String text = value.replace(" ", "");
        Matcher iso = ISO.matcher(text);
        Matcher m = PARTS.matcher(text);
        int year;
        int month;
        int day;
        if (iso.matches()) {
            year = Integer.parseInt(iso.group(1));
            month = Integer.parseInt(iso.group(2));
            day = Integer.parseInt(iso.group(3));
        } else if (m.matches()) {
            year = year(m, years);
            int a = Integer.parseInt(m.group(1));
            int b = Integer.parseInt(m.group(3));
            boolean dayFirst = m.group(2).equals(".") || order == Order.DAY_FIRST;
            month = dayFirst ? b : a;
            day = dayFirst ? a : b;
        } else {
            throw new BankValues.Bad(BankValues.shown(value) + " is not a date (such as 11/28'26, 11/28/2026, 28.11.2026 or 2026-11-28)");
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            throw new BankValues.Bad(BankValues.shown(value) + " is not a date that exists");
        }
    }

    private static int year(Matcher m, Years years) {
        String y = m.group(4);
        return y.length() == 2 ? years.year(y, m.group(0).charAt(m.end(3)) == '\'') : Integer.parseInt(y);
    }

    private static boolean exists(int year, int month, int day) {
        try {
            LocalDate.of(year, month, day);
            return true;
        } catch (DateTimeException e) {
            return false;
        }
    }
}
