package io.finterm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableFormatTest {
    private static final Table EMPTY = new Table(List.of(Table.Column.text("date"), Table.Column.number("amount")), List.of());

    @Test
    void aTableWithNoRowsIsItsHeaderInAClosedBox() {
        assertEquals(String.join(System.lineSeparator(),
                "┌──────┬────────┐",
                "│ date │ amount │",
                "└──────┴────────┘", ""), TableFormat.TABLE.render(EMPTY, false));
        assertEquals(String.join(System.lineSeparator(),
                "+------+--------+",
                "| date | amount |",
                "+------+--------+", ""), TableFormat.TABLE.render(EMPTY, true));
    }

    @Test
    void numbersAreAlignedRightUnderARuleBelowTheHeader() {
        Table t = new Table(EMPTY.columns(), List.of(List.of("2026-01-02", "3.50"), List.of("2026-01-03", "120.00")));
        assertEquals(String.join(System.lineSeparator(),
                "+------------+--------+",
                "| date       | amount |",
                "+------------+--------+",
                "| 2026-01-02 |   3.50 |",
                "| 2026-01-03 | 120.00 |",
                "+------------+--------+", ""), TableFormat.TABLE.render(t, true));
    }
}
