package io.finterm.app;

import io.finterm.service.DemoService;
import io.finterm.cli.Backend;
import io.finterm.service.Session;
import io.finterm.files.SecureFiles;
import io.finterm.tui.StreamApp;
import io.finterm.tui.TuiContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One pass through what finterm does most, for the build: run under
 * {@code -XX:ArchiveClassesAtExit}, it records the classes those paths load in a class-data archive
 * (AppCDS), which the launcher {@code target/finterm} hands to the JVM so that they need not be
 * found, read and verified again on every start. The pass: the command line's help, a demo store,
 * a report and a list; the full-screen app painting its login screen and a dashboard (over a
 * stream, as for SSH). Everything happens in a temporary directory, removed at the end.
 */
final class Warmup {
    private Warmup() {
    }

    public static void main(String[] args) throws IOException {
        Path dir = Files.createTempDirectory("finterm-warmup");
        try {
            warmUp(dir.resolve("data"), Map.of("HOME", dir.toString(), "LANG", "C.UTF-8"));
        } finally {
            SecureFiles.deleteTree(dir);
        }
    }

    private static void warmUp(Path data, Map<String, String> env) throws IOException {
        Clock clock = Clock.systemDefaultZone();
        cli(env, clock, "", "--help");
        cli(env, clock, "", "--data", data.toString(), "demo", "--users", "1", "--rows", "3000");
        String pw = DemoService.Demo.password("alice") + "\n";
        cli(env, clock, pw, "--data", data.toString(), "report", "totals", "--as", "alice", "--password-stdin", "--by", "month,category");
        cli(env, clock, pw, "--data", data.toString(), "list", "--as", "alice", "--password-stdin");
        Backend backend = Wiring.load(data, null, env, clock).open(upgraded -> { });
        try {
            Session alice = backend.services().accounts().login("alice", DemoService.Demo.password("alice").toCharArray(), "terminal");
            // no farewell to wait through, and no exchange rates fetched from the network during the build
            TuiContext ctx = Wiring.context(CompletableFuture.completedFuture(backend.services()),
                    new Backend.FullScreen(0, Duration.ofMinutes(15), false), clock, false, "finterm warm-up", null, Runnable::run, () -> { });
            new StreamApp(keys("q"), OutputStream.nullOutputStream(), 100, 30, ctx, null).run();
            new StreamApp(keys("L"), OutputStream.nullOutputStream(), 100, 30, ctx, alice).run();
        } finally {
            backend.close();
        }
    }

    private static void cli(Map<String, String> env, Clock clock, String stdin, String... args) {
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8);
        int code = Main.run(args, quiet, quiet, new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), env, clock);
        if (code != 0) {
            throw new IllegalStateException("the warm-up's finterm " + String.join(" ", args) + " exited with " + code);
        }
    }

    private static InputStream keys(String keys) {
        return new ByteArrayInputStream(keys.getBytes(StandardCharsets.UTF_8));
    }
}
