package io.finterm.app;

import io.finterm.cli.Argv;
import io.finterm.cli.Backend;
import io.finterm.cli.Cli;
import io.finterm.tui.SystemTerminal;
import java.io.InputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;

/**
 * The entry point. The arguments are scanned once ({@link Argv}): a plain start in a terminal is the
 * full-screen app at once ({@link FastStart}); everything else goes through the command line. Both
 * build the store, the services and the full-screen context with {@link Wiring}.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        Map<String, String> env = System.getenv();
        // In a UTF-8 locale, write UTF-8 whatever the JVM guessed: a minimal container often lacks the
        // locale's data, and Java 17 would then print every box and block character as '?'.
        PrintStream out = Locales.utf8(env) ? new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8) : System.out;
        PrintStream err = Locales.utf8(env) ? new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8) : System.err;
        Argv argv = Argv.scan(args);
        Clock clock = Clock.systemDefaultZone();
        System.exit(System.console() != null && argv.plain() ? FastStart.run(argv, env, clock, err, SystemTerminal::run)
                : run(argv, out, err, System.in, env, clock));
    }

    /** Runs finterm through the command line; returns the exit code: 0 success, 2 usage error, 1 anything else. */
    static int run(String[] args, PrintStream out, PrintStream err, InputStream in, Map<String, String> env, Clock clock) {
        return run(Argv.scan(args), out, err, in, env, clock);
    }

    private static int run(Argv argv, PrintStream out, PrintStream err, InputStream in, Map<String, String> env, Clock clock) {
        return Cli.run(argv, out, err, in, clock, Locales.utf8(env), new Backend.Factory() {
                    @Override
                    public Backend open(Path data, Path config) {
                        return Wiring.load(data, config, env, clock).open(err::println); // an upgrade is told at once
                    }

                    @Override
                    public Path directory(Path data, Path config) {
                        return Wiring.load(data, config, env, clock).directory();
                    }
                },
                new Backend.Apps() {
                    @Override
                    public int fullScreen(Backend backend, boolean ascii, String loginHint) {
                        return FullScreenApp.run(backend, ascii, loginHint, clock);
                    }

                    @Override
                    public int serve(Backend backend, String bind, int port, int maxSessions) {
                        return ServeApp.run(backend, bind, port, maxSessions, clock, out);
                    }
                });
    }
}
