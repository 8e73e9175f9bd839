package io.finterm.domain;

import java.util.Locale;

/**
 * What a budget that rolls over does with a month's overspending: {@link #CARRY} takes it from the
 * next month's budget, {@link #ABSORB} lets the next month start from its own budget (the
 * overspending is covered elsewhere, as in Actual's default).
 */
public enum Overspending {
    CARRY, ABSORB;

    /** {@code carry} or {@code absorb}, as the command line and the exports spell it. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** How a rollover's note says it: {@code overspending carried} or {@code overspending absorbed}. */
    public String phrase() {
        return this == CARRY ? "overspending carried" : "overspending absorbed";
    }

    /** Reads {@code carry} or {@code absorb}, whatever the case. */
    public static Overspending parse(String text) {
        for (Overspending o : values()) {
            if (o.word().equalsIgnoreCase(text == null ? "" : text.strip())) {
                return o;
            }
        }
        throw new ValidationException("overspending", "must be carry or absorb, not \"" + Text.printable(String.valueOf(text)) + "\"");
    }
}
