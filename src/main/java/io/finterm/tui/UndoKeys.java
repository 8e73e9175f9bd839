package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.service.NothingToUndo;
import io.finterm.service.Session;
import io.finterm.service.UndoService;
import java.util.List;

/**
 * Undo and redo from every screen of the logged-in app: Ctrl-Z and Ctrl-Y, and the letters {@code z}
 * and {@code Z} (as Ctrl-Shift-Z redoes in many editors) where no screen uses them. One step at a
 * time, through {@link UndoService}, off the GUI thread; the status line says what was undone or
 * redone, or why nothing was, and the open screen reloads, as after any change to the store.
 *
 * <p>While a form takes typing (a text field has the caret), Ctrl-Z and Ctrl-Y do not touch the store:
 * a person who presses them there most likely means the text they type, and finterm's fields have no
 * text undo. The status line says to leave the form first, so the key is never ignored silently.
 */
final class UndoKeys {
    static final char UNDO_LETTER = 'z';
    static final char REDO_LETTER = 'Z';
    static final List<KeyHelp> HELP = List.of(
            new KeyHelp("Ctrl-Z, z", "undo your last change (kept across restarts: one more press, one step further back); not while typing in a form"),
            new KeyHelp("Ctrl-Y, Z", "redo the change undone last; a new change clears what could be redone"));
    /** The hint on the status line, where it fits. */
    static final String HINT = "z undo";

    private final Tui tui;

    UndoKeys(Tui tui) {
        this.tui = tui;
    }

    /** Takes Ctrl-Z or Ctrl-Y on a logged-in screen; returns false for any other key, which goes on as before. */
    boolean control(KeyStroke key, Page page) {
        Boolean undo = control(key);
        if (undo == null || tui.session() == null || page == null || !page.framed()) {
            return false;
        }
        if (page.typing()) {
            tui.say((undo ? "Ctrl-Z undoes" : "Ctrl-Y redoes") + " a change once you leave this form (Esc); nothing was "
                    + (undo ? "undone" : "redone"));
        } else {
            run(undo);
        }
        return true;
    }

    /**
     * Takes the plain letter {@code z} or {@code Z} that the screen left unused; returns false for any other.
     * In a form a letter is text, even one that the field refused (it is full): it never reaches the store.
     */
    boolean letter(char c, Page page) {
        if (tui.session() == null || page.typing() || (c != UNDO_LETTER && c != REDO_LETTER)) {
            return false;
        }
        run(c == UNDO_LETTER);
        return true;
    }

    /** {@code true} for Ctrl-Z, {@code false} for Ctrl-Y, {@code null} for any other key. */
    private static Boolean control(KeyStroke key) {
        if (key.getKeyType() != KeyType.Character || !key.isCtrlDown() || key.isAltDown()) {
            return null;
        }
        char c = Character.toLowerCase(key.getCharacter());
        return c == 'z' ? Boolean.TRUE : c == 'y' ? Boolean.FALSE : null;
    }

    private void run(boolean undo) {
        Session session = tui.session();
        tui.background(undo ? "undoing" : "redoing", () -> {
            UndoService service = tui.services().undo();
            return undo ? service.undo(session, 1) : service.redo(session, 1);
        }, done -> {
            tui.navigation().refreshIfChanged(); // now, not at the next tick: the row comes back with the message
            tui.say((undo ? "Undid: " : "Redid: ") + done.get(0).label());
        }, refused -> {
            if (refused instanceof NothingToUndo) {
                tui.say(undo ? "Nothing to undo" : "Nothing to redo");
            } else {
                tui.fail(refused); // a conflict: what is in the way, and that nothing changed
            }
        });
    }
}
