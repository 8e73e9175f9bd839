package io.finterm.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import io.finterm.service.Session;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The full-screen app over a pair of streams whose size is told rather than asked, as an SSH channel
 * gives them, for a user who has already authenticated.
 */
public final class StreamApp {
    private final StreamTerminal terminal;
    private final TuiContext ctx;
    private final Session session;
    private volatile Tui tui;
    private volatile boolean closed;

    public StreamApp(InputStream in, OutputStream out, int columns, int rows, TuiContext ctx, Session session) {
        this.terminal = new StreamTerminal(in, out, new TerminalSize(columns, rows));
        this.ctx = ctx;
        this.session = session;
    }

    /** Runs the app on the calling thread, which becomes its GUI thread, until it exits; returns the exit code. */
    public int run() throws IOException {
        TerminalScreen screen = new TerminalScreen(terminal);
        screen.startScreen();
        try {
            tui = new Tui(screen, ctx, session);
            if (closed) {
                tui.close();
            }
            return tui.run();
        } finally {
            screen.stopScreen();
        }
    }

    /** The client's window changed size. */
    public void resize(int columns, int rows) {
        terminal.resize(new TerminalSize(columns, rows));
    }

    /** The server is stopping: the user sees why, and the farewell ends the app. */
    public void shutDown() {
        Tui running = tui;
        if (running != null) {
            running.shutDown();
        }
    }

    /** Ends the app from another thread: the connection went away. */
    public void close() {
        closed = true;
        Tui running = tui;
        if (running != null) {
            running.close();
        }
    }
}
