package io.finterm.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.service.LoginFailed;
import io.finterm.service.Session;
import java.util.List;

/**
 * The username and a masked password. A failed login says only "wrong username or password" (or
 * until when the account is locked), inline. Esc quits, as does {@code q} before anything is typed.
 */
final class LoginPage extends Page {
    private final Form form = new Form(List.of(Field.text("username", "Username", 64), Field.secret("password", "Password")));
    private String error;
    private String notice;

    LoginPage(Tui tui) {
        this(tui, null);
    }

    LoginPage(Tui tui, String notice) {
        super(tui);
        this.notice = notice;
    }

    @Override
    String title() {
        return "Log in";
    }

    @Override
    boolean framed() {
        return false;
    }

    @Override
    boolean typing() {
        return true;
    }

    @Override
    boolean key(KeyStroke key) {
        KeyType type = key.getKeyType();
        if (type == KeyType.Escape
                || (type == KeyType.Character && key.getCharacter() == 'q' && form.focusIndex() == 0 && form.field("username").isEmpty())) {
            tui.exit(0);
            return true;
        }
        if (type == KeyType.Enter) {
            if (form.focusIndex() == 0) {
                form.focus(1);
            } else {
                submit();
            }
            return true;
        }
        if (type == KeyType.F1 || (type == KeyType.Character && key.getCharacter() == '?' && form.focused().isEmpty())) {
            return false;
        }
        form.handle(key);
        return true;
    }

    private void submit() {
        String username = form.field("username").text();
        char[] password = form.field("password").takeSecret();
        error = null;
        notice = null;
        tui.background("checking", () -> tui.services().accounts().login(username, password, "terminal"), this::loggedIn);
    }

    private void loggedIn(Session session) {
        tui.loggedIn(session);
    }

    /** A refused login shows here rather than in a status line, and the password is asked again. */
    @Override
    boolean refused(Throwable e) {
        if (e instanceof LoginFailed) {
            error = e.getMessage();
            form.focus(1);
            return true;
        }
        return false;
    }

    @Override
    void draw(Painter p) {
        int col = Math.max(2, (p.width() - 50) / 2);
        int row = Math.max(1, p.height() / 2 - 7);
        p.centre(row, "finterm", Style.TITLE);
        p.centre(row + 1, "your money, in your terminal", Style.MUTED);
        form.draw(p, col, row + 4, 10, 30);
        if (error != null) {
            p.wrapped(col + 10, row + 8, "✗ " + error, Style.ERROR, 2);
        } else if (notice != null) {
            p.text(col + 10, row + 8, notice, Style.GOOD);
        } else if (tui.busy() != null) {
            p.text(col + 10, row + 8, tui.busy() + "…", Style.MUTED);
        }
        p.text(col, row + 10, "Enter log in   Tab next field   Esc quit", Style.MUTED);
        if (tui.ctx().loginHint() != null) {
            p.wrapped(col, row + 12, tui.ctx().loginHint(), Style.WARN, 2);
        }
        p.text(1, p.height() - 1, tui.ctx().storeLine(), Style.MUTED);
    }

    @Override
    TerminalPosition cursor() {
        return form.caret();
    }

    @Override
    List<KeyHelp> keys() {
        return List.of(new KeyHelp("Tab, ↑ ↓", "next or previous field"), new KeyHelp("Enter", "next field, then log in"),
                new KeyHelp("Esc", "quit"));
    }

    @Override
    String hints() {
        return "Enter log in  Esc quit";
    }
}
