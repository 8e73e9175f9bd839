package io.finterm.report;

import java.util.List;

/**
 * A report as a table of strings, ready for any medium. Numeric columns are right-aligned where the
 * medium has alignment. Every cell is already formatted; nothing here computes.
 */
public record Table(List<Column> columns, List<List<String>> rows) {
    /** A column's heading, and whether it holds numbers. */
    public record Column(String name, boolean numeric) {
        public static Column text(String name) {
            return new Column(name, false);
        }

        public static Column number(String name) {
            return new Column(name, true);
        }
    }

    public Table {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        for (List<String> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException(row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** A table whose columns all hold text. */
    public static Table of(List<String> header, List<List<String>> rows) {
        return new Table(header.stream().map(Column::text).toList(), rows);
    }

    public List<String> header() {
        return columns.stream().map(Column::name).toList();
    }
}
