package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import io.finterm.service.AccountSettings;
import io.finterm.service.Argon2Params;
import io.finterm.service.Services;
import io.finterm.store.Store;
import io.finterm.testdata.MutableClock;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Currency;

/**
 * The app on a virtual terminal, driven by keystrokes: what a person types, and what they would
 * see. Background work runs at once, and {@link #settle()} turns the event loop until it is idle.
 */
final class VirtualTui {
    static final Argon2Params CHEAP = new Argon2Params(64, 1, 1);

    final MutableClock clock = new MutableClock(Instant.parse("2026-11-24T10:00:00Z"));
    final Store store;
    final Services services;
    final Path exports;
    final DefaultVirtualTerminal terminal;
    final Tui tui;

    VirtualTui() {
        this(Store.inMemory(), 100, 30, false, null);
    }

    VirtualTui(Store store, int columns, int rows, boolean ascii, String hint) {
        this(store, columns, rows, ascii, hint, false);
    }

    /** @param remote whether the app is a session over SSH, which must not read this machine's files */
    VirtualTui(Store store, int columns, int rows, boolean ascii, String hint, boolean remote) {
        try {
            this.store = store;
            this.exports = Files.createTempDirectory("finterm-tui").resolve("exports");
            this.services = new Services(store, new Services.Settings(CHEAP, 2,
                    new AccountSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15), Currency.getInstance("EUR")), "", 8, "http://127.0.0.1:9/"), clock, exports);
            this.terminal = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            TuiContext context = context(ascii, hint);
            this.tui = new Tui(screen, remote ? context.remote("ssh -p 2222 alice@finterm.example") : context);
            settle();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the wiring gives the app: this store's services, the test clock, background work run at once. */
    TuiContext context(boolean ascii, String hint) {
        return new TuiContext(java.util.concurrent.CompletableFuture.completedFuture(services), clock, ascii, 3, Duration.ofMinutes(15),
                "finterm test · store in memory", hint, this::runOrHold, () -> { }, false);
    }

    /** Background work waiting for {@link #runBackground}, while {@link #holdBackground} holds it; {@code null}: it runs at once. */
    private List<Runnable> held;

    private void runOrHold(Runnable work) {
        if (held != null) {
            held.add(work);
        } else {
            work.run();
        }
    }

    /** From now on background work waits, as on a slow machine, until {@link #runBackground}. */
    VirtualTui holdBackground() {
        held = new java.util.ArrayList<>();
        return this;
    }

    /** Runs the background work held back so far and lets what follows it happen, holding the work that this starts in turn. */
    VirtualTui runHeldOnly() {
        List<Runnable> work = held;
        held = new java.util.ArrayList<>();
        work.forEach(Runnable::run);
        return settle();
    }

    /** Runs the background work held back, and lets what follows it happen; later work runs at once again. */
    VirtualTui runBackground() {
        List<Runnable> work = held;
        held = null;
        work.forEach(Runnable::run);
        return settle();
    }

    static final String ROOT_PW = "root-password-1";
    static final String ALICE_PW = "alice-password-1";

    /** A store with the administrator root and the user alice; the app is on the login screen at {@code columns × rows}. */
    static VirtualTui withAlice(int columns, int rows, boolean ascii) {
        return withAlice(columns, rows, ascii, false);
    }

    /** As {@link #withAlice(int, int, boolean)}, over SSH when {@code remote}. */
    static VirtualTui withAlice(int columns, int rows, boolean ascii, boolean remote) {
        VirtualTui app = new VirtualTui();
        app.services.accounts().createFirstAdmin("root", ROOT_PW.toCharArray(), "terminal");
        io.finterm.service.Session root = app.services.accounts().login("root", ROOT_PW.toCharArray(), "terminal");
        app.services.userAdmin().createUser(root, "alice", ALICE_PW.toCharArray(), io.finterm.domain.Role.USER);
        return new VirtualTui(app.store, columns, rows, ascii, null, remote);
    }

    /** alice's session on this store, for setting up data behind the app's back. */
    io.finterm.service.Session alice() {
        return services.accounts().login("alice", ALICE_PW.toCharArray(), "terminal");
    }

    /** Turns the event loop until nothing is left to do. */
    VirtualTui settle() {
        for (int idle = 0; idle < 3; ) {
            idle = tui.step() ? 0 : idle + 1;
            if (tui.exitCode() != null) {
                break;
            }
        }
        return this;
    }

    /** Types {@code text}, one key per character. */
    VirtualTui type(String text) {
        for (char c : text.toCharArray()) {
            terminal.addInput(new KeyStroke(c, false, false));
        }
        return settle();
    }

    VirtualTui press(KeyType type) {
        terminal.addInput(new KeyStroke(type));
        return settle();
    }

    VirtualTui ctrl(char c) {
        terminal.addInput(new KeyStroke(c, true, false));
        return settle();
    }

    VirtualTui resize(int columns, int rows) {
        terminal.setTerminalSize(new TerminalSize(columns, rows));
        return settle();
    }

    /** What the screen shows, line by line. */
    String screen() {
        TerminalSize size = terminal.getTerminalSize();
        StringBuilder sb = new StringBuilder();
        for (int r = 0; r < size.getRows(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < size.getColumns(); c++) {
                TextCharacter ch = terminal.getCharacter(c, r);
                line.append(ch == null ? " " : ch.getCharacterString());
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** The screen line the caret is on: where the next key typed would go. */
    String caretLine() {
        return screen().lines().skip(terminal.getCursorBufferPosition().getRow()).findFirst().orElse("");
    }

    /**
     * Whether a row that starts (at column 1, or at column 3 after the transactions table's status mark)
     * with {@code text} is the selected one, drawn in reverse video.
     */
    boolean selected(String text) {
        for (int r = 0; r < terminal.getTerminalSize().getRows(); r++) {
            String line = screen().lines().skip(r).findFirst().orElse("");
            if ((line.startsWith(text, 1) || line.startsWith(text, 3)) && terminal.getCharacter(1, r).getModifiers().contains(com.googlecode.lanterna.SGR.REVERSE)) {
                return true;
            }
        }
        return false;
    }

    boolean shows(String text) {
        return screen().contains(text);
    }

    VirtualTui assertShows(String text) {
        String s = screen();
        assertTrue(s.contains(text), () -> "expected to see '" + text + "' on\n" + s);
        return this;
    }

    /**
     * Asserts that {@code text} is on screen whole: every word of it, in order (it may wrap, with other
     * text beside it), or else shortened with an ellipsis and a pointer to where it is shown in full.
     */
    VirtualTui assertShowsWhole(String text) {
        String s = screen();
        java.util.List<String> words = java.util.Arrays.asList(s.split("\\s+"));
        int at = 0;
        for (String word : text.split("\\s+")) {
            while (at < words.size() && !words.get(at).equals(word)) {
                at++;
            }
            assertTrue(at < words.size(), () -> "expected to see the whole of '" + text + "' (missing '" + word + "') on\n" + s);
            at++;
        }
        return this;
    }

    /** Creates the administrator on the first-run screen and logs in as them. */
    VirtualTui setUpAndLogIn(String name, String password) {
        type(name).press(KeyType.Enter).type(password).press(KeyType.Enter).type(password).press(KeyType.Enter);
        return logIn(name, password);
    }

    VirtualTui logIn(String name, String password) {
        return type(name).press(KeyType.Enter).type(password).press(KeyType.Enter);
    }
}
