package io.finterm.tui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** How the screens write amounts and changes. */
final class Formats {
    private static final java.util.regex.Pattern WORD = java.util.regex.Pattern.compile("(\\S+)(\\s*)");
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

    /**
     * {@code text} broken into lines of at most {@code width} characters at spaces; a word longer than a
     * line is cut with an ellipsis rather than split, so no line ends mid-word without one.
     */
    static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        java.util.regex.Matcher m = WORD.matcher(text.strip());
        String gap = "";
        while (m.find()) {
            String word = m.group(1).length() > width ? fit(m.group(1), width) : m.group(1);
            if (line.length() > 0 && line.length() + gap.length() + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? gap : "").append(word);
            gap = m.group(2); // the spaces as written, so that columns in a line stay lined up
        }
        if (line.length() > 0 || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /**
     * {@code text} in at most {@code maxLines} lines of {@code width}: wrapped at spaces, and, when it
     * needs more, the last line shortened at a word and ended with an ellipsis.
     */
    static List<String> wrap(String text, int width, int maxLines) {
        List<String> lines = wrap(text, width);
        if (lines.size() <= maxLines) {
            return lines;
        }
        List<String> kept = new ArrayList<>(lines.subList(0, Math.max(0, maxLines - 1)));
        kept.add(shorten(String.join(" ", lines.subList(kept.size(), lines.size())), width));
        return kept;
    }

    /** {@code text} cut to {@code width} at the end of a word, with an ellipsis when cut. */
    static String shorten(String text, int width) {
        if (text.length() <= width) {
            return text;
        }
        int end = text.lastIndexOf(' ', Math.max(0, width - 1));
        if (end <= width / 3) {
            return fit(text, width); // one very long word: cut it, but still say so
        }
        String head = text.substring(0, end).stripTrailing();
        while (!head.isEmpty() && ",;:-(".indexOf(head.charAt(head.length() - 1)) >= 0) {
            head = head.substring(0, head.length() - 1).stripTrailing();
        }
        return head + "…";
    }
}
