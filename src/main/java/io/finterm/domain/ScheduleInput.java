package io.finterm.domain;

import java.time.DayOfWeek;
import java.util.Locale;

/**
 * What people type for a schedule's rule ({@code --day}, {@code --weekday}, {@code --every}), read into
 * the values of a {@link Recurrence}; a refusal names the option (without its dashes, as every other
 * field) and says what would be right.
 */
public final class ScheduleInput {
    private static final String[] ORDINAL_WORDS = {"first", "second", "third", "fourth", "fifth"};

    private ScheduleInput() {
    }

    /**
     * A weekday, with the week of the month for a monthly or yearly rule.
     *
     * @param nth 1 to 5, or {@link Recurrence#LAST}; 0 when only the weekday was given ({@code tue})
     */
    public record NthWeekday(int nth, DayOfWeek day) {
    }

    /** {@code 1} to {@code 31} (also {@code 1st} … {@code 31st}), or {@code last} ({@link Recurrence#LAST}). */
    public static int day(String text) {
        String w = norm(text);
        if (w.isEmpty()) {
            throw new ValidationException("day", "give a day of the month: 1 to 31, or last");
        }
        if (w.equals("last")) {
            return Recurrence.LAST;
        }
        if (w.matches("[0-9]{1,9}([a-z]{2})?")) {
            // 15 or, as people also write it, 15th (a wrong ending, 15st, is not taken)
            String digits = w.replaceAll("[a-z]", "");
            int n = Integer.parseInt(digits);
            if (n >= 1 && n <= 31 && (digits.equals(w) || w.equals(CalendarDay.ordinal(n)))) {
                return n;
            }
        }
        throw new ValidationException("day", quote(text) + "is not a day of the month: give 1 to 31, or last");
    }

    /** {@code tue}, {@code tuesday}, {@code 2nd tue}, {@code second tuesday}, {@code last fri}, {@code 5th mon}. */
    public static NthWeekday weekday(String text) {
        String w = norm(text);
        if (w.isEmpty()) {
            throw new ValidationException("weekday", "give a weekday, as tue, or with the week of the month, as 2nd tue or last fri");
        }
        String[] words = w.split("\\s+");
        if (words.length == 1) {
            return new NthWeekday(0, dayOfWeek(text, words[0]));
        }
        if (words.length == 2) {
            int nth = nth(text, words[0]);
            return new NthWeekday(nth, dayOfWeek(text, words[1]));
        }
        throw new ValidationException("weekday", quote(text) + "is not a weekday: give one as tue or tuesday, "
                + "with the week of the month for a monthly rule, as 2nd tue or last fri");
    }

    /** The unit of {@code --every}: {@code day}, {@code week}, {@code month}, {@code year} (the number goes in {@code --interval}). */
    public static Frequency every(String text) {
        String w = norm(text);
        if (w.isEmpty()) {
            throw new ValidationException("every", "give the unit: day, week, month or year");
        }
        String[] words = w.split("\\s+");
        if (words.length == 2 && words[0].matches("[0-9]{1,9}")) {
            Frequency unit = Frequency.parse(words[1]);
            throw new ValidationException("every", quote(text) + "has a number: give the unit here and the number with "
                    + "--interval, as in --every " + unit.word() + " --interval " + words[0]);
        }
        return Frequency.parse(text);
    }

    private static int nth(String text, String word) {
        if (word.equals("last")) {
            return Recurrence.LAST;
        }
        for (int i = 0; i < ORDINAL_WORDS.length; i++) {
            if (word.equals(ORDINAL_WORDS[i]) || word.equals(CalendarDay.ordinal(i + 1)) || word.equals(String.valueOf(i + 1))) {
                return i + 1;
            }
        }
        throw new ValidationException("weekday", quote(text) + "does not say which week of the month: give 1st to 5th, "
                + "or last, as in 2nd tue or last fri");
    }

    private static DayOfWeek dayOfWeek(String text, String word) {
        if (word.length() >= 3) {
            for (DayOfWeek d : DayOfWeek.values()) {
                String name = d.name().toLowerCase(Locale.ROOT);
                if (word.equals(name) || word.equals(name.substring(0, 3))) {
                    return d;
                }
            }
        }
        throw new ValidationException("weekday", quote(text) + "is not a weekday: give mon, tue, wed, thu, fri, sat or sun "
                + "(or the whole name), as in tue or 2nd tue");
    }

    private static String norm(String text) {
        return text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The text as typed, quoted, with a space after it; cut short so that a pasted page does not fill the message.
     * Also {@link Frequency#parse}'s, so that every refusal of a rule quotes alike.
     */
    static String quote(String text) {
        String t = Text.clean(text).strip();
        return "'" + (t.codePointCount(0, t.length()) > 40 ? t.substring(0, t.offsetByCodePoints(0, 40)) + "…" : t) + "' ";
    }
}
