package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.util.ArrayList;
import java.util.List;

/** Every key of the current page, and the keys every page shares; any key closes it. */
final class HelpOverlay implements Overlay {
    private final Tui tui;
    private final Page page;

    HelpOverlay(Tui tui, Page page) {
        this.tui = tui;
        this.page = page;
    }

    @Override
    public void draw(Painter p) {
        Painter in = p.clear().frame("Keys: " + page.title()).inner();
        List<KeyHelp> keys = new ArrayList<>(page.keys());
        if (page.framed()) {
            keys.add(new KeyHelp("1 … 6", "Dashboard, Transactions, Budgets, Analysis, Account, Admin"));
            keys.add(new KeyHelp("? or F1", "this help"));
            keys.add(new KeyHelp("q, Esc", "back; from the top, log out"));
            keys.add(new KeyHelp("L", "log out"));
        }
        int row = 1;
        for (KeyHelp k : keys) {
            if (row >= in.height() - 2) {
                break;
            }
            in.text(2, row, k.key(), Style.KEY);
            in.text(19, row, k.what());
            row++;
        }
        in.text(2, in.height() - 1, "any key closes this help", Style.MUTED);
    }

    @Override
    public void key(KeyStroke key) {
        tui.close(this);
    }
}
