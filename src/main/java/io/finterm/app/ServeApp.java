package io.finterm.app;

import io.finterm.cli.Backend;
import io.finterm.cli.Version;
import io.finterm.ssh.SshServerApp;
import io.finterm.tui.TuiContext;
import java.io.PrintStream;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code finterm serve}: the SSH server over an open backend, until SIGTERM (or Ctrl-C), and the daily
 * catch-up of everyone's schedules ({@link DailyCatchUp}). Stopping closes the connections and the timer,
 * and then the store cleanly, waiting for a commit in flight.
 */
final class ServeApp {
    private ServeApp() {
    }

    /** A running server: the SSH server and the daily catch-up, stopped together before the store closes. */
    record Running(SshServerApp server, DailyCatchUp catchUp, ExecutorService background) implements AutoCloseable {
        @Override
        public void close() {
            server.close();
            catchUp.close();
        }
    }

    static int run(Backend backend, String bind, int port, int maxSessions, Clock clock, PrintStream out) {
        Running running = start(backend, bind, port, maxSessions, clock, out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            backend.close(); // waits for a commit in flight, then marks the store clean
            stopped.countDown();
        }, "finterm-stop"));
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        running.background().shutdownNow();
        return 0;
    }

    /** Starts the SSH server and the daily catch-up of everyone's schedules (the first one at once). */
    static Running start(Backend backend, String bind, int port, int maxSessions, Clock clock, PrintStream out) {
        ExecutorService background = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "finterm-ssh-background");
            t.setDaemon(true);
            return t;
        });
        TuiContext context = Wiring.context(CompletableFuture.completedFuture(backend.services()), backend.fullScreen(), clock, false,
                "finterm " + Version.VERSION + " over SSH", null, background, () -> { });
        SshServerApp server = SshServerApp.start(backend.services(),
                new SshServerApp.Options(bind, port, maxSessions, backend.dataDirectory().resolve("ssh_host_key")), session -> context);
        DailyCatchUp catchUp = DailyCatchUp.start(backend.services(), clock);
        out.println("finterm " + Version.VERSION + " serving " + backend.dataDirectory() + " on " + bind + ":" + server.port()
                + "  (ssh -p " + server.port() + " USER@HOST; SIGTERM or Ctrl-C stops)");
        return new Running(server, catchUp, background);
    }
}
