package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.analysis.BudgetVariance;
import io.finterm.analysis.Period;
import io.finterm.chart.ChartOptions;
import io.finterm.chart.Progress;
import io.finterm.chart.ProgressChart;
import io.finterm.domain.Money;
import io.finterm.domain.Plural;
import io.finterm.report.ReportTables;
import io.finterm.report.Table;
import io.finterm.service.BudgetMonth;
import io.finterm.service.Filter;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * A month of budgets: each expense category with its budget, what was spent, what remains and a
 * progress bar. Enter sets or changes the budget, {@code d} removes it, {@code c} copies the month's
 * budgets to the next month, and {@code v} switches to the variance table of the year so far.
 */
final class BudgetsPage extends Page {
    private YearMonth month;
    private List<BudgetMonth.Line> rows = List.of();
    private Currency currency;
    private int selected;
    private boolean variance;
    private BudgetVariance yearToDate;
    private final Scroll scroll = new Scroll();
    /** Rows the month's table showed last, for PgUp and PgDn. */
    private int visible = 10;

    BudgetsPage(Tui tui) {
        super(tui);
        month = YearMonth.from(tui.today());
    }

    @Override
    String title() {
        return "Budgets";
    }

    @Override
    void shown() {
        var session = tui.session();
        BudgetMonth lines = tui.services().budgets().month(session, month);
        currency = lines.currency();
        rows = lines.lines();
        selected = Math.max(0, Math.min(selected, rows.size() - 1));
        if (variance) {
            yearToDate = tui.services().analysis().budgets(session, Period.between(month.withMonth(1).atDay(1), month.atEndOfMonth()), Filter.ALL);
        }
    }

    @Override
    boolean key(KeyStroke key) {
        KeyType type = key.getKeyType();
        char c = type == KeyType.Character && !key.isCtrlDown() && !key.isAltDown() ? key.getCharacter() : 0;
        if (variance && scroll.key(key)) {
            return true;
        }
        if (type == KeyType.ArrowDown || c == 'j') {
            selected = Math.min(rows.size() - 1, selected + 1);
        } else if (type == KeyType.ArrowUp || c == 'k') {
            selected = Math.max(0, selected - 1);
        } else if (type == KeyType.PageDown || type == KeyType.End) {
            selected = Math.min(rows.size() - 1, type == KeyType.End ? rows.size() : selected + visible);
        } else if (type == KeyType.PageUp || type == KeyType.Home) {
            selected = Math.max(0, type == KeyType.Home ? 0 : selected - visible);
        } else if (c == '[' || (type == KeyType.ArrowLeft && key.isShiftDown())) {
            month = month.minusMonths(1);
            shown();
        } else if (c == ']' || (type == KeyType.ArrowRight && key.isShiftDown())) {
            month = month.plusMonths(1);
            shown();
        } else if (c == 't') {
            month = YearMonth.from(tui.today());
            shown();
        } else if (type == KeyType.Enter || c == 'e') {
            edit();
        } else if (c == 'd') {
            remove();
        } else if (c == 'c') {
            copy();
        } else if (c == 'v') {
            variance = !variance;
            scroll.reset();
            shown();
        } else {
            return false;
        }
        return true;
    }

    private void edit() {
        if (rows.isEmpty()) {
            return;
        }
        BudgetMonth.Line row = rows.get(selected);
        Field amount = Field.text("amount", "Budget", 20).set(row.budget() == null ? "" : row.budget().toDecimalString());
        tui.open(new PromptOverlay(tui, "Budget for " + row.category() + ", " + month, "the amount for the month, in " + currency.getCurrencyCode(),
                List.of(amount), form -> {
                    Money m = Money.parse(form.field("amount").text(), currency);
                    tui.services().budgets().set(tui.session(), row.category(), month, m);
                    shown();
                    tui.say("budget for " + row.category() + " set to " + m.display(tui.ascii()));
                }));
    }

    private void remove() {
        if (rows.isEmpty() || rows.get(selected).budget() == null) {
            return;
        }
        BudgetMonth.Line row = rows.get(selected);
        tui.open(new ConfirmOverlay(tui, "Remove", List.of("Remove the " + month + " budget for " + row.category() + "?"), () -> {
            tui.services().budgets().remove(tui.session(), row.category(), month);
            shown();
            tui.say("budget removed");
        }));
    }

