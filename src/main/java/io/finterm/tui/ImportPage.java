package io.finterm.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.service.AccountLine;
import java.nio.file.Path;
import java.util.List;

/**
 * Importing a bank statement in three steps: choose the file ({@link FileChooser}; over SSH, how to
 * send one instead), check the preview, and import, ending with a summary.
 */
final class ImportPage extends Page {
    private final FileChooser chooser;
    private final AccountChoice accounts;
    private String defaultAccount = "";
    private Path chosen;

    ImportPage(Tui tui) {
        this(tui, PathCompletion.here());
    }

    ImportPage(Tui tui, PathCompletion completion) {
        super(tui);
        this.chooser = new FileChooser(tui.ctx(), completion);
        this.accounts = new AccountChoice(tui);
    }

    @Override
    String title() {
        return "Import";
    }

    @Override
    void shown() {
        accounts.load();
        defaultAccount = tui.services().accountBook().list(tui.session()).stream().filter(AccountLine::isDefault)
                .map(l -> l.account().name()).findFirst().orElse("");
    }

    /** The account the rows go into: the one chosen, or the default. */
    String account() {
        return accounts.chosen() == null ? defaultAccount : accounts.chosen().name();
    }

    @Override
    boolean key(KeyStroke key) {
        if (chooser.remote()) {
            return false;
        }
        KeyType type = key.getKeyType();
        if (type == KeyType.Escape || type == KeyType.F1 || key.isCtrlDown() && type == KeyType.Character) {
            return false;
        }
        Path file = chooser.key(key);
        if (file != null) {
            chosen = file;
        }
        return true;
    }

    @Override
    boolean typing() {
        return !chooser.remote();
    }

    @Override
    TerminalPosition cursor() {
        return chooser.cursor();
    }

    @Override
    void draw(Painter p) {
        p.text(1, 0, "Import", Style.TITLE);
        p.text(9, 0, "into " + account() + (accounts.chosen() == null ? " (your default account)" : ""), Style.MUTED);
        chooser.draw(p, 2, account());
        if (chosen != null) {
            p.text(1, p.height() - 1, "chosen: " + chosen, Style.MUTED);
        }
    }

    @Override
    List<KeyHelp> keys() {
        if (chooser.remote()) {
            return List.of(new KeyHelp("(over SSH)", "this screen says how to send a statement from your own machine: "
                    + "it never lists or reads the server's files"));
        }
        return List.of(new KeyHelp("typing", "the path of the statement: ~ is your home, a relative path starts where finterm was started"),
                new KeyHelp("Tab", "complete the path; where several names fit, they are listed"),
                new KeyHelp("Enter", "read the file and show the preview"), new KeyHelp("Esc", "back to the Dashboard"));
    }

    @Override
    String hints() {
        return chooser.remote() ? "Esc back" : "Tab complete  Enter preview  Esc back";
    }
}
