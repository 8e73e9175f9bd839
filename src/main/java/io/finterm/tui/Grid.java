package io.finterm.tui;

import io.finterm.report.Table;
import java.util.List;

/** Draws a report {@link Table} on screen: a bold header, numbers right-aligned, a selected row in reverse. */
final class Grid {
    private Grid() {
    }

    /** "rows 1–16 of 104": which rows of a table are on screen. */
    static String position(long top, long shown, long total) {
        return "rows " + (total == 0 ? 0 : top + 1) + "–" + (top + shown) + " of " + total;
    }

    /**
     * Draws {@code table} from {@code row}, scrolled so that {@code selected} (or -1 for none) is
     * visible in {@code height} lines; returns the number of lines used.
     */
    static int draw(Painter p, int row, int height, Table table, int selected) {
        int visible = Math.max(0, height - 1);
        return draw(p, row, height, table, selected, selected < visible ? 0 : selected - visible + 1).lines();
    }

    /** What a drawing took: its lines, and the first and the number of the table's rows it showed. */
    record Drawn(int lines, int top, int visible) {
    }

    /**
     * Draws {@code table} from {@code row} in {@code height} lines, its rows from {@code top} on; a table
     * longer than that says which rows are shown ("rows 1–16 of 104") at the right of its header.
     */
    static Drawn draw(Painter p, int row, int height, Table table, int selected, int top) {
        int columns = table.columns().size();
        int[] widths = new int[columns];
        for (int c = 0; c < columns; c++) {
            widths[c] = table.columns().get(c).name().length();
            for (List<String> r : table.rows()) {
                widths[c] = Math.max(widths[c], r.get(c).length());
            }
            widths[c] = Math.min(widths[c], 40);
        }
        fitTo(p.width() - 2, widths, table);
        String header = line(table.header(), widths, table).stripTrailing();
        p.text(1, row, header, Style.BOLD);
        int visible = Math.max(0, height - 1);
        int total = table.rows().size();
        // The position goes right of the header, or, where the header leaves no room, on a line of its own below.
        boolean besideHeader = 1 + header.length() + 2 + position(total, total, total).length() + 1 <= p.width();
        if (total > visible && !besideHeader) {
            visible = Math.max(1, visible - 1);
        }
        if (selected >= top + visible) { // the position line took a row: the selected one stays on screen
            top = selected - visible + 1;
        }
        top = Math.max(0, Math.min(top, total - visible));
        int used = 1;
        for (int i = 0; i < visible && top + i < total; i++) {
            p.text(1, row + 1 + i, line(table.rows().get(top + i), widths, table), top + i == selected ? Style.REVERSE : Style.NORMAL);
            used++;
        }
        if (total > visible) {
            String at = " " + position(top, Math.min(visible, total - top), total) + " ";
            p.text(Math.max(0, p.width() - at.length()), besideHeader ? row : row + 1 + visible, at, Style.MUTED);
            used += besideHeader ? 0 : 1;
        }
        return new Drawn(used, top, visible);
    }

    /**
     * Narrows the widest text columns, one character at a time, until the table fits {@code width}
     * (two spaces between columns): a number is never cut, and no text column goes below its name's
     * length or four characters. A table that still does not fit is cut at the screen's edge.
     */
    private static void fitTo(int width, int[] widths, Table table) {
        int total = 0;
        for (int w : widths) {
            total += w + 2;
        }
        while (total > width) {
            int widest = -1;
            for (int c = 0; c < widths.length; c++) {
                int floor = Math.max(4, table.columns().get(c).name().length());
                if (!table.columns().get(c).numeric() && widths[c] > floor && (widest < 0 || widths[c] > widths[widest])) {
                    widest = c;
                }
            }
            if (widest < 0) {
                return;
            }
            widths[widest]--;
            total--;
        }
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
