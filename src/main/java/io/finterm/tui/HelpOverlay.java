package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.ArrayList;
import java.util.List;

/**
 * Every key of the current page, and the keys every page shares, with every screen's number; above
 * them, in full, every text that the screen had to shorten. Descriptions wrap rather
 * than run off the box; ↑ ↓ PgUp PgDn scroll a help longer than the box, and any other key closes it.
 */
final class HelpOverlay implements Overlay {
    private static final int KEY_COLUMN = 17;

    private final Tui tui;
    private final Page page;
    private final List<String> shortened;
    private int top;
    private int lastTop;

    HelpOverlay(Tui tui, Page page, List<String> shortened) {
        this.tui = tui;
        this.page = page;
        this.shortened = List.copyOf(shortened);
    }

    /** The screens and their keys: "1 Dashboard · 2 Transactions · …". */
    static String screens(List<Navigation.Tab> tabs) {
        StringBuilder sb = new StringBuilder();
        for (Navigation.Tab tab : tabs) {
            sb.append(sb.length() == 0 ? "" : " · ").append(tab.key()).append(' ').append(tab.title());
        }
        return sb.toString();
    }

    @Override
    public void draw(Painter p) {
        Painter in = p.clear().frame("Keys: " + page.title()).inner();
        List<KeyHelp> keys = new ArrayList<>(page.keys());
        if (page.framed()) {
            List<Navigation.Tab> tabs = tui.tabs();
            keys.add(new KeyHelp(tabs.get(0).key() + " … " + tabs.get(tabs.size() - 1).key(), screens(tabs)));
            keys.add(new KeyHelp("? or F1", "this help"));
            keys.add(new KeyHelp("q, Esc", "back: to the screen before, or to the Dashboard; on the Dashboard q asks to log out"));
            keys.add(new KeyHelp("L", "log out"));
            if (tui.session() != null) {
                keys.addAll(UndoKeys.HELP);
            }
        }
        List<String[]> lines = new ArrayList<>();
        for (String text : shortened) {
            for (String line : Formats.wrap(text, in.width() - 4)) {
                lines.add(new String[] {null, line});
            }
            lines.add(new String[] {"", ""});
        }
        int whatWidth = Math.max(10, in.width() - KEY_COLUMN - 2);
        for (KeyHelp k : keys) {
            List<String> what = Formats.wrap(k.what(), whatWidth);
            for (int i = 0; i < what.size(); i++) {
                lines.add(new String[] {i == 0 ? k.key() : "", what.get(i)});
            }
        }
        int room = Math.max(1, in.height() - 3);
        lastTop = Math.max(0, lines.size() - room);
        top = Math.min(top, lastTop);
        for (int i = 0; i < room && top + i < lines.size(); i++) {
            String[] line = lines.get(top + i);
            if (line[0] == null) {
                in.text(2, 1 + i, line[1], Style.BOLD);
            } else {
                in.text(2, 1 + i, line[0], Style.KEY);
                in.text(2 + KEY_COLUMN, 1 + i, line[1]);
            }
        }
        String more = lastTop == 0 ? "" : "lines " + (top + 1) + "–" + Math.min(lines.size(), top + room) + " of " + lines.size()
                + ", ↑ ↓ scroll   ";
        in.text(2, in.height() - 1, more + "any other key closes this help", Style.MUTED);
    }

    @Override
    public void key(KeyStroke key) {
        KeyType type = key.getKeyType();
        if (lastTop > 0 && (type == KeyType.ArrowDown || type == KeyType.PageDown)) {
            top = Math.min(lastTop, top + (type == KeyType.PageDown ? 10 : 1));
            tui.repaint();
        } else if (lastTop > 0 && (type == KeyType.ArrowUp || type == KeyType.PageUp)) {
            top = Math.max(0, top - (type == KeyType.PageUp ? 10 : 1));
            tui.repaint();
        } else {
            tui.close(this);
        }
    }
}
