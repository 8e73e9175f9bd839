package io.finterm.tui;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.SimpleTheme;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The threads of one full-screen app: the GUI thread's loop, which sleeps when there is nothing to
 * do, and the reader thread that blocks on the terminal and hands each key over. Other threads (the
 * background pool, the SSH channel) reach the GUI thread only through {@link #later} and
 * {@link #stop}.
 */
final class EventLoop {
    private static final Logger log = LoggerFactory.getLogger(EventLoop.class);
    private static final long IDLE_MS = 1000;
    private static final long TICK_MS = 200;

    /** What the loop does on the GUI thread at each turn, before the window system runs. */
    interface Turn {
        /** The timers: idle logout, reloads, countdowns. */
        void tick();

        /** Whether a timer needs the loop to wake often (a countdown runs). */
        boolean ticking();

        /** The terminal changed size: everything lays itself out again. */
        void resized();
    }

    private final Screen screen;
    private final MultiWindowTextGUI gui;
    private final Turn turn;
    private final Semaphore work = new Semaphore(0);
    private volatile BlockingQueue<KeyStroke> keys;
    private volatile Integer exitCode;

    EventLoop(Screen screen, Host host, Turn turn) {
        this.screen = screen;
        this.turn = turn;
        this.gui = new Gui(screen);
        if (screen instanceof TerminalScreen terminalScreen) {
            terminalScreen.getTerminal().addResizeListener((terminal, size) -> wake());
        }
        gui.setTheme(SimpleTheme.makeTheme(false, TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT,
                TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT));
        BasicWindow window = new BasicWindow();
        window.setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS, Window.Hint.NO_POST_RENDERING));
        window.setComponent(host);
        gui.addWindow(window);
        host.takeFocus();
    }

    /**
     * Runs until the app exits; returns the exit code. Between events the loop sleeps: a reader thread
     * blocks on the terminal and wakes it for each key, as do finished background work and a resize;
     * otherwise it wakes only for its timers (every second, or five times a second during the
     * farewell's countdown). Lanterna's own wait polls every millisecond.
     */
    int run(Runnable afterFirstPaint) {
        step();
        afterFirstPaint.run();
        keys = new LinkedBlockingQueue<>();
        Thread reader = new Thread(this::readKeys, "finterm-keys");
        reader.setDaemon(true);
        reader.start();
        while (exitCode == null) {
            if (!step() && exitCode == null) {
                try {
                    work.tryAcquire(turn.ticking() ? TICK_MS : IDLE_MS, TimeUnit.MILLISECONDS);
                    work.drainPermits();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    stop(0);
                }
            }
        }
        return exitCode;
    }

    /**
     * Takes keys from the terminal as they come, blocking in between, and wakes the loop for each. A
     * terminal that fails is gone for the app as much as one that ended, so the error becomes the end
     * of input; the log keeps what it was.
     */
    private void readKeys() {
        try {
            while (true) {
                KeyStroke key = screen.readInput();
                if (key != null) {
                    keys.add(key);
                    wake();
                    if (key.getKeyType() == KeyType.EOF) {
                        return;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            if (exitCode == null) {
                log.warn("reading the terminal failed; the app ends as if its input had ended", e);
            } else {
                log.debug("the terminal was closed under the key reader after the app ended", e); // expected, not news
            }
            keys.add(new KeyStroke(KeyType.EOF));
            wake();
        }
    }

    private void wake() {
        work.release();
    }

    /** Runs {@code task} on the GUI thread, soon; from any thread. */
    void later(Runnable task) {
        gui.getGUIThread().invokeLater(task);
        wake();
    }

    /** The window system, reading keys from the reader thread's queue once {@link #run} has started it. */
    private final class Gui extends MultiWindowTextGUI {
        Gui(Screen screen) {
            super(screen, TextColor.ANSI.DEFAULT);
        }

        @Override
        protected synchronized KeyStroke readKeyStroke() throws IOException {
            return pollInput();
        }

        @Override
        protected KeyStroke pollInput() throws IOException {
            BlockingQueue<KeyStroke> queue = keys;
            return queue != null ? queue.poll() : super.pollInput();
        }
    }

    /** One turn of the loop: keys, finished background work, timers, and a repaint if needed. */
    boolean step() {
        try {
            turn.tick();
            if (screen.doResizeIfNecessary() != null) {
                turn.resized();
            }
            return gui.getGUIThread().processEventsAndUpdate();
        } catch (EOFException e) {
            stop(0); // the terminal went away: there is no one left to say goodbye to
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the app has finished, and with which code ({@code null} while it runs). */
    Integer exitCode() {
        return exitCode;
    }

    /** Ends the loop at its next turn; from any thread. */
    void stop(int code) {
        exitCode = code;
        wake();
    }
}
