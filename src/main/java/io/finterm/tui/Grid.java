package io.finterm.tui;

import io.finterm.io.Table;
import java.util.List;

/** Draws a report {@link Table} on screen: a bold header, numbers right-aligned, a selected row in reverse. */
final class Grid {
    private Grid() {
    }

    /**
     * Draws {@code table} from {@code row}, scrolled so that {@code selected} (or -1 for none) is
     * visible in {@code height} lines; returns the number of lines used.
     */
    static int draw(Painter p, int row, int height, Table table, int selected) {
        int columns = table.columns().size();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = table.columns().get(c).name().length();
            for (List<String> r : table.rows()) {
                widths[c] = Math.max(widths[c], r.get(c).length());
            }
            widths[c] = Math.min(widths[c], 40);
        }
        p.text(1, row, line(table.header(), widths, table), Style.BOLD);
        int visible = Math.max(0, height - 1);
        int top = selected < visible ? 0 : selected - visible + 1;
        int used = 1;
        for (int i = 0; i < visible && top + i < table.rows().size(); i++) {
            p.text(1, row + 1 + i, line(table.rows().get(top + i), widths, table), top + i == selected ? Style.REVERSE : Style.NORMAL);
            used++;
        }
        return used;
    }

    private static String line(List<String> cells, int[] widths, Table table) {
        StringBuilder sb = new StringBuilder();
        for (int c = 0; c < cells.size(); c++) {
            sb.append(table.columns().get(c).numeric() ? Formats.padLeft(cells.get(c), widths[c]) : Formats.pad(cells.get(c), widths[c]));
            sb.append("  ");
        }
        return sb.toString();
    }
}