    private void copy() {
        YearMonth next = month.plusMonths(1);
        int created = tui.services().budgets().copyForward(tui.session(), month, next);
        tui.say("copied " + Plural.of(created, "budget") + " to " + next + " (budgets already set there stay)");
    }

    @Override
    void draw(Painter p) {
        String name = month.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + month.getYear();
        p.text(1, 0, (p.ascii() ? "< " : "◀ ") + name + (p.ascii() ? " >" : " ▶"), Style.TITLE);
        p.text(name.length() + 7, 0, variance ? "variance, January to " + month : "budget, spent and remaining", Style.MUTED);
        if (variance) {
            drawVariance(p);
            return;
        }
        boolean ascii = p.ascii();
        List<String[]> cells = new ArrayList<>();
        int[] widths = {"budget".length(), "spent".length(), "remaining".length()};
        for (BudgetMonth.Line r : rows) {
            String[] c = {r.budget() == null ? "–" : r.budget().display(ascii), r.spent().display(ascii),
                r.remaining() == null ? "–" : r.remaining().display(ascii)};
            for (int i = 0; i < 3; i++) {
                widths[i] = Math.max(widths[i], c[i].length());
            }
            cells.add(c);
        }
        // The money columns are as wide as their widest amount, so that a large one never runs into the next.
        int nameWidth = Math.max(10, Math.min(17, p.width() - 4 - widths[0] - widths[1] - widths[2] - 6 - 22));
        p.text(1, 2, Formats.pad("category", nameWidth) + "  " + Formats.padLeft("budget", widths[0]) + "  " + Formats.padLeft("spent", widths[1])
                + "  " + Formats.padLeft("remaining", widths[2]), Style.BOLD);
        int barCol = 1 + nameWidth + widths[0] + widths[1] + widths[2] + 6 + 2;
        List<Progress> bars = new ArrayList<>();
        for (BudgetMonth.Line r : rows) {
            String text = r.budget() == null ? "no budget" : String.format(Locale.ROOT, "%.0f %%", 100 * r.used()) + (r.over() ? " over" : "");
            bars.add(new Progress("", r.used(), text));
        }
        visible = Math.max(1, p.height() - 4);
        int top = Math.max(0, selected - visible + 1);
        var chart = ProgressChart.render(bars, Math.max(10, p.width() - barCol - 1), rows.size(), new ChartOptions(ChartOptions.Scale.LINEAR, ascii, true));
        for (int i = 0; i < visible && top + i < rows.size(); i++) {
            BudgetMonth.Line r = rows.get(top + i);
            String[] c = cells.get(top + i);
            boolean over = r.over();
            String line = Formats.pad(r.category(), nameWidth) + "  " + Formats.padLeft(c[0], widths[0]) + "  " + Formats.padLeft(c[1], widths[1])
                    + "  " + Formats.padLeft(c[2], widths[2]);
            Style style = top + i == selected ? Style.REVERSE : over ? Style.BAD : Style.NORMAL;
            p.text(1, 3 + i, line, style);
            if (top + i < chart.size()) {
                p.text(barCol, 3 + i, chart.get(top + i).strip(), style == Style.REVERSE ? Style.NORMAL : style);
            }
        }
        if (rows.size() > visible) {
            p.right(2, Grid.position(top, Math.min(visible, rows.size() - top), rows.size()) + " ", Style.MUTED);
        }
    }

    private void drawVariance(Painter p) {
        if (yearToDate == null) {
            return;
        }
        Table table = ReportTables.budget(yearToDate);
        scroll.draw(p, 2, p.height() - 2, table);
        if (table.rows().isEmpty()) {
            p.text(1, 2, "No budgets this year yet: press v, then Enter on a category to set one.", Style.MUTED);
        }
    }

    @Override
    List<KeyHelp> keys() {
        return List.of(new KeyHelp("↑ ↓  j k", "move"), new KeyHelp("[  ]", "previous or next month"), new KeyHelp("t", "this month"),
                new KeyHelp("Enter, e", "set or change the budget"), new KeyHelp("d", "remove the budget"),
                new KeyHelp("c", "copy this month's budgets to the next month"), new KeyHelp("v", "variance table of the year so far"));
    }

    @Override
    String hints() {
        return "Enter set  d remove  c copy forward  v variance  [ ] month";
    }
}
