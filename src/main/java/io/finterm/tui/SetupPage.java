package io.finterm.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.ValidationException;
import io.finterm.service.PasswordPolicy;
import java.util.Arrays;
import java.util.List;

/** The first run: the store has no users, so create the administrator, then log in. */
final class SetupPage extends Page {
    private final Form form = new Form(List.of(Field.text("username", "Username", 64), Field.secret("password", "Password"),
            Field.secret("repeat", "Repeat")));
    private String error;

    SetupPage(Tui tui) {
        super(tui);
    }

    @Override
    String title() {
        return "First run";
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
        if (type == KeyType.Escape) {
            tui.exit(0);
        } else if (type == KeyType.Enter) {
            if (form.onLast()) {
                submit();
            } else {
                form.focus(form.focusIndex() + 1);
            }
        } else {
            form.handle(key);
        }
        return true;
    }

    private void submit() {
        form.clearErrors();
        error = null;
        String username = form.field("username").text();
        char[] password = form.field("password").takeSecret();
        char[] repeat = form.field("repeat").takeSecret();
        if (!Arrays.equals(password, repeat)) {
            Arrays.fill(password, '\0');
            Arrays.fill(repeat, '\0');
            form.error("repeat", "the two passwords differ", "password");
            form.focus("password");
            return;
        }
        Arrays.fill(repeat, '\0');
        tui.background("creating the administrator", () -> {
            tui.services().accounts().createFirstAdmin(username, password, "terminal");
            return username;
        }, name -> tui.show(new LoginPage(tui, "Administrator " + name + " created: log in.")));
    }

    @Override
    boolean refused(Throwable e) {
        if (e instanceof ValidationException v && form.show(v)) {
            return true;
        }
        error = e.getMessage();
        return true;
    }

    @Override
    void draw(Painter p) {
        int col = Math.max(2, (p.width() - 76) / 2);
        int row = Math.max(1, p.height() / 2 - 8);
        p.centre(row, "Welcome to finterm", Style.TITLE);
        p.centre(row + 1, "There are no accounts yet. Create the administrator.", Style.NORMAL);
        p.text(col, row + 3, "Passwords: " + PasswordPolicy.RULES + ".", Style.MUTED);
        form.draw(p, col, row + 5, 10, 30);
        if (error != null) {
            p.wrapped(col, row + 11, "✗ " + error, Style.ERROR, 2);
        }
        p.text(col, row + 13, "Enter next field, then create   Tab next field   Esc quit", Style.MUTED);
        p.text(1, p.height() - 1, tui.ctx().storeLine(), Style.MUTED);
    }

    @Override
    TerminalPosition cursor() {
        return form.caret();
    }

    @Override
    List<KeyHelp> keys() {
        return List.of(new KeyHelp("Tab, ↑ ↓", "next or previous field"), new KeyHelp("Enter", "next field, then create"),
                new KeyHelp("Esc", "quit"));
    }

    @Override
    String hints() {
        return "Enter create  Esc quit";
    }
}
