package io.finterm.tui;

import io.finterm.domain.Plural;
import io.finterm.report.AmountFormat;
import io.finterm.report.Table;
import io.finterm.service.ImportPreview.Preview;
import io.finterm.service.ImportPreview.Row;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Draws the Import screen's second step: what was detected, the totals, the rows as they would be
 * stored (each with where its category came from, and whether it is a likely duplicate, skipped or
 * kept, in words), the bad rows by line, and the selected row in full on the last line.
 */
final class PreviewView {
    /** How many bad rows are listed at most above the table; the rest are counted. */
    private static final int ERROR_LINES = 4;

    private int visible = 10;
    private int top;

    /** How many rows the table showed last, for PgUp and PgDn. */
    int visible() {
        return visible;
    }

    /**
     * @param repeats the rows seen as likely duplicates, by line, with what each repeats: a kept one is
     *                previewed as booked, and still shows what it repeats
     * @param kept    the lines the person chose to book although they look like duplicates
     */
    void draw(Painter p, int top, Preview preview, int selected, Map<Long, String> repeats, Set<Long> kept) {
        boolean ascii = p.ascii();
        int row = top;
        row += p.wrapped(1, row, "Detected: " + String.join(" · ", preview.detected()), Style.MUTED, p.height() >= 26 ? 4 : 3);
        row += p.wrapped(1, row, totals(preview, ascii, kept.size()), Style.BOLD, 2);
        if (preview.problem() != null) {
            row += p.wrapped(1, row, "✗ " + preview.problem(), Style.ERROR, 2);
        }
        if (preview.errorCount() > 0) {
            row += p.wrapped(1, row, "✗ " + Plural.of(preview.errorCount(), "bad row") + ": nothing is imported until "
                    + (preview.errorCount() == 1 ? "it reads" : "they read") + " well (o changes the layout)", Style.ERROR, 1);
            int listed = Math.min(ERROR_LINES, preview.errors().size());
            for (int i = 0; i < listed; i++) {
                row += p.wrapped(3, row, preview.errors().get(i), Style.ERROR, 1);
            }
            if (preview.errorCount() > listed) {
                p.text(3, row++, "… and " + (preview.errorCount() - listed) + " more", Style.ERROR);
            }
        }
        int height = p.height() - 2 - row;
        if (preview.rows().isEmpty()) {
            p.text(1, row + 1, preview.errorCount() > 0 ? "No row reads well yet." : "The file has no rows to import.", Style.MUTED);
            visible = 1;
            return;
        }
        Table table = table(preview, ascii, repeats, kept);
        top = Math.min(top, selected);
        Grid.Drawn drawn = Grid.draw(p, row, height, table, selected, top);
        top = drawn.top();
        visible = Math.max(1, drawn.visible());
        String more = preview.total() > preview.rows().size() ? "  (the first " + preview.rows().size() + " of "
                + preview.total() + " rows are listed; all are counted)" : "";
        p.wrapped(1, p.height() - 2, detail(preview.rows().get(selected), repeats, kept) + more, Style.MUTED, 2);
    }

    /** "5 rows · in +2,650.00 EUR · out −307.18 EUR · 1 duplicate skipped · 2 by rule · 1 from history · 2 uncategorized". */
    private static String totals(Preview preview, boolean ascii, int kept) {
        AmountFormat amounts = AmountFormat.display(ascii);
        String in = preview.in().isEmpty() ? "0" : preview.in().stream().map(m -> amounts.signed(m, true)).collect(Collectors.joining(", "));
        String out = preview.out().isEmpty() ? "0" : preview.out().stream().map(m -> amounts.signed(m, false))
                .collect(Collectors.joining(", "));
        long byRule = preview.byRule();
        long fromHistory = preview.fromHistory();
        long uncategorized = preview.uncategorized();
        long duplicates = preview.duplicates();
        if (!preview.importable() && preview.rows().size() == preview.total()) {
            // a refused file's run counts nothing; every row is listed, so the counts come from the rows
            byRule = preview.rows().stream().filter(r -> !r.duplicate() && r.source().startsWith("rule")).count();
            fromHistory = preview.rows().stream().filter(r -> !r.duplicate() && r.source().equals("history")).count();
            uncategorized = preview.rows().stream().filter(r -> !r.duplicate() && r.source().isEmpty()).count();
            duplicates = preview.rows().stream().filter(Row::duplicate).count();
        }
        return Plural.of(preview.total(), "row") + " · in " + in + " · out " + out + " · " + Plural.of(duplicates, "duplicate")
                + " skipped" + (kept > 0 ? ", " + kept + " kept" : "") + " · " + byRule + " by rule · " + fromHistory
                + " from history · " + uncategorized + " uncategorized";
    }

    private static Table table(Preview preview, boolean ascii, Map<Long, String> repeats, Set<Long> kept) {
        AmountFormat amounts = AmountFormat.display(ascii);
        List<List<String>> cells = new ArrayList<>();
        for (Row r : preview.rows()) {
            cells.add(List.of(Long.toString(r.line()), r.date().toString(), amounts.signed(r.amount(), r.kind().isInflow()), text(r),
                    r.category(), r.source(), duplicate(r, repeats, kept)));
        }
        // the date as a number column, which a narrow screen never cuts; the texts give way, and the last line shows them whole
        return new Table(List.of(Table.Column.number("line"), Table.Column.number("date"), Table.Column.number("amount"),
                Table.Column.text("payee/desc"), Table.Column.text("category"), Table.Column.text("from"),
                Table.Column.text("dup")), cells);
    }

    private static String text(Row r) {
        if (r.payee().isEmpty() || r.description().isEmpty()) {
            return r.payee().isEmpty() ? r.description() : r.payee();
        }
        return r.payee() + " / " + r.description();
    }

    /** "skip" for a likely duplicate that is skipped, "keep" for one the person keeps, blank otherwise. */
    private static String duplicate(Row r, Map<Long, String> repeats, Set<Long> kept) {
        return r.duplicate() ? "skip" : kept.contains(r.line()) && repeats.containsKey(r.line()) ? "keep" : "";
    }

    /** The selected row in full: whether it is skipped or kept, its texts, and why its category. */
    static String detail(Row r, Map<Long, String> repeats, Set<Long> kept) {
        StringBuilder sb = new StringBuilder("line " + r.line() + ": ");
        if (r.duplicate()) {
            sb.append("skipped, Space keeps it: it repeats ").append(r.duplicateOf()).append(". ");
        } else if (kept.contains(r.line()) && repeats.containsKey(r.line())) {
            sb.append("kept, Space skips it: it repeats ").append(repeats.get(r.line())).append(". ");
        }
        sb.append(text(r)).append(" → ").append(r.category());
        if (!r.why().isEmpty()) {
            sb.append(" (").append(r.why()).append(')');
        }
        return sb.toString();
    }
}
