package io.finterm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
 * Every fifth round starts a new store and kills it while it is being created.
 *
 * <p>25 kills run in {@code mvn verify}; {@code mvn -B test -Dtest=CrashTest -Dfinterm.crash.kills=500}
 * runs the long version.
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
