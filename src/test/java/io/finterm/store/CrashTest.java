package io.finterm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.finterm.domain.Category;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.UndoStep;
import io.finterm.domain.User;
import io.finterm.testdata.LedgerGenerator;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM with SIGKILL while it commits, then checks that the store opens, holds every
 * acknowledged commit and no partial one, and that its indexes and aggregates match its rows.
 * Every fifth round starts a new store and kills it while it is being created. The undo rounds kill
 * a child that undoes and redoes a large import recorded as one step: the import is whole or gone.
 *
 * <p>25 kills (and 3 undo rounds) run in {@code mvn verify}; {@code mvn -B test -Dtest=CrashTest
 * -Dfinterm.crash.kills=500 -Dfinterm.crash.undo.kills=200} runs the long version.
 */
@Tag("crash")
class CrashTest {
    private static final Pattern ACK = Pattern.compile("ACK (\\d+) END");

    @TempDir
    Path temp;

    @Test
    void everyAcknowledgedCommitSurvivesKillNine() throws Exception {
        int kills = Integer.getInteger("finterm.crash.kills", 25);
        long baseSeed = Long.getLong("finterm.crash.seed", 20261124L);
        Random timing = new Random(baseSeed);
        Path dir = null;
        Snapshot model = new Snapshot();
        int rebuilt = 0;
        int nextCommitFound = 0;
        long totalAcks = 0;
        for (int round = 1; round <= kills; round++) {
            boolean fresh = round % 5 == 1;
            if (fresh) {
                dir = temp.resolve("store-" + round);
                model = new Snapshot();
            }
            long seed = baseSeed * 31 + round;
            long acked = runAndKill(dir, seed, round, fresh, timing);
            totalAcks += acked;
            try (Store store = Store.open(dir)) {
                if (store.opened() == Store.Opened.REBUILT) {
                    rebuilt++;
                }
                Snapshot actual = Snapshot.of(store);
                Snapshot[] expected = expectedAfter(model, seed, round, acked);
                boolean atAck = actual.equals(expected[0]);
                if (!atAck && !actual.equals(expected[1])) {
                    fail("round " + round + ": after " + acked + " acknowledged commits the store holds " + actual
                            + ", expected " + expected[0] + (expected[1] != null ? " or " + expected[1] : ""));
                }
                if (!atAck) {
                    nextCommitFound++;
                }
                IntegrityReport report = store.check();
                assertTrue(report.ok(), "round " + round + ": " + report.problems());
                model = actual;
            }
        }
        System.out.printf("crash test: %d kills, %d acknowledged commits, all present; %d rebuilds;"
                + " %d times the commit in flight had reached the disk%n", kills, totalAcks, rebuilt, nextCommitFound);
        assertTrue(totalAcks > kills, "the workload should commit between kills");
    }

    /** The expected rows after {@code acked} commits of this round, and after one more. */
    private static Snapshot[] expectedAfter(Snapshot start, long seed, long round, long acked) {
        CrashWorkload workload = new CrashWorkload(seed, round);
        Snapshot model = start.copy();
        Snapshot atAck = null;
        long commits = 0;
        while (true) {
            if (commits == acked && atAck == null) {
                atAck = model.copy();
            }
            CrashWorkload.Step step = workload.next(model);
            if (step.kind() == CrashWorkload.Kind.COMMIT) {
                step.expect().accept(model);
                if (++commits == acked + 1) {
                    return new Snapshot[] {atAck, model};
                }
            }
        }
    }

