package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import io.finterm.domain.FintermException;
import java.util.List;

/** The store could not be opened: say why in one sentence, and exit with code 1 on any key. */
final class ErrorPage extends Page {
    private final String message;

    ErrorPage(Tui tui, Throwable error) {
        super(tui);
        this.message = error instanceof FintermException ? error.getMessage() : "could not open the store: " + error;
    }

    @Override
    String title() {
        return "Error";
    }

    @Override
    boolean framed() {
        return false;
    }

    @Override
    boolean key(KeyStroke key) {
        tui.exit(1);
        return true;
    }

    @Override
    void draw(Painter p) {
        p.centre(p.height() / 2 - 2, "finterm cannot start", Style.ERROR);
        p.centre(p.height() / 2, message, Style.NORMAL);
        p.centre(p.height() / 2 + 2, "any key exits", Style.MUTED);
    }

    @Override
    List<KeyHelp> keys() {
        return List.of(new KeyHelp("any key", "exit"));
    }

    @Override
    String hints() {
        return "any key exits";
    }
}
