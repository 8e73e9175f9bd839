package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.analysis.BudgetVariance;
import io.finterm.analysis.Period;
import io.finterm.analysis.Rollover;
import io.finterm.domain.Money;
import io.finterm.domain.Overspending;
import io.finterm.domain.Plural;
import io.finterm.report.ReportTables;
import io.finterm.report.Table;
import io.finterm.service.BudgetMonth;
import io.finterm.service.BudgetService.Rolling;
import io.finterm.service.Filter;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * A month of budgets: each expense category with its budget, what was carried in from the month
 * before when it rolls over, what was spent, what remains and a progress bar (see {@link
 * BudgetMonthTable}). Enter sets or changes the budget, {@code d} removes it, {@code r} sets whether it
 * rolls over from this month on, {@code c} copies the month's budgets to the next month, and {@code v}
 * switches to the variance table of the year so far.
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
        } else if (c == 'r') {
            rollover();
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

    /** Asks whether the selected category rolls over from this month on, and sets it with the month's budget. */
    private void rollover() {
        if (variance || rows.isEmpty()) {
            return;
        }
        BudgetMonth.Line row = rows.get(selected);
        Rollover.Setting now = row.rolling();
        String words = now == null ? "does not roll over"
                : !now.on() ? "stopped rolling over in " + now.from()
                : "rolls over since " + now.from() + ", overspending " + (now.overspending() == Overspending.CARRY ? "carried" : "absorbed");
        YearMonth from = month;
        tui.open(new RolloverChoice(tui, row.category(), from, row.category() + " " + words, now != null && now.on(),
                chosen -> setRolling(row.category(), from, chosen)));
    }

    /**
     * Only the setting is written ({@code BudgetService.roll}): a month without a budget needs none to
     * roll over (what it receives is what it has), so nothing asks for an amount.
     */
    private void setRolling(String category, YearMonth from, Rolling chosen) {
        tui.services().budgets().roll(tui.session(), category, from, chosen);
        shown();
        tui.say(rolled(category, from, chosen));
    }

    private static String rolled(String category, YearMonth from, Rolling chosen) {
        if (!chosen.on()) {
            return category + " stops rolling over from " + from + ": " + from + " keeps what came in and passes nothing on";
        }
        return category + " rolls over from " + from + ", overspending " + (chosen.overspending() == Overspending.CARRY ? "carried" : "absorbed");
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
        BudgetMonthTable table = new BudgetMonthTable(month, rows);
        p.text(name.length() + 7, 0, variance ? "variance, January to " + month : table.subtitle(p.ascii(), p.width()), Style.MUTED);
        if (variance) {
            drawVariance(p);
            return;
        }
        boolean noted = table.noted();
        // the note under the table takes two lines, so that it is never cut at 80 columns
        visible = Math.max(1, p.height() - 4 - (noted ? 2 : 0));
        int top = Math.max(0, selected - visible + 1);
        table.draw(p, 2, top, visible, selected);
        if (rows.size() > visible) {
            p.right(2, Grid.position(top, Math.min(visible, rows.size() - top), rows.size()) + " ", Style.MUTED);
        }
        if (noted) {
            p.text(1, p.height() - 2, BudgetMonthTable.LEGEND, Style.MUTED);
            if (!rows.isEmpty()) {
                p.text(1, p.height() - 1, table.note(rows.get(selected)), Style.MUTED);
            }
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
                new KeyHelp("r", "roll over from this month on: what is left goes to the next month (a absorb or c carry overspending, "
                        + "s stop, Esc cancel); ↻ marks one that rolls over"),
                new KeyHelp("c", "copy this month's budgets to the next month"), new KeyHelp("v", "variance table of the year so far"));
    }

    @Override
    String hints() {
        return "Enter set  r rollover  c copy  v variance  [ ] month";
    }
}
