package io.finterm.tui;

import io.finterm.service.AccountSettings;
import io.finterm.service.DemoService;
import io.finterm.service.Services;
import io.finterm.service.Session;
import io.finterm.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Currency;
import java.util.Locale;

/**
 * How long the Forecast page's history ({@link BalanceHistory#load}) takes, on the store {@code finterm --demo}
 * opens and on a generated one of {@code ROWS} transactions (default 200,000, two users).
 * Run with {@code mvn -B -Pbench -Dbench.class=io.finterm.tui.BalanceHistoryBenchmark [-Dbench.args=ROWS]}.
 */
public final class BalanceHistoryBenchmark {
    private static final int RUNS = 11;

    public static void main(String[] args) throws Exception {
        long rows = args.length > 0 ? Long.parseLong(args[0]) : 200_000;
        measure("the demo store (finterm --demo)", 0);
        measure(String.format(Locale.ROOT, "a generated store of %,d transactions", rows), rows);
    }

    private static void measure(String what, long rows) throws Exception {
        Path dir = Files.createTempDirectory("finterm-history");
        Clock clock = Clock.systemDefaultZone();
        Services.Settings settings = new Services.Settings(VirtualTui.CHEAP, 2,
                new AccountSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(60), Currency.getInstance("EUR")), "", 8, "http://127.0.0.1:9/");
        try (Store store = Store.open(dir)) {
            Services services = new Services(store, settings, clock, dir.resolve("exports"));
            services.demo().seed(new DemoService.Options(2, rows, 42));
            Session alice = services.accounts().login("alice", DemoService.Demo.password("alice").toCharArray(), "terminal");
            LocalDate today = LocalDate.now(clock);
            double[] ms = new double[RUNS];
            for (int i = -3; i < RUNS; i++) { // three to warm up
                long start = System.nanoTime();
                BalanceHistory.load(services, alice, today);
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(ms);
            System.out.printf(Locale.ROOT, "BalanceHistory.load on %s: p50 %.1f ms, max %.1f ms%n", what, ms[RUNS / 2], ms[RUNS - 1]);
        }
    }
}
