package io.finterm.cli;

import de.vandermeer.asciitable.AsciiTable;
import de.vandermeer.asciitable.CWC_LongestLine;
import de.vandermeer.skb.interfaces.transformers.textformat.TextAlignment;
import java.util.List;

/** A plain text table (AsciiTable) with a header row. */
final class TextTable {
    private TextTable() {
    }

    static String render(List<String> header, List<List<String>> rows) {
        AsciiTable t = new AsciiTable();
        t.addRule();
        t.addRow(header.toArray());
        t.addRule();
        for (List<String> row : rows) {
            t.addRow(row.toArray());
        }
        t.addRule();
        t.getRenderer().setCWC(new CWC_LongestLine());
        t.setPaddingLeftRight(1);
        t.setTextAlignment(TextAlignment.LEFT);
        return t.render() + System.lineSeparator();
    }
}
