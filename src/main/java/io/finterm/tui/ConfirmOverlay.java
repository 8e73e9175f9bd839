package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.List;

/** A yes-or-no question: {@code y} does it, {@code n} or Esc does not. */
final class ConfirmOverlay implements Overlay {
    private final Tui tui;
    private final String title;
    private final List<String> lines;
    private final Runnable yes;

    ConfirmOverlay(Tui tui, String title, List<String> lines, Runnable yes) {
        this.tui = tui;
        this.title = title;
        this.lines = List.copyOf(lines);
        this.yes = yes;
    }

    @Override
    public void draw(Painter p) {
        Painter box = p.area(0, Math.max(0, p.height() / 2 - 5), p.width(), lines.size() + 5);
        Painter in = box.clear().frame(title).inner();
        for (int i = 0; i < lines.size(); i++) {
            in.text(2, 1 + i, lines.get(i));
        }
        in.text(2, lines.size() + 2, "y yes   n no", Style.KEY);
    }

    @Override
    public void key(KeyStroke key) {
        if (key.getKeyType() == KeyType.Character && Character.toLowerCase(key.getCharacter()) == 'y') {
            tui.close(this);
            yes.run();
        } else if (key.getKeyType() == KeyType.Escape
                || (key.getKeyType() == KeyType.Character && Character.toLowerCase(key.getCharacter()) == 'n')) {
            tui.close(this);
        }
    }
}
