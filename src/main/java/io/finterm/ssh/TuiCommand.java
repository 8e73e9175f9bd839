package io.finterm.ssh;

import io.finterm.service.Session;
import io.finterm.tui.StreamApp;
import io.finterm.tui.TuiContext;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.ExitCallback;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.channel.ChannelSession;
import org.apache.sshd.server.command.Command;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One SSH shell channel running the full-screen app for the user who authenticated, on its own
 * thread (never an SSHD I/O thread), sized by the pty request and the window-change signal. Logging
 * out ends the channel with exit status 0; a client that goes away ends the app, and with it the thread.
 */
final class TuiCommand implements Command {
    private static final Logger log = LoggerFactory.getLogger(TuiCommand.class);

    private final TuiContext ctx;
    private final Session session;
    private InputStream in;
    private OutputStream out;
    private ExitCallback exit;
    private volatile StreamApp app;
    private final Runnable ended;

    /** {@code ended} runs when the session's thread has finished. */
    TuiCommand(TuiContext ctx, Session session, Runnable ended) {
        this.ctx = ctx;
        this.session = session;
        this.ended = ended;
    }

    /** The server is stopping: show the user why before the channel closes. */
    void shutDown() {
        StreamApp running = app;
        if (running != null) {
            running.shutDown();
        }
    }

    @Override
    public void setInputStream(InputStream in) {
        this.in = in;
    }

    @Override
    public void setOutputStream(OutputStream out) {
        this.out = out;
    }

    @Override
    public void setErrorStream(OutputStream err) {
        // the app writes nothing but the screen
    }

    @Override
    public void setExitCallback(ExitCallback callback) {
        this.exit = callback;
    }

    @Override
    public void start(ChannelSession channel, Environment env) {
        StreamApp running = new StreamApp(in, out, number(env, Environment.ENV_COLUMNS, 80), number(env, Environment.ENV_LINES, 24),
                ctx, session);
        app = running;
        env.addSignalListener((ch, signal) -> running.resize(number(env, Environment.ENV_COLUMNS, 80),
                number(env, Environment.ENV_LINES, 24)), Signal.WINCH);
        Thread thread = new Thread(() -> {
            int code = 1;
            try {
                code = running.run();
            } catch (org.apache.sshd.common.channel.exception.SshChannelClosedException e) {
                log.info("ssh: the client of {} went away", session.username());
            } catch (IOException | RuntimeException e) {
                log.error("ssh: the session of {} failed", session.username(), e);
            } finally {
                log.info("ssh: {} left (exit {})", session.username(), code);
                ended.run();
                exit.onExit(code);
            }
        }, "finterm-ssh-" + session.username());
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void destroy(ChannelSession channel) {
        StreamApp running = app;
        if (running != null) {
            running.close();
        }
    }

    private static int number(Environment env, String name, int otherwise) {
        try {
            int n = Integer.parseInt(env.getEnv().getOrDefault(name, ""));
            return n > 0 && n < 10_000 ? n : otherwise;
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }
}
