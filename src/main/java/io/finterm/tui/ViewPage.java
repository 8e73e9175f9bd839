package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.analysis.Period;
import java.util.List;

/**
 * A page over the session's {@link View}: {@code [} {@code ]} (or Shift-← →) move the period,
 * {@code {} {@code }} (or Shift-↑ ↓) change its length, {@code t} goes back to today, {@code s}
 * switches the scale, {@code /} sets the filter and {@code x} exports what is shown.
 */
abstract class ViewPage extends Page {
    ViewPage(Tui tui) {
        super(tui);
    }

    /** Loads what the page shows for the current view, off the GUI thread. */
    abstract void reload();

    /** Exports what the page shows. */
    abstract void export();

    @Override
    void shown() {
        reload();
    }

    @Override
    boolean key(KeyStroke key) {
        View view = tui.view();
        KeyType type = key.getKeyType();
        char c = type == KeyType.Character && !key.isCtrlDown() && !key.isAltDown() ? key.getCharacter() : 0;
        if (c == '[' || (type == KeyType.ArrowLeft && key.isShiftDown())) {
            view.shift(-1);
        } else if (c == ']' || (type == KeyType.ArrowRight && key.isShiftDown())) {
            view.shift(1);
        } else if (c == '{' || (type == KeyType.ArrowDown && key.isShiftDown())) {
            view.resize(-1, tui.today(), this::all);
        } else if (c == '}' || (type == KeyType.ArrowUp && key.isShiftDown())) {
            view.resize(1, tui.today(), this::all);
        } else if (c == 't') {
            view.today(tui.today(), this::all);
        } else if (c == 's') {
            view.toggleScale();
            tui.repaint();
            return true;
        } else if (c == '/') {
            filter();
            return true;
        } else if (c == 'x') {
            export();
            return true;
        } else {
            return false;
        }
        reload();
        return true;
    }

    private Period all() {
        return tui.services().analysis().span(tui.session());
    }

    private void filter() {
        Field field = Field.text("filter", "Filter", 200).set(tui.view().filter.text());
        tui.open(new PromptOverlay(tui, "Filter", "e.g. cat:Groceries amt:>50 desc:coffee   (empty: everything)", List.of(field), form -> {
            tui.view().filter = tui.services().transactions().filter(tui.session(), form.field("filter").text(), tui.today());
            reload();
        }));
    }

    static List<KeyHelp> viewKeys() {
        return List.of(new KeyHelp("[  ]", "previous or next period (also Shift-← →)"),
                new KeyHelp("{  }", "shorter or longer period: week, month, quarter, year, all (also Shift-↓ ↑)"),
                new KeyHelp("t", "back to today"), new KeyHelp("s", "linear or log scale"),
                new KeyHelp("/", "filter every panel (the query language of `list`)"),
                new KeyHelp("x", "export this view: text, CSV, JSON or Markdown"));
    }

    /** The period line at the top of the page. */
    void periodLine(Painter p, int row) {
        View view = tui.view();
        // "all" does not move, so it has no arrows to promise that it does
        String name = view.period.length() == Period.Length.ALL ? view.periodName()
                : (p.ascii() ? "<" : "◀") + " " + view.periodName() + " " + (p.ascii() ? ">" : "▶");
        p.text(1, row, name, Style.TITLE);
        p.text(1 + name.length() + 2, row, "  " + view.describe(), Style.MUTED);
    }
}
