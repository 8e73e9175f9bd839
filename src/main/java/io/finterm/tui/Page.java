package io.finterm.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;

/**
 * One screen: it owns its state, draws itself and handles its keys, and talks only to the services.
 * A framed page sits between the tab bar and the status line; an unframed one (login, farewell) has
 * the whole terminal.
 */
abstract class Page {
    protected final Tui tui;

    Page(Tui tui) {
        this.tui = tui;
    }

    /** The page's name in the tab bar and the help overlay. */
    abstract String title();

    abstract void draw(Painter p);

    /** Handles {@code key}; returns false to let the app's global keys have it. */
    boolean key(KeyStroke key) {
        return false;
    }

    /** Every key of this page and what it does, for the help overlay. */
    abstract List<KeyHelp> keys();

    /** The main keys, for the status line. */
    abstract String hints();

    /** Where the caret is, relative to the page's painter, or {@code null} for none. */
    TerminalPosition cursor() {
        return null;
    }

    /** Called when the page comes to the top: a chance to reload what may have changed. */
    void shown() {
    }

    boolean framed() {
        return true;
    }

    /**
     * Shows an error where it belongs, such as a refused value next to its field; returns false to
     * leave it to the status line.
     */
    boolean refused(Throwable error) {
        return false;
    }

    /** Whether the page is typing text, so that letters are not global keys. */
    boolean typing() {
        return false;
    }
}
