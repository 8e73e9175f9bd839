package io.finterm.tui;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import io.finterm.domain.FintermException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/** The full-screen app on this process's own terminal (standard input and output), in UTF-8. */
public final class SystemTerminal {
    private SystemTerminal() {
    }

    /**
     * A Unix terminal in which Ctrl-S and Ctrl-Q reach the app (flow control off, so Ctrl-S can save a
     * form) and Ctrl-C is a key the app handles, so that quitting always closes the store cleanly.
     * The terminal's settings are restored on exit.
     */
    private static final class RawUnixTerminal extends UnixTerminal {
        RawUnixTerminal() throws IOException {
            super(System.in, System.out, StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);
        }

        @Override
        protected void canonicalMode(boolean enabled) throws IOException {
            super.canonicalMode(enabled);
            runSTTYCommand(enabled ? "ixon" : "-ixon");
        }
    }

    /** Runs the app until it exits, then gives the terminal back as it was; returns the exit code. */
    public static int run(TuiContext ctx) {
        try {
            Terminal terminal = new RawUnixTerminal();
            Screen screen = new TerminalScreen(terminal);
            screen.startScreen();
            try {
                return new Tui(screen, ctx).run();
            } finally {
                screen.stopScreen();
            }
        } catch (IOException e) {
            throw new FintermException("the terminal failed: " + e.getMessage(), e);
        }
    }
}
