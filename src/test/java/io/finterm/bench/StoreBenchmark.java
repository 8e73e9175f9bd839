package io.finterm.bench;

import io.finterm.domain.Category;
import io.finterm.domain.Transaction;
import io.finterm.domain.UndoStep;
import io.finterm.store.AggregateRow;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.testdata.LedgerGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The store's speed and size at scale, against SQLite (sqlite-jdbc, WAL, synchronous=FULL) on the
 * same rows in the same run. Run with {@code mvn -Pbench} (default 1,000,000 rows) or
 * {@code mvn -Pbench -Dbench.args=100000}. Not a test: it prints a table and asserts nothing.
 *
 * <p>The single durable commit is timed twice in the same loop, on alternate rows: as a plain write,
 * and recorded as an undo step (the step's row and the row's image in the same commit), which may
 * cost at most 10 % more at p50 and p99.
 */
public final class StoreBenchmark {
    private static final int USERS = 20;
    private static final int YEARS = 10;
    private static final LocalDate END = LocalDate.of(2025, 12, 31);
    private static final int SINGLE_COMMITS = 500;
    private static final int QUERIES = 2_000;

    private final List<String[]> results = new ArrayList<>();
    private String stepCost = "";

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        new StoreBenchmark().run(rows);
    }

    private void run(int rows) throws Exception {
        Path work = Files.createTempDirectory("finterm-bench");
        System.out.printf(Locale.ROOT, "finterm store benchmark: %,d transactions, %d users, %d years, %d cores%n",
                rows, USERS, YEARS, Runtime.getRuntime().availableProcessors());
        List<Category> categories;
        List<Transaction> txs;
        try (Store probe = Store.inMemory()) {
            categories = LedgerGenerator.createUsers(probe, USERS);
        }
        txs = new LedgerGenerator(42).transactions(categories, rows, YEARS, END, 1);

        Path dir = work.resolve("finterm");
        Path sqlite = work.resolve("sqlite.db");
        SqliteBaseline lite = new SqliteBaseline(sqlite);

        double ourLoad = Stopwatch.millis(() -> {
            try (Store store = Store.open(dir)) {
                LedgerGenerator.createUsers(store, USERS);
                store.write(tx -> {
                    for (Transaction t : txs) {
                        tx.insert(Schema.TRANSACTIONS, t);
                    }
                    return null;
                });
            }
        });
        double liteLoad = Stopwatch.millis(() -> lite.load(categories, txs));
        txs.clear(); // a real import streams its rows; do not let a million of them burden later timings
        add("bulk load (" + rows + " rows, to a clean close)", ourLoad, liteLoad, "ms");

        double ourBytes;
        try (Store store = Store.open(dir)) {
            ourBytes = (double) store.bytesOnDisk() / rows;
        }
        add("bytes per row (journal + MapDB vs SQLite file)", ourBytes, lite.bytesPerRow(rows), "B");

        double ourClean = median(5, () -> {
            Store s = Store.open(dir);
            s.close();
        });
        double liteClean = median(5, lite::reopen);
        add("reopen after a clean close", ourClean, liteClean, "ms");

        try (Store store = Store.open(dir)) {
            Random r = new Random(7);
            double[] ours = new double[SINGLE_COMMITS];
            double[] steps = new double[SINGLE_COMMITS];
            double[] theirs = new double[SINGLE_COMMITS];
            long nextId = rows + 1_000_000L;
            for (int i = 0; i < SINGLE_COMMITS; i++) {
                Category c = categories.get(r.nextInt(categories.size()));
                List<Transaction> two = new LedgerGenerator(i).transactions(List.of(c), 2, 1, END, nextId + 2L * i);
                Transaction plain = two.get(0);
                Transaction step = two.get(1);
                String label = "add of '" + step.description() + "' " + step.amount().display() + " on " + step.date();
                // Alternate which goes first, so neither always follows the other's fsync.
                int k = i;
                Stopwatch.Work plainCommit = () -> ours[k] = Stopwatch.millis(() -> store.write(tx -> tx.insert(Schema.TRANSACTIONS, plain)));
                Stopwatch.Work stepCommit = () -> steps[k] = Stopwatch.millis(() -> store.write(tx -> {
                    tx.recordStep(step.userId(), UndoStep.Kind.CHANGE, label, Instant.now());
                    return tx.insert(Schema.TRANSACTIONS, step);
                }));
                (i % 2 == 0 ? plainCommit : stepCommit).run();
                (i % 2 == 0 ? stepCommit : plainCommit).run();
                theirs[i] = Stopwatch.millis(() -> lite.insertOne(plain));
                lite.insertOne(step); // the same rows in both, for the queries below
            }
            add("single durable commit p50", Stopwatch.percentile(ours, 50), Stopwatch.percentile(theirs, 50), "ms");
            add("single durable commit p99", Stopwatch.percentile(ours, 99), Stopwatch.percentile(theirs, 99), "ms");
            add("single durable commit p50 recorded as a step", Stopwatch.percentile(steps, 50), Stopwatch.percentile(theirs, 50), "ms");
            add("single durable commit p99 recorded as a step", Stopwatch.percentile(steps, 99), Stopwatch.percentile(theirs, 99), "ms");
            stepCost = String.format(Locale.ROOT, "recording a step: p50 %.3f ms vs %.3f ms plain (%.2f), p99 %.3f ms vs %.3f ms plain (%.2f);"
                    + " the limit is 1.10", Stopwatch.percentile(steps, 50), Stopwatch.percentile(ours, 50),
                    Stopwatch.percentile(steps, 50) / Stopwatch.percentile(ours, 50), Stopwatch.percentile(steps, 99),
                    Stopwatch.percentile(ours, 99), Stopwatch.percentile(steps, 99) / Stopwatch.percentile(ours, 99));

            double[] scanOurs = new double[QUERIES];
            double[] scanTheirs = new double[QUERIES];
            double[] dashOurs = new double[QUERIES];
            double[] dashTheirs = new double[QUERIES];
            long checksum = 0;
            for (int i = 0; i < QUERIES; i++) {
                long user = 1 + r.nextInt(USERS);
                YearMonth month = YearMonth.from(END).minusMonths(r.nextInt(YEARS * 12 - 12));
                long from = month.atDay(1).toEpochDay();
                long to = month.atEndOfMonth().toEpochDay();
                long[] n = new long[4];
                scanOurs[i] = Stopwatch.millis(() -> n[0] = store.read(rd -> rd.scan(Schema.TX_BY_DATE,
                        KeyRange.between(new Object[] {user, from}, new Object[] {user, to}), Paging.all())).rows().size());
                scanTheirs[i] = Stopwatch.millis(() -> n[1] = lite.month(user, from, to));
                long m1 = Schema.month(month.minusMonths(11));
                long m2 = Schema.month(month);
                dashOurs[i] = Stopwatch.millis(() -> n[2] = dashboard(store, user, m1, m2));
                dashTheirs[i] = Stopwatch.millis(() -> n[3] = lite.dashboard(user, month.minusMonths(11).atDay(1).toEpochDay(), to));
                if (n[0] != n[1] || n[2] != n[3]) {
                    throw new IllegalStateException("finterm and SQLite disagree: " + java.util.Arrays.toString(n));
                }
                checksum += n[0] + n[2];
            }
            add("one user's month, range scan (mean)", Stopwatch.mean(scanOurs), Stopwatch.mean(scanTheirs), "ms");
            add("12-month dashboard from aggregates (mean)", Stopwatch.mean(dashOurs), Stopwatch.mean(dashTheirs), "ms");
            System.out.println("(query checksum " + checksum + ")");
        }

        double rebuild = Stopwatch.millis(() -> {
            Files.delete(dir.resolve("clean-shutdown")); // what kill -9 leaves: no clean marker
            Store s = Store.open(dir);
            if (s.opened() != Store.Opened.REBUILT) {
                throw new IllegalStateException("expected a rebuild, got " + s.opened());
            }
            s.close();
        });
        add("reopen with rebuild (as after kill -9)", rebuild, Double.NaN, "ms");
        lite.close();
        print(); // before the migration, which may not run: the figures above stand on their own
        long journalBytes = Files.size(dir.resolve("journal.log"));
        try {
            io.finterm.store.FormatOneJournal.downgrade(dir.resolve("journal.log")); // the same store, as format 1 wrote it
        } catch (IllegalArgumentException e) {
            // FormatOneJournal frames back only a format-2 journal; a store of a later format has no such path
            System.out.println("reopen with migration from format 1: not measured (" + e.getMessage() + ")");
            deleteTree(work);
            return;
        }
        Files.delete(dir.resolve("clean-shutdown"));
        double migrate = Stopwatch.millis(() -> {
            Store s = Store.open(dir);
            if (s.migration() == null) {
                throw new IllegalStateException("expected a migration");
            }
            s.close();
        });
        System.out.printf(Locale.ROOT, "reopen with migration from format 1 (copy aside, rewrite, rebuild): %.0f ms%n", migrate);
        System.out.printf(Locale.ROOT, "migration / rebuild: %.2f; journal of format 2 / format 1: %.4f%n",
                migrate / rebuild, (double) journalBytes / Files.size(dir.resolve("journal.format1.bak")));
        deleteTree(work);
    }

    /** The sum of all expense totals per month and category over 12 months: what the dashboard reads. */
    private static long dashboard(Store store, long user, long fromMonth, long toMonth) {
        return store.read(rd -> {
            long entries = 0;
            for (AggregateRow row : rd.aggregate(Schema.MONTHLY_TOTALS,
                    KeyRange.between(new Object[] {user, fromMonth}, new Object[] {user, toMonth}))) {
                entries += row.count();
            }
            return entries;
        });
    }

    private double median(int runs, Stopwatch.Work work) throws Exception {
        double[] t = new double[runs];
        for (int i = 0; i < runs; i++) {
            t[i] = Stopwatch.millis(work);
        }
        return Stopwatch.percentile(t, 50);
    }

    private void add(String what, double ours, double theirs, String unit) {
        String ratio = Double.isNaN(theirs) ? "" : String.format(Locale.ROOT, "%.2f", ours / theirs);
        results.add(new String[] {what, fmt(ours) + " " + unit, Double.isNaN(theirs) ? "-" : fmt(theirs) + " " + unit, ratio});
    }

    private static String fmt(double v) {
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : String.format(Locale.ROOT, "%.3f", v);
    }

    private void print() {
        System.out.printf(Locale.ROOT, "%n| %-48s | %12s | %12s | %7s |%n", "measure", "finterm", "SQLite", "ratio");
        System.out.println("|" + "-".repeat(50) + "|" + "-".repeat(14) + "|" + "-".repeat(14) + "|" + "-".repeat(9) + "|");
        for (String[] r : results) {
            System.out.printf(Locale.ROOT, "| %-48s | %12s | %12s | %7s |%n", (Object[]) r);
        }
        System.out.println(stepCost);
    }

    private static void deleteTree(Path p) throws Exception {
        try (var walk = Files.walk(p)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
