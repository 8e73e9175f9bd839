package io.finterm.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.ValidationException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The Import screen's first step: a path field with Tab completion over this machine's files
 * ({@link PathCompletion}), the names that fit listed below it, and Enter to take the file. Over SSH
 * there is no field at all: the server's files are not the person's, so the step says how to send a
 * file from their own machine instead, and never lists or reads anything on the server.
 */
final class FileChooser {
    private final TuiContext ctx;
    private final PathCompletion completion;
    private final Field path = Field.text("file", "File", 1024);
    private List<String> candidates = List.of();
    private TerminalPosition caret;

    FileChooser(TuiContext ctx, PathCompletion completion) {
        this.ctx = ctx;
        this.completion = completion;
    }

    boolean remote() {
        return !ctx.localFiles();
    }

    /** Handles a key of the path field; returns the file chosen with Enter, or {@code null}. */
    Path key(KeyStroke key) {
        if (remote()) {
            return null;
        }
        if (key.getKeyType() == KeyType.Tab) {
            PathCompletion.Completed done = completion.complete(path.text());
            path.set(done.text());
            candidates = done.candidates();
            path.error = done.problem();
            return null;
        }
        if (key.getKeyType() == KeyType.Enter) {
            return choose();
        }
        String before = path.text();
        path.handle(key);
        if (!path.text().equals(before)) {
            path.error = null;
            candidates = List.of();
        }
        return null;
    }

    /** The file the field names, if it is one; a folder lists its names instead. */
    private Path choose() {
        if (path.text().isBlank()) {
            path.error = "type a path (Tab completes)";
            return null;
        }
        Path file;
        try {
            file = completion.resolve(path.text());
        } catch (ValidationException e) {
            path.error = e.reason();
            return null;
        }
        if (Files.isDirectory(file)) {
            if (!path.text().endsWith("/")) {
                path.set(path.text() + "/");
            }
            PathCompletion.Completed inside = completion.complete(path.text());
            candidates = inside.candidates().isEmpty() && inside.problem() == null ? List.of(inside.text()) : inside.candidates();
            path.error = inside.problem() != null ? inside.problem() : "a folder: choose a file in it (Tab completes)";
            return null;
        }
        if (!Files.isRegularFile(file)) {
            path.error = "there is no file " + file;
            return null;
        }
        if (!Files.isReadable(file)) {
            path.error = "cannot read " + file + " (its permissions)";
            return null;
        }
        path.error = null;
        candidates = List.of();
        return file;
    }

    /** Says why the file chosen could not be read, beside the field. */
    void refuse(String reason) {
        path.error = reason;
    }

    void draw(Painter p, int row, String account) {
        if (remote()) {
            drawRemote(p, row, account);
            return;
        }
        int r = row + 1 + p.wrapped(1, row, "Step 1 of 3: choose a bank statement on this machine: CSV, OFX, QFX, QIF or camt.053.",
                Style.MUTED, 2);
        int width = Math.max(20, p.width() - 10);
        p.text(1, r, "File", Style.BOLD);
        int at = path.draw(p, 7, r, width - 1, true);
        caret = new TerminalPosition(at, r);
        int next = r + 1;
        if (path.error != null) {
            next += p.wrapped(7, next, "✗ " + path.error, Style.ERROR, 2);
        }
        next += p.wrapped(7, next, "Tab completes (folders end in /, ~ is your home); Enter reads the file and shows the preview.",
                Style.MUTED, 2);
        drawCandidates(p, next + 1);
    }

    /** The names that fit, in columns, as many as there is room for; the rest counted. */
    private void drawCandidates(Painter p, int row) {
        if (candidates.isEmpty()) {
            return;
        }
        int widest = candidates.stream().mapToInt(String::length).max().orElse(10);
        int columnWidth = Math.min(widest + 2, p.width() - 2);
        int columns = Math.max(1, (p.width() - 2) / columnWidth);
        int rows = Math.max(1, p.height() - row - 1);
        int room = rows * columns;
        boolean more = candidates.size() > room;
        int shown = more ? room - columns : candidates.size(); // the last line says how many more
        p.text(1, row - 1, candidates.size() + " names fit:", Style.MUTED);
        for (int i = 0; i < shown; i++) {
            String name = candidates.get(i);
            p.text(1 + (i % columns) * columnWidth, row + i / columns, Formats.fit(name, columnWidth - 1),
                    name.endsWith("/") ? Style.BOLD : Style.NORMAL);
        }
        if (more) {
            p.text(1, row + (shown + columns - 1) / columns, "… and " + (candidates.size() - shown) + " more: type more of the name",
                    Style.MUTED);
        }
    }

    private void drawRemote(Painter p, int row, String account) {
        caret = null;
        String command = (ctx.sshCommand() == null ? "ssh -p PORT USER@HOST" : ctx.sshCommand()) + " import - --account "
                + quoted(account) + " < statement.csv";
        int r = row;
        r += p.wrapped(1, r, "You are connected over SSH: this screen does not read or list the server's files, which are not yours.",
                Style.BOLD, 2);
        r += 1 + p.wrapped(1, r + 1, "To import a bank statement from your own machine, send it from there in a terminal:", Style.NORMAL, 2);
        p.text(3, r + 1, command, Style.KEY);
        r += 3;
        r += p.wrapped(1, r, "Add --profile NAME to read it with a saved layout, or --dry-run to check it first. The rows then show in "
                + "Transactions (2), where u lists those still uncategorized.", Style.MUTED, 3);
        p.wrapped(1, r + 1, "r opens your categorisation rules, which every import applies.", Style.MUTED, 1);
    }

    private static String quoted(String account) {
        return account.matches("[\\p{L}\\p{N}_.-]+") ? account : "'" + account.replace("'", "'\\''") + "'";
    }

    TerminalPosition cursor() {
        return remote() ? null : caret;
    }
}
