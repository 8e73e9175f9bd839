package io.finterm.domain;

import java.util.Locale;

/**
 * What happens to an occurrence that falls on a weekend, or on a configured holiday: it stays, or it
 * moves to the business day before, or to the one after.
 */
public enum WeekendPolicy {
    KEEP("keep"), BEFORE("before"), AFTER("after");

    private final String word;

    WeekendPolicy(String word) {
        this.word = word;
    }

    public static WeekendPolicy parse(String text) {
        String w = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (WeekendPolicy p : values()) {
            if (w.equals(p.word)) {
                return p;
            }
        }
        throw new ValidationException("weekend", "'" + Text.clean(text == null ? "" : text) + "' is not one of keep, before, after");
    }

    public String word() {
        return word;
    }
}
