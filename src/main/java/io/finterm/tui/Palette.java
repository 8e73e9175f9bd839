package io.finterm.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import io.finterm.chart.Hue;
import java.util.EnumSet;

/**
 * Colours and attributes. Text uses the terminal's own foreground and background, so it reads on
 * dark and light themes alike; accents are the plain ANSI colours that do too (no bright yellow,
 * no white), and emphasis is bold or reverse video rather than a colour.
 */
final class Palette {
    private Palette() {
    }

    static TextColor foreground(Style style) {
        return switch (style) {
            case MUTED -> TextColor.ANSI.BLACK_BRIGHT;
            case ERROR, BAD, EXPENSE -> TextColor.ANSI.RED;
            case GOOD, INCOME -> TextColor.ANSI.GREEN;
            case WARN -> TextColor.ANSI.YELLOW;
            case TITLE, KEY -> TextColor.ANSI.CYAN;
            default -> TextColor.ANSI.DEFAULT;
        };
    }

    static EnumSet<SGR> modifiers(Style style) {
        return switch (style) {
            case BOLD, TITLE, ERROR, KEY -> EnumSet.of(SGR.BOLD);
            case REVERSE, FOCUSED_FIELD -> EnumSet.of(SGR.REVERSE);
            case FIELD -> EnumSet.of(SGR.UNDERLINE);
            default -> EnumSet.noneOf(SGR.class);
        };
    }

    static TextColor colour(Hue hue) {
        return switch (hue) {
            case ACCENT_1 -> TextColor.ANSI.CYAN;
            case ACCENT_2 -> TextColor.ANSI.MAGENTA;
            case ACCENT_3 -> TextColor.ANSI.BLUE;
            case ACCENT_4 -> TextColor.ANSI.GREEN;
            case ACCENT_5 -> TextColor.ANSI.YELLOW;
            case ACCENT_6 -> TextColor.ANSI.RED;
            case ACCENT_7 -> TextColor.ANSI.CYAN_BRIGHT;
            case ACCENT_8 -> TextColor.ANSI.MAGENTA_BRIGHT;
            case POSITIVE -> TextColor.ANSI.GREEN;
            case NEGATIVE -> TextColor.ANSI.RED;
            case WARNING -> TextColor.ANSI.YELLOW;
            case MUTED -> TextColor.ANSI.BLACK_BRIGHT;
        };
    }
}
