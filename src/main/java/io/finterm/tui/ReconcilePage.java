package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Money;
import io.finterm.domain.Plural;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxStatus;
import io.finterm.report.Table;
import io.finterm.service.Listed;
import io.finterm.service.Reconciliation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * One account against one bank statement (from the Accounts screen's {@code R}): its uncleared and
 * cleared, not yet reconciled, transactions up to the statement's date with a status mark (a letter,
 * {@code c} cleared), the cleared balance and the difference, updated as Space ticks rows off; {@code f}
 * finishes once the difference is 0, marking the cleared ones reconciled.
 */
final class ReconcilePage extends Page {
    private final String account;
    private final LocalDate date;
    private final String balance;
    private Reconciliation state;
    private List<Listed> rows = List.of();
    private int selected;
    private int lastVisible = 10;

    ReconcilePage(Tui tui, String account, LocalDate date, String balance) {
        super(tui);
        this.account = account;
        this.date = date;
        this.balance = balance;
    }

    @Override
    String title() {
        return "Reconcile";
    }

    @Override
    void shown() {
        show(tui.services().reconcile().show(tui.session(), account, date, balance));
    }

    private void show(Reconciliation now) {
        state = now;
        List<Listed> all = new ArrayList<>(state.uncleared());
        all.addAll(state.pending());
        all.sort(Comparator.comparing((Listed l) -> l.transaction().date()).thenComparingLong(l -> l.transaction().id()));
        rows = all;
        selected = Math.max(0, Math.min(selected, rows.size() - 1));
    }

    @Override
    boolean key(KeyStroke key) {
        KeyType type = key.getKeyType();
        char c = type == KeyType.Character && !key.isCtrlDown() && !key.isAltDown() ? key.getCharacter() : 0;
        switch (type) {
            case ArrowDown -> move(1);
            case ArrowUp -> move(-1);
            case PageDown -> move(lastVisible);
            case PageUp -> move(-lastVisible);
            case Home -> move(-selected);
            case End -> move(rows.size());
            default -> {
                if (c == 'j') {
                    move(1);
                } else if (c == 'k') {
                    move(-1);
                } else if (c == ' ') {
                    toggle();
                } else if (c == 'f') {
                    finish();
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    private void move(int by) {
        selected = Math.max(0, Math.min(rows.size() - 1, selected + by));
    }

    private void toggle() {
        if (rows.isEmpty()) {
            return;
        }
        Transaction t = rows.get(selected).transaction();
        boolean clear = !t.status().isCleared();
        try {
            tui.services().reconcile().mark(tui.session(), account, List.of(t.id()), clear);
        } catch (RuntimeException e) {
            shown(); // changed elsewhere meanwhile: show the account as it is now
            throw e;
        }
        // the one row moves and the cleared balance follows: no need to read the account's history again
        show(state.marked(t.id(), clear ? TxStatus.CLEARED : TxStatus.UNCLEARED));
        move(1); // on to the next line of the statement
        tui.say((clear ? "cleared " : "uncleared ") + describe(t) + "; the difference is " + state.difference().display(ascii()));
    }

    private void finish() {
        if (!state.balanced()) {
            tui.say("not yet: the difference is " + state.difference().display(ascii()) + ", not 0");
            return;
        }
        int n = tui.services().reconcile().finish(tui.session(), account, date, balance);
        tui.back();
        tui.say("reconciled " + account + " to " + date + ": " + Plural.of(n, "transaction") + (n == 1 ? " is" : " are")
                + " now reconciled");
    }

    private boolean ascii() {
        return tui.ascii();
    }

    private static String describe(Transaction t) {
        return t.date() + " " + (t.description().isEmpty() ? t.payee() : t.description()) + " " + t.amount().toDecimalString();
    }

    /** The amount signed by the way it moved money in the account, as the transactions table shows it. */
    private static String signed(Transaction t, boolean ascii) {
        Money m = t.kind().isInflow() ? t.amount() : new Money(-t.amount().minor(), t.amount().currency());
        return (m.minor() > 0 ? "+" : "") + m.display(ascii);
    }

    @Override
    void draw(Painter p) {
        boolean ascii = p.ascii();
        p.text(1, 0, "Reconcile " + account, Style.TITLE);
        p.text(12 + account.length(), 0, "statement of " + date + ", closing balance " + state.statement().display(ascii), Style.MUTED);
        String cleared = "Cleared balance  " + state.cleared().display(ascii);
        p.text(1, 1, cleared, Style.BOLD);
        p.text(1 + cleared.length() + 4, 1, "Difference  " + state.difference().display(ascii), state.balanced() ? Style.GOOD : Style.BAD);
        List<List<String>> cells = new ArrayList<>();
        for (Listed l : rows) {
            Transaction t = l.transaction();
            cells.add(List.of(t.status().mark(), t.date().toString(), t.payee(), t.description(), l.category(), signed(t, ascii)));
        }
        int height = p.height() - 3 - 2;
        lastVisible = Math.max(1, height - 1);
        if (rows.isEmpty()) {
            p.text(1, 3, "Nothing uncleared or cleared up to " + date + ".", Style.MUTED);
        } else {
            Table table = new Table(List.of(Table.Column.text("st"), Table.Column.text("date"), Table.Column.text("payee"),
                    Table.Column.text("description"), Table.Column.text("category"), Table.Column.number("amount")), cells);
            Grid.draw(p, 3, height, table, selected);
        }
        String footer = state.balanced()
                ? "The difference is 0: f finishes, marking " + Plural.of(state.pending().size(), "cleared transaction") + " reconciled."
                : "f finishes once the difference is 0 (st: c cleared, blank uncleared)";
        p.text(1, p.height() - 1, footer, state.balanced() ? Style.GOOD : Style.MUTED);
    }

    @Override
    List<KeyHelp> keys() {
        return List.of(new KeyHelp("↑ ↓  j k", "move"), new KeyHelp("PgUp PgDn", "a screen up or down"),
                new KeyHelp("Home End", "first or last"),
                new KeyHelp("Space", "mark the transaction cleared (c), or uncleared again: the cleared balance and the difference follow"),
                new KeyHelp("f", "finish: when the difference is 0, every cleared transaction up to the statement's date becomes "
                        + "reconciled (R)"),
                new KeyHelp("Esc, q", "back to the accounts; what is cleared stays cleared"));
    }

    @Override
    String hints() {
        return "Space cleared/uncleared  f finish  Esc back";
    }
}
