package io.finterm.domain;

import java.util.Locale;

/** How often a schedule repeats, before its interval: every N days, weeks, months or years. */
public enum Frequency {
    DAY("day"), WEEK("week"), MONTH("month"), YEAR("year");

    private final String word;

    Frequency(String word) {
        this.word = word;
    }

    /** The unit as a person writes it for {@code --every}: {@code day}, {@code weeks}, {@code monthly}, {@code year} … */
    public static Frequency parse(String text) {
        String w = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (Frequency f : values()) {
            if (w.equals(f.word) || w.equals(f.word + "s") || w.equals(f.adverb())) {
                return f;
            }
        }
        throw new ValidationException("every", ScheduleInput.quote(text) + "is not one of day, week, month, year");
    }

    /** {@code day}, {@code week}, … */
    public String word() {
        return word;
    }

    /** {@code daily}, {@code weekly}, {@code monthly}, {@code yearly}. */
    public String adverb() {
        return this == DAY ? "daily" : word + "ly";
    }
}
