package io.finterm.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.TextGraphics;
import io.finterm.chart.Chart;
import io.finterm.domain.Text;
import java.util.function.Consumer;

/**
 * Drawing on a rectangle of the screen: text clipped to the rectangle, frames, and charts with their
 * colour hints. Every string is cleaned of control characters on the way out, as a last defence.
 */
final class Painter {
    /** What a shortened text ends with: the help (F1) shows it in full. */
    static final String MORE = "(F1: all)";

    private final TextGraphics g;
    private final boolean ascii;
    private final Consumer<String> cut;

    Painter(TextGraphics g, boolean ascii) {
        this(g, ascii, text -> { });
    }

    /** {@code cut} hears of every text that {@link #wrapped} had to shorten, so that it can be shown in full. */
    Painter(TextGraphics g, boolean ascii, Consumer<String> cut) {
        this.g = g;
        this.ascii = ascii;
        this.cut = cut;
    }

    int width() {
        return g.getSize().getColumns();
    }

    int height() {
        return g.getSize().getRows();
    }

    boolean ascii() {
        return ascii;
    }

    /** A painter for the rectangle at {@code (col, row)} of {@code width × height}, clipped to this one. */
    Painter area(int col, int row, int width, int height) {
        int w = Math.max(0, Math.min(width, width() - col));
        int h = Math.max(0, Math.min(height, height() - row));
        return new Painter(g.newTextGraphics(new TerminalPosition(col, row), new TerminalSize(w, h)), ascii, cut);
    }

    Painter text(int col, int row, String text) {
        return text(col, row, text, Style.NORMAL);
    }

    /**
     * Writes {@code text} at {@code (col, row)}. A text that does not fit is cut at the right edge
     * with an ellipsis, never silently, and reported as cut, so that F1 shows it whole.
     */
    Painter text(int col, int row, String text, Style style) {
        if (row < 0 || row >= height() || col >= width() || text == null) {
            return this;
        }
        String clean = Text.printable(text);
        int room = width() - Math.max(0, col);
        if (clean.strip().length() > room && room > 1) {
            cut.accept(text);
            clean = clean.substring(0, room - 1) + "…";
        } else if (clean.length() > room) {
            clean = clean.substring(0, Math.max(0, room));
        }
        if (ascii) {
            clean = Ascii.of(clean);
            clean = clean.length() > room ? clean.substring(0, Math.max(0, room)) : clean;
        }
        style(style);
        g.putString(Math.max(0, col), row, clean);
        reset();
        return this;
    }

    /**
     * Writes {@code text} from {@code (col, row)} in at most {@code maxLines} lines, broken at spaces; a
     * text that needs more ends at a word with an ellipsis and {@link #MORE}, and is reported as cut.
     * Returns the number of lines written.
     */
    int wrapped(int col, int row, String text, Style style, int maxLines) {
        int width = Math.max(MORE.length() + 12, width() - col);
        java.util.List<String> lines = Formats.wrap(Text.printable(text), width);
        if (lines.size() > maxLines) {
            cut.accept(text);
            String rest = String.join(" ", lines.subList(maxLines - 1, lines.size()));
            lines = new java.util.ArrayList<>(lines.subList(0, maxLines - 1));
            lines.add(Formats.shorten(rest, width - MORE.length() - 1) + " " + MORE);
        }
        for (int i = 0; i < lines.size(); i++) {
            text(col, row + i, lines.get(i), style);
        }
        return lines.size();
    }

    /** Writes {@code text} ending at the right edge of the rectangle. */
    Painter right(int row, String text, Style style) {
        return text(Math.max(0, width() - text.length()), row, text, style);
    }

    /** Writes {@code text} centred on {@code row}. */
    Painter centre(int row, String text, Style style) {
        return text(Math.max(0, (width() - text.length()) / 2), row, text, style);
    }

    /** A frame around the whole rectangle, with {@code title} in its top edge. */
    Painter frame(String title) {
        int w = width();
        int h = height();
        if (w < 2 || h < 2) {
            return this;
        }
        char horizontal = ascii ? '-' : '─';
        char vertical = ascii ? '|' : '│';
        style(Style.MUTED);
        g.drawLine(1, 0, w - 2, 0, horizontal);
        g.drawLine(1, h - 1, w - 2, h - 1, horizontal);
        g.drawLine(0, 1, 0, h - 2, vertical);
        g.drawLine(w - 1, 1, w - 1, h - 2, vertical);
        g.setCharacter(0, 0, ascii ? '+' : '┌');
        g.setCharacter(w - 1, 0, ascii ? '+' : '┐');
        g.setCharacter(0, h - 1, ascii ? '+' : '└');
        g.setCharacter(w - 1, h - 1, ascii ? '+' : '┘');
        reset();
        if (title != null && !title.isEmpty()) {
            text(2, 0, " " + title + " ", Style.TITLE);
        }
        return this;
    }

    /** The rectangle inside a {@link #frame}, so that text cannot run over the frame's edge. */
    Painter inner() {
        return area(1, 1, width() - 2, height() - 2);
    }

    /** Blanks the rectangle. */
    Painter clear() {
        reset();
        g.fill(' ');
        return this;
    }

    /** Draws {@code chart} with its top-left corner at {@code (col, row)}, colouring its hints. */
    Painter chart(int col, int row, Chart chart) {
        for (int r = 0; r < chart.size(); r++) {
            text(col, row + r, ascii ? asciiPiece(chart.get(r)) : chart.get(r));
        }
        for (Chart.Hint hint : chart.hints()) {
            String line = chart.get(hint.row());
            int end = Math.min(line.length(), hint.column() + hint.length());
            if (hint.column() < end) {
                g.setForegroundColor(Palette.colour(hint.hue()));
                String piece = line.substring(hint.column(), end);
                g.putString(col + hint.column(), row + hint.row(), ascii ? asciiPiece(piece) : piece);
                reset();
            }
        }
        return this;
    }

    /** A chart's piece in ASCII, one character for one, so that its columns stay where they are. */
    private static String asciiPiece(String piece) {
        StringBuilder sb = new StringBuilder(piece.length());
        for (int i = 0; i < piece.length(); i++) {
            sb.append(Ascii.one(piece.charAt(i)));
        }
        return sb.toString();
    }

    private void style(Style style) {
        g.setForegroundColor(Palette.foreground(style));
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
        g.setModifiers(Palette.modifiers(style));
    }

    private void reset() {
        g.setForegroundColor(TextColor.ANSI.DEFAULT);
        g.setBackgroundColor(TextColor.ANSI.DEFAULT);
        g.clearModifiers();
    }
}