    private long runAndKill(Path dir, long seed, long round, boolean fresh, Random timing) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        // A budget at which large commits both spill to the journal and, while the store is small, bulk load.
        command.add("-D" + HeapBudget.PROPERTY + "=30000000");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(CrashWorker.class.getName());
        command.add(dir.toString());
        command.add(Long.toString(seed));
        command.add(Long.toString(round));
        // The child writes straight to a file: a pipe read after SIGKILL can lose the last lines.
        Path output = temp.resolve("worker-" + round + ".out");
        Process child = new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        if (fresh) {
            Thread.sleep(timing.nextInt(700)); // often before READY: while the store is created
        } else {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!Files.readString(output).startsWith("READY")) {
                if (System.nanoTime() > deadline || !child.isAlive()) {
                    child.destroyForcibly();
                    fail("the worker did not open the store in round " + round);
                }
                Thread.sleep(5);
            }
            Thread.sleep(20 + timing.nextInt(400));
        }
        child.destroyForcibly(); // SIGKILL on Unix
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        long acked = 0;
        for (String line : Files.readAllLines(output)) {
            Matcher m = ACK.matcher(line);
            if (m.matches()) {
                acked = Long.parseLong(m.group(1));
            }
        }
        return acked;
    }

    /**
     * A child JVM undoes and redoes a step that imported many rows (staged in parts, as an import is),
     * and is killed at a random moment: during an undo, whose rows are deleted and their images
     * written in parts; during a redo; during a compaction; or between them. After each kill the
     * store must hold the import whole and the step done, or no row of it and the step undone; the
     * last acknowledged reversal or the one in flight, never a part; and check clean.
     */
    @Test
    void aKilledUndoOrRedoOfALargeImportLeavesItWhollyDoneOrWhollyUndone() throws Exception {
        int kills = Integer.getInteger("finterm.crash.undo.kills", 3);
        int rows = Integer.getInteger("finterm.crash.undo.rows", 6_000);
        long seed = Long.getLong("finterm.crash.seed", 20261124L);
        Random timing = new Random(seed);
        Path dir = temp.resolve("undo");
        User alice;
        Snapshot undone;
        List<Transaction> imported;
        try (Store store = Store.open(dir)) {
            Category food = store.write(tx -> {
                User u = LedgerGenerator.insertUser(tx, "alice");
                Category c = tx.insert(Schema.CATEGORIES, new Category(tx.nextId(Schema.CATEGORIES), u.id(), TxKind.EXPENSE, "Food"));
                for (int i = 0; i < 3; i++) { // rows outside the import, which no reversal may touch
                    tx.insert(Schema.TRANSACTIONS, Transaction.entry(tx.nextId(Schema.TRANSACTIONS), u.id(), u.id(),
                            java.time.LocalDate.of(2026, 11, 1 + i), TxKind.EXPENSE, c.id(), new Money(500 + i, LedgerGenerator.EUR), "own"));
                }
                return c;
            });
            alice = store.read(rd -> rd.get(Schema.USERS, food.userId())).orElseThrow();
            undone = Snapshot.of(store);
            imported = CrashWorkload.importAsStep(store, alice, food, rows, seed);
        }
        Snapshot done = undone.copy();
        imported.forEach(t -> done.transactions.put(t.id(), t));
        long importId = imported.get(0).origin().importId();

        int window = twoReversalsMillis(dir, alice.id()) * 3 / 2; // kills land in the first undo, its redo, or later
        long acked = 0;
        int inFlightFound = 0;
        int foundUndone = 0;
        for (int round = 1; round <= kills; round++) {
            Path output = temp.resolve("undo-" + round + ".out");
            Process child = worker(output, "undo", dir.toString(), Long.toString(alice.id()));
            awaitReady(child, output, round);
            Thread.sleep(timing.nextInt(window));
            child.destroyForcibly(); // SIGKILL on Unix
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            long ackedNow = lastAck(output);
            acked = Math.max(acked, ackedNow);
            try (Store store = Store.open(dir)) {
                UndoStep step = store.read(rd -> CrashWorkload.theStep(rd, alice.id()));
                long n = CrashWorkload.reversals(step);
                String at = "round " + round + ", " + acked + " reversals acknowledged, the store has had " + n + ": ";
                assertTrue(n == acked || n == acked + 1, at + "an acknowledged reversal was lost");
                boolean isUndone = n % 2 == 1;
                assertEquals(isUndone ? UndoStep.State.UNDONE : UndoStep.State.DONE, step.state(), at + "the step's state");
                long importRows = store.read(rd -> rd.scan(Schema.TX_BY_IMPORT, KeyRange.prefix(alice.id(), importId), Paging.all())
                        .rows().size());
                assertEquals(isUndone ? 0 : rows, importRows, at + "the import is partly there");
                assertEquals(isUndone ? undone : done, Snapshot.of(store), at + "the rows");
                assertEquals(!isUndone, store.read(rd -> rd.get(Schema.IMPORTS, importId)).isPresent(), at + "the import's record");
                assertEquals(n == 0 ? 1 : rows + 1, (long) store.read(rd -> rd.count(Schema.STEP_CHANGES)),
                        at + "the step's images: the import's record, and its rows once undone");
                IntegrityReport report = store.check();
                assertTrue(report.ok(), at + report.problems());
                if (n > acked) {
                    inFlightFound++;
                }
                if (isUndone) {
                    foundUndone++;
                }
                acked = n;
            }
        }
        System.out.printf("undo crash test: %d kills within %d ms of the open, %d undos and redos of a %d-row import"
                + " done and found, every acknowledged one present; found undone %d times, done %d times; the reversal in flight had reached"
                + " the disk %d times; 0 partly there%n", kills, window, acked, rows, foundUndone, kills - foundUndone, inFlightFound);
        assertTrue(acked > 0, () -> "the worker should undo and redo between kills: " + errors(temp.resolve("undo-" + kills + ".out")));
    }

    /** How long the worker takes to undo and redo the step, on a copy of the store in {@code dir}. */
    private int twoReversalsMillis(Path dir, long userId) throws Exception {
        Path copy = Files.createDirectories(temp.resolve("undo-calibration"));
        try (var files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (!f.getFileName().toString().equals(Store.LOCK)) {
                    Files.copy(f, copy.resolve(f.getFileName()));
                }
            }
        }
        Path output = temp.resolve("undo-calibration.out");
        Process child = worker(output, "undo", copy.toString(), Long.toString(userId));
        awaitReady(child, output, 0);
        long started = System.nanoTime();
        while (lastAck(output) < 2) {
            if (!child.isAlive() || System.nanoTime() - started > TimeUnit.MINUTES.toNanos(5)) {
                child.destroyForcibly();
                fail("the worker did not undo and redo the step: " + errors(output));
            }
            Thread.sleep(5);
        }
        int millis = (int) TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        return Math.max(100, millis);
    }

    private Process worker(Path output, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // A budget at which the undo's row images go to the journal in parts ahead of its commit.
                "-Xmx512m", "-D" + HeapBudget.PROPERTY + "=10000000", "-cp", System.getProperty("java.class.path"),
                CrashWorker.class.getName()));
        command.addAll(List.of(args));
        // The child writes straight to a file: a pipe read after SIGKILL can lose the last lines.
        return new ProcessBuilder(command).redirectOutput(output.toFile())
                .redirectError(output.resolveSibling(output.getFileName() + ".err").toFile()).start();
    }

    private static void awaitReady(Process child, Path output, int round) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!Files.readString(output).startsWith("READY")) {
            if (System.nanoTime() > deadline || !child.isAlive()) {
                child.destroyForcibly();
                fail("the worker did not open the store in round " + round + ": " + Files.readString(output));
            }
            Thread.sleep(5);
        }
    }

    private static String errors(Path output) {
        try {
            return Files.readString(output.resolveSibling(output.getFileName() + ".err"));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    private static long lastAck(Path output) throws Exception {
        long acked = 0;
        for (String line : Files.readAllLines(output)) {
            Matcher m = ACK.matcher(line);
            if (m.matches()) {
                acked = Long.parseLong(m.group(1));
            }
        }
        return acked;
    }

    @Test
    void aSecondProcessIsToldTheStoreIsInUse() throws Exception {
        Path dir = temp.resolve("shared");
        try (Store store = Store.open(dir)) {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), OpenProbe.class.getName(), dir.toString())
                    .redirectErrorStream(true).start();
            String out = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
            assertEquals(1, child.exitValue());
            assertEquals("the store in " + dir + " is in use by another finterm process", out);
            assertTrue(Files.exists(dir.resolve(Store.JOURNAL)));
        }
    }
}
