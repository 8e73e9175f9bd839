package io.finterm.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.finterm.domain.Category;
import io.finterm.domain.Transaction;
import io.finterm.testdata.LedgerGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a child JVM with SIGKILL while it migrates a format-1 store of 50,000 transactions, at a
 * random moment of the open: while the old journal is copied aside, while the new one is written,
 * around the rename, or while the tables are rebuilt. After every kill the journal must be the old
 * one byte for byte or a whole new one, and the store must open with every row.
 *
 * <p>{@code mvn verify} runs 6 kills; {@code mvn -B test -Dtest=MigrationCrashTest -Dfinterm.migration.kills=200}
 * is the long run.
 */
@Tag("crash")
class MigrationCrashTest {
    @TempDir
    Path temp;

    @Test
    void aKilledMigrationLeavesTheOldStoreOrTheNewOneNeverAMix() throws Exception {
        int kills = Integer.getInteger("finterm.migration.kills", 6);
        Random timing = new Random(Long.getLong("finterm.crash.seed", 20261129L));
        Path base = temp.resolve("base");
        Snapshot expected = aFormatOneStore(base);
        byte[] oldJournal = Files.readAllBytes(base.resolve(Store.JOURNAL));

        long openMillis = openTime(base);
        int keptOld = 0;
        int foundNew = 0;
        for (int round = 1; round <= kills; round++) {
            Path dir = copy(base, temp.resolve("round-" + round));
            Process child = start(dir, temp.resolve("round-" + round + ".out"));
            Thread.sleep(timing.nextInt((int) (openMillis * 6 / 5) + 1));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));

            Path journal = dir.resolve(Store.JOURNAL);
            int format = Journal.header(journal).format();
            if (format == 1) {
                assertArrayEquals(oldJournal, Files.readAllBytes(journal), "round " + round + ": the old journal, untouched");
                keptOld++;
            } else {
                assertEquals(2, format, "round " + round);
                Journal.verify(journal, Files.size(journal)); // whole: every record intact
                foundNew++;
            }
            try (Store store = Store.open(dir)) {
                assertEquals(expected, Snapshot.of(store), "round " + round);
                IntegrityReport report = store.check();
                assertTrue(report.ok(), "round " + round + ": " + report.problems());
            }
            assertEquals(2, Journal.header(journal).format());
            assertArrayEquals(oldJournal, Files.readAllBytes(dir.resolve("journal.format1.bak")));
        }
        System.out.printf("migration crash test: %d kills during a %d ms open; the old journal was there %d times,"
                + " the new one %d times; 0 failed opens, 0 mixed journals, 0 rows lost%n", kills, openMillis, keptOld, foundNew);
    }

    /** A format-1 store, written by this finterm and framed back as format 1, left as after a crash. */
    private static Snapshot aFormatOneStore(Path dir) throws Exception {
        Snapshot rows;
        try (Store store = Store.open(dir)) {
            List<Category> categories = LedgerGenerator.createUsers(store, 5);
            List<Transaction> many = new LedgerGenerator(11).transactions(categories, 50_000, 5, java.time.LocalDate.of(2024, 12, 31), 1);
            for (int from = 0; from < many.size(); from += 5_000) {
                List<Transaction> chunk = many.subList(from, from + 5_000);
                store.write(tx -> {
                    chunk.forEach(t -> tx.insert(Schema.TRANSACTIONS, t));
                    return null;
                });
            }
            rows = Snapshot.of(store);
        }
        FormatOneJournal.downgrade(dir.resolve(Store.JOURNAL));
        Files.delete(dir.resolve(Store.CLEAN_MARKER));
        return rows;
    }

    /** How long the child takes to open (and so migrate) a copy of {@code base}, unhindered. */
    private long openTime(Path base) throws Exception {
        Path out = temp.resolve("calibration.out");
        Process child = start(copy(base, temp.resolve("calibration")), out);
        assertTrue(child.waitFor(120, TimeUnit.SECONDS));
        for (String line : Files.readAllLines(out)) {
            if (line.startsWith("OPENED ")) {
                return Long.parseLong(line.substring(7));
            }
        }
        fail("the worker did not open the store: " + Files.readString(out));
        return 0;
    }

    private static Process start(Path dir, Path output) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), MigrationWorker.class.getName(), dir.toString())
                .redirectOutput(output.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!Files.readString(output).startsWith("READY")) {
            if (System.nanoTime() > deadline || !child.isAlive()) {
                child.destroyForcibly();
                fail("the worker did not start");
            }
            Thread.sleep(2);
        }
        return child;
    }

    private static Path copy(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (!f.getFileName().toString().equals(Store.LOCK)) {
                    Files.copy(f, to.resolve(f.getFileName()));
                }
            }
        }
        return to;
    }
}
