package io.finterm.tui;

import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.Terminal;
import com.googlecode.lanterna.terminal.ansi.UnixTerminal;
import io.finterm.domain.FintermException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The full-screen app on this process's own terminal (standard input and output), in UTF-8. */
public final class SystemTerminal {
    private SystemTerminal() {
    }

    /**
     * A Unix terminal in which Ctrl-S and Ctrl-Q reach the app (flow control off, so Ctrl-S can save a
     * form) and Ctrl-C is a key the app handles, so that quitting always closes the store cleanly.
     * Lanterna runs {@code stty} once per setting, each a new process; taking the terminal here
     * batches them into one, which is most of the time before the first paint. The terminal's
     * settings are restored on exit.
     */
    private static final class RawUnixTerminal extends UnixTerminal {
        // Set while the superclass constructor takes the terminal, before this class's initialisers would run.
        private List<String> batched;
        private boolean taken;

        RawUnixTerminal() throws IOException {
            super(System.in, System.out, StandardCharsets.UTF_8, CtrlCBehaviour.TRAP);
        }

        /** Whether the setting was kept for the one batched {@code stty} of taking the terminal. */
        private boolean batch(String... setting) {
            if (taken) {
                return false;
            }
            if (batched == null) {
                batched = new ArrayList<>();
            }
            batched.addAll(List.of(setting));
            return true;
        }

        @Override
        protected void canonicalMode(boolean enabled) throws IOException {
            if (!batch(enabled ? new String[] {"icanon", "ixon"} : new String[] {"-icanon", "min", "1", "-ixon"})) {
                super.canonicalMode(enabled);
                runSTTYCommand(enabled ? "ixon" : "-ixon");
            }
        }

        @Override
        protected void keyEchoEnabled(boolean enabled) throws IOException {
            if (!batch(enabled ? "echo" : "-echo")) {
                super.keyEchoEnabled(enabled);
            }
        }

        @Override
        protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
            if (!batch(enabled ? new String[] {"intr", "^C"} : new String[] {"intr", "undef"})) {
                super.keyStrokeSignalsEnabled(enabled);
            }
        }

        /** The last step of taking the terminal: apply the batched settings, all at once. */
        @Override
        protected void registerTerminalResizeListener(Runnable onResize) throws IOException {
            if (!taken) {
                taken = true;
                if (batched != null) {
                    runSTTYCommand(batched.toArray(String[]::new));
                }
            }
            super.registerTerminalResizeListener(onResize);
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
