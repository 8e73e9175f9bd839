package io.finterm.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.service.AccountSettings;
import io.finterm.service.DemoService;
import io.finterm.service.Entry;
import io.finterm.service.Services;
import io.finterm.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * Dashboard refreshes on a demo store of {@code finterm demo --rows N} (default 1,000,000, two users),
 * from the key press to the repainted screen, on a virtual 100×30 terminal with the work done in line.
 * The baseline in the same run is a repaint of the same screen without new data ({@code s}, the scale).
 * Run with {@code mvn -B -Pbench -Dbench.class=io.finterm.tui.DashboardBenchmark [-Dbench.args=ROWS]}.
 */
public final class DashboardBenchmark {
    private static final int RUNS = 21;

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        Path dir = Files.createTempDirectory("finterm-dashboard");
        Clock clock = Clock.systemDefaultZone();
        Services.Settings settings = new Services.Settings(VirtualTui.CHEAP, 2,
                new AccountSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(60), Currency.getInstance("EUR")), "", 8, "http://127.0.0.1:9/");
        long started = System.nanoTime();
        try (Store store = Store.open(dir)) {
            new Services(store, settings, clock, dir.resolve("exports")).demo().seed(new DemoService.Options(2, rows, 42));
        }
        System.out.printf(Locale.ROOT, "demo store of %,d transactions made in %.1f s%n", rows, (System.nanoTime() - started) / 1e9);
        try (Store store = Store.open(dir)) {
            Services services = new Services(store, settings, clock, dir.resolve("exports"));
            DefaultVirtualTerminal terminal = new DefaultVirtualTerminal(new TerminalSize(100, 30));
            TerminalScreen screen = new TerminalScreen(terminal);
            screen.startScreen();
            Tui tui = new Tui(screen, new TuiContext(CompletableFuture.completedFuture(services), clock, false, 0, Duration.ofMinutes(60),
                    "bench", null, Runnable::run, () -> { }, false));
            settle(tui);
            double login = time(tui, terminal, "alice\r" + DemoService.Demo.password("alice") + "\r");
            for (int i = 0; i < 5; i++) {
                time(tui, terminal, "[");
                time(tui, terminal, "]");
            }
            double[] refresh = new double[RUNS];
            double[] repaint = new double[RUNS];
            for (int i = 0; i < RUNS; i++) {
                refresh[i] = time(tui, terminal, i % 2 == 0 ? "[" : "]");
                repaint[i] = time(tui, terminal, "s");
            }
            double[] afterChange = new double[5];
            for (int i = 0; i < afterChange.length; i++) {
                services.transactions().add(tui.session(), new Entry(LocalDate.now(clock), TxKind.EXPENSE, "Dining", Money.of(1250, "EUR"), "lunch"));
                afterChange[i] = time(tui, terminal, "t");
            }
            System.out.printf(Locale.ROOT, "%n| dashboard, %,d transactions (%,d for the user) | ms | × a repaint |%n|---|---|---|%n",
                    rows, rows / 2);
            row("login to the first dashboard (loads the user's history)", login, median(repaint));
            row("refresh after [ or ], p50", median(refresh), median(repaint));
            row("refresh after [ or ], p95", percentile(refresh, 95), median(repaint));
            row("refresh after a new transaction (history reloaded), p50", median(afterChange), median(repaint));
            row("repaint only (the baseline), p50", median(repaint), median(repaint));
        }
    }

    private static void row(String what, double ms, double baseline) {
        System.out.printf(Locale.ROOT, "| %s | %.1f | %.1f |%n", what, ms, ms / baseline);
    }

    /** Types {@code keys} and returns the milliseconds until the screen is repainted and the app idle. */
    private static double time(Tui tui, DefaultVirtualTerminal terminal, String keys) throws Exception {
        long start = System.nanoTime();
        for (char c : keys.toCharArray()) {
            terminal.addInput(c == '\r' ? new KeyStroke(KeyType.Enter) : new KeyStroke(c, false, false));
        }
        settle(tui);
        return (System.nanoTime() - start) / 1e6;
    }

    private static void settle(Tui tui) {
        for (int idle = 0; idle < 2; ) {
            idle = tui.step() ? 0 : idle + 1;
        }
    }

    private static double median(double[] v) {
        return percentile(v, 50);
    }

    private static double percentile(double[] v, double p) {
        double[] s = v.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) Math.ceil(p / 100 * s.length) - 1)];
    }
}
