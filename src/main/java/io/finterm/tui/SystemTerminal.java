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
import org.slf4j.LoggerFactory;

/** The full-screen app on this process's own terminal (standard input and output), in UTF-8. */
public final class SystemTerminal {
    private SystemTerminal() {
    }

    /**
     * A Unix terminal in which Ctrl-S and Ctrl-Q reach the app (flow control off, so Ctrl-S can save a
     * form), Ctrl-C is a key the app handles, so that quitting always closes the store cleanly, and Ctrl-Z
     * (undo) is a key too, not a stop.
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

        /**
         * Ctrl-C and Ctrl-Z become keys: Ctrl-Z undoes in the app, and as the terminal's suspend character
         * it would stop the process, full screen and store lock held, instead. The settings the terminal had
         * come back on exit (Lanterna restores all of them), so the shell's Ctrl-Z works again afterwards. Ctrl-\
         * (quit) would make the JVM print its threads over the screen: it is no signal either.
         */
        @Override
        protected void keyStrokeSignalsEnabled(boolean enabled) throws IOException {
            if (!batch(enabled ? new String[] {"intr", "^C"} : new String[] {"intr", "undef", "susp", "undef", "quit", "undef"})) {
                super.keyStrokeSignalsEnabled(enabled);
                if (!enabled) {
                    runSTTYCommand("susp", "undef", "quit", "undef");
                }
            }
            if (!enabled && !System.getProperty("os.name", "").startsWith("Linux")) {
                delayedSuspendOff();
            }
        }

        /**
         * The BSDs and macOS also have a delayed suspend on Ctrl-Y (redo in the app), which Linux's stty does
         * not know: asked apart from the batch, so that a terminal without it still starts.
         */
        private void delayedSuspendOff() {
            try {
                runSTTYCommand("dsusp", "undef");
            } catch (IOException | RuntimeException e) {
                LoggerFactory.getLogger(SystemTerminal.class).debug("stty dsusp undef did not apply; Ctrl-Y may suspend", e);
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
