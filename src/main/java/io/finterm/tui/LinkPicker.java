package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Transaction;
import java.util.List;
import java.util.function.Consumer;

/**
 * A short pick list of transactions that could stand for one occurrence ({@code l} on the Occurrences
 * page): date, payee (or description) and amount, closest first, so that nobody has to know an id.
 * ↑ ↓ (j k) choose, Enter links the chosen one, Esc leaves it.
 */
final class LinkPicker implements Overlay {
    private final Tui tui;
    private final String title;
    private final String question;
    private final List<Transaction> candidates;
    private final Consumer<Transaction> chosen;
    private int selected;
    private int top;

    LinkPicker(Tui tui, String title, String question, List<Transaction> candidates, Consumer<Transaction> chosen) {
        this.tui = tui;
        this.title = title;
        this.question = question;
        this.candidates = List.copyOf(candidates);
        this.chosen = chosen;
    }

    /** What a candidate is called on the list: its payee, else its description. */
    static String who(Transaction t) {
        return t.payee() == null || t.payee().isBlank() ? t.description() : t.payee();
    }

    @Override
    public void draw(Painter p) {
        int rows = Math.max(1, Math.min(candidates.size(), p.height() - 9));
        Painter box = p.area(0, Math.max(0, (p.height() - rows - 6) / 2), p.width(), rows + 6);
        Painter in = box.clear().frame(title).inner();
        int width = in.width() - 4;
        in.text(2, 0, Formats.shorten(question, width), Style.NORMAL);
        top = Math.max(Math.min(top, selected), selected - rows + 1);
        int amountWidth = 15;
        int whoWidth = Math.max(4, width - 10 - 2 - amountWidth - 2);
        for (int i = 0; i < rows && top + i < candidates.size(); i++) {
            Transaction t = candidates.get(top + i);
            String line = t.date() + "  " + Formats.pad(who(t), whoWidth) + "  " + Formats.padLeft(t.amount().display(tui.ascii()), amountWidth);
            in.text(2, 2 + i, Formats.pad(line, width), top + i == selected ? Style.REVERSE : Style.NORMAL);
        }
        String where = candidates.size() > rows ? "   " + Grid.position(top, rows, candidates.size()) : "";
        in.text(2, rows + 3, "Enter link   Esc cancel" + where, Style.KEY);
    }

    @Override
    public void key(KeyStroke key) {
        KeyType type = key.getKeyType();
        char c = type == KeyType.Character ? key.getCharacter() : 0;
        if (type == KeyType.Escape) {
            tui.close(this);
        } else if (type == KeyType.ArrowDown || c == 'j') {
            selected = Math.min(candidates.size() - 1, selected + 1);
        } else if (type == KeyType.ArrowUp || c == 'k') {
            selected = Math.max(0, selected - 1);
        } else if (type == KeyType.Enter) {
            tui.close(this);
            chosen.accept(candidates.get(selected));
        }
    }
}
