package io.finterm.chart;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A grid of characters with a hue per cell, which becomes a {@link Chart}. A control character in a
 * label shows as {@code ?}, so a chart can never drive the terminal whatever text it is given; an
 * ASCII canvas shows any other non-ASCII character (a € in a label, say) as {@code ?} too.
 */
final class Canvas {
    private final boolean ascii;
    private final int width;
    private final char[][] cells;
    private final Hue[][] hues;

    Canvas(int width, int height, boolean ascii) {
        this.ascii = ascii;
        this.width = width;
        this.cells = new char[height][width];
        this.hues = new Hue[height][width];
        for (char[] row : cells) {
            Arrays.fill(row, ' ');
        }
    }

    int width() {
        return width;
    }

    int height() {
        return cells.length;
    }

    void put(int row, int column, char c, Hue hue) {
        if (row >= 0 && row < cells.length && column >= 0 && column < width) {
            boolean control = c < 0x20 || (c >= 0x7f && c <= 0x9f);
            cells[row][column] = control || (ascii && c > 0x7e) ? '?' : c;
            hues[row][column] = hue;
        }
    }

    char at(int row, int column) {
        return cells[row][column];
    }

    /** Writes {@code text} from {@code column}, cut at the right edge; returns the column after it. */
    int write(int row, int column, String text, Hue hue) {
        for (int i = 0; i < text.length(); i++) {
            put(row, column + i, text.charAt(i), hue);
        }
        return column + text.length();
    }

    /** Lines without trailing blanks; hints only when {@code colour}, one per run of a hue. */
    Chart toChart(boolean colour) {
        List<String> lines = new ArrayList<>();
        List<Chart.Hint> hints = new ArrayList<>();
        int last = cells.length - 1;
        while (last >= 0 && new String(cells[last]).isBlank()) {
            last--;
        }
        for (int r = 0; r <= last; r++) {
            lines.add(new String(cells[r]).stripTrailing());
            for (int c = 0; c < width; ) {
                Hue hue = hues[r][c];
                int end = c + 1;
                while (end < width && hues[r][end] == hue) {
                    end++;
                }
                if (colour && hue != null) {
                    hints.add(new Chart.Hint(r, c, end - c, hue));
                }
                c = end;
            }
        }
        return new Chart(lines, hints);
    }

    /** {@code text} shortened to {@code max} characters, ending with an ellipsis when cut. */
    static String fit(String text, int max, boolean ascii) {
        if (text.length() <= max) {
            return text;
        }
        if (max <= 1) {
            return text.substring(0, Math.max(0, max));
        }
        return text.substring(0, max - 1) + (ascii ? "~" : "…");
    }
}
