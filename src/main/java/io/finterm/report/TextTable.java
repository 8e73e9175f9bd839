package io.finterm.report;

import de.vandermeer.asciithemes.a7.A7_Grids;
import de.vandermeer.asciitable.AT_Row;
import de.vandermeer.asciitable.AsciiTable;
import de.vandermeer.asciitable.CWC_LongestLine;
import de.vandermeer.skb.interfaces.transformers.textformat.TextAlignment;
import java.util.List;

/** A plain text table (AsciiTable) with a header row, in box-drawing or ASCII lines; numeric columns are right-aligned. */
final class TextTable {
    private TextTable() {
    }

    static String render(Table table, boolean ascii) {
        AsciiTable t = new AsciiTable();
        if (ascii) {
            t.getContext().setGrid(A7_Grids.minusBarPlus());
        }
        t.addRule();
        align(t.addRow(table.header().toArray()), table);
        if (!table.rows().isEmpty()) {
            t.addRule(); // two rules in a row draw as a broken line
        }
        for (List<String> row : table.rows()) {
            align(t.addRow(row.toArray()), table);
        }
        t.addRule();
        t.getRenderer().setCWC(new CWC_LongestLine());
        t.setPaddingLeftRight(1);
        return t.render() + System.lineSeparator();
    }

    private static void align(AT_Row row, Table table) {
        row.setTextAlignment(TextAlignment.LEFT);
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).numeric()) {
                row.getCells().get(i).getContext().setTextAlignment(TextAlignment.RIGHT);
            }
        }
    }
}
