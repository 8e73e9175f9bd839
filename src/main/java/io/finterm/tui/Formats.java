package io.finterm.tui;

import java.util.Locale;

/** How the screens write amounts and changes. */
final class Formats {
    private Formats() {
    }

    /** A change in percent against the previous period, or "no earlier figure". */
    static String change(Double percent) {
        return percent == null ? "new" : String.format(Locale.ROOT, "%+.1f %%", percent);
    }

    /** A change in percentage points. */
    static String points(Double points) {
        return points == null ? "new" : String.format(Locale.ROOT, "%+.1f pp", points);
    }

    static String percent(Double value) {
        return value == null || value.isNaN() ? "–" : String.format(Locale.ROOT, "%.1f %%", value);
    }

    /** {@code text} cut to {@code width} characters, with an ellipsis when cut. */
    static String fit(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        return width <= 1 ? text.substring(0, Math.max(0, width)) : text.substring(0, width - 1) + "…";
    }

    /** {@code text} padded or cut to exactly {@code width}. */
    static String pad(String text, int width) {
        return String.format("%-" + Math.max(1, width) + "s", fit(text, width));
    }

    /** {@code text} right-aligned in exactly {@code width}. */
    static String padLeft(String text, int width) {
        return String.format("%" + Math.max(1, width) + "s", fit(text, width));
    }
}
