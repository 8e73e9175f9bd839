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
 * Kills a child JVM with SIGKILL while it migrates an old store, at a random moment of the open:
 * while the old journal is copied aside, while the new one is written, around the rename, or while
 * the tables are rebuilt. The stores are one of format 1 with 50,000 transactions (1 → 3) and the
 * committed store of format 2 (2 → 3, accounts). After every kill the journal must be the old one
 * byte for byte or a whole new one, and the store must open with every row and account that an
 * uninterrupted migration gives.
 *
 * <p>{@code mvn verify} runs 6 kills of each; {@code mvn -B test -Dtest=MigrationCrashTest -Dfinterm.migration.kills=200}
 * is the long run.
 */
@Tag("crash")
class MigrationCrashTest {
    @TempDir
    Path temp;

    @Test
    void aKilledMigrationOfFormatOneLeavesTheOldStoreOrTheNewOneNeverAMix() throws Exception {
        Path base = temp.resolve("base");
        aFormatOneStore(base);
        killDuringMigration(base, 1);
    }

    @Test
    void aKilledMigrationOfTheFormatTwoFixtureLeavesTheOldStoreOrTheNewOneNeverAMix() throws Exception {
        Path base = io.finterm.testdata.StoreFixtures.copyStore("format2", temp.resolve("base2"));
        killDuringMigration(base, 2);
    }

    @Test
    void aKilledMigrationOfTheFormatThreeFixtureLeavesTheOldStoreOrTheNewOneNeverAMix() throws Exception {
        Path base = io.finterm.testdata.StoreFixtures.copyStore("format3", temp.resolve("base3"));
        killDuringMigration(base, 3);
    }

    @Test
    void aKilledMigrationOfTheFormatFourFixtureLeavesTheOldStoreOrTheNewOneNeverAMix() throws Exception {
        Path base = io.finterm.testdata.StoreFixtures.copyStore("format4", temp.resolve("base4"));
        killDuringMigration(base, 4);
    }

    @Test
    void aKilledMigrationOfTheFormatFiveFixtureLeavesTheOldStoreOrTheNewOneNeverAMix() throws Exception {
        Path base = io.finterm.testdata.StoreFixtures.copyStore("format5", temp.resolve("base5"));
        killDuringMigration(base, 5);
    }

    @Test
    void aKilledMigrationOfTheFormatSixFixtureLeavesTheOldStoreOrTheNewOneNeverAMix() throws Exception {
        Path base = io.finterm.testdata.StoreFixtures.copyStore("format6", temp.resolve("base6"));
        killDuringMigration(base, 6);
    }

    @Test
    void aKilledMigrationOfTheFormatSevenFixtureLeavesTheOldStoreOrTheNewOneNeverAMix() throws Exception {
        Path base = io.finterm.testdata.StoreFixtures.copyStore("format7", temp.resolve("base7"));
        killDuringMigration(base, 7);
    }

    @Test
    void aKilledMigrationOfTheFormatEightFixtureLeavesTheOldStoreOrTheNewOneNeverAMix() throws Exception {
        Path base = io.finterm.testdata.StoreFixtures.copyStore("format8", temp.resolve("base8"));
        killDuringMigration(base, 8);
    }

    /** Every row, and the accounts, which {@link Snapshot} leaves out. */
    private record Rows(Snapshot rows, List<io.finterm.domain.Account> accounts) {
        static Rows of(Store store) {
            return new Rows(Snapshot.of(store), store.read(rd -> {
                List<io.finterm.domain.Account> all = new java.util.ArrayList<>();
                rd.forEach(Schema.ACCOUNTS, all::add);
                return all;
            }));
        }
    }

    private void killDuringMigration(Path base, int oldFormat) throws Exception {
        int kills = Integer.getInteger("finterm.migration.kills", 6);
        Random timing = new Random(Long.getLong("finterm.crash.seed", 20261129L));
        byte[] oldJournal = Files.readAllBytes(base.resolve(Store.JOURNAL));
        assertEquals(oldFormat, Journal.header(base.resolve(Store.JOURNAL)).format());
        String kept = "journal.format" + oldFormat + ".bak";

        Path calibration = copy(base, temp.resolve("calibration-" + oldFormat));
        long openMillis = openTime(calibration);
        Rows expected;
        try (Store store = Store.open(calibration)) {
            expected = Rows.of(store);
        }
        assertTrue(expected.accounts().size() >= 3, "every user has an account");
        int keptOld = 0;
        int foundNew = 0;
        for (int round = 1; round <= kills; round++) {
            Path dir = copy(base, temp.resolve("round-" + oldFormat + "-" + round));
            Process child = start(dir, temp.resolve("round-" + oldFormat + "-" + round + ".out"));
            Thread.sleep(timing.nextInt((int) (openMillis * 6 / 5) + 1));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));

            Path journal = dir.resolve(Store.JOURNAL);
            int format = Journal.header(journal).format();
            if (format == oldFormat) {
                assertArrayEquals(oldJournal, Files.readAllBytes(journal), "round " + round + ": the old journal, untouched");
                keptOld++;
            } else {
                assertEquals(StoreFormat.CURRENT, format, "round " + round);
                Journal.verify(journal, Files.size(journal)); // whole: every record intact
                foundNew++;
            }
            try (Store store = Store.open(dir)) {
                assertEquals(expected, Rows.of(store), "round " + round);
                IntegrityReport report = store.check();
                assertTrue(report.ok(), "round " + round + ": " + report.problems());
            }
            assertEquals(StoreFormat.CURRENT, Journal.header(journal).format());
            assertArrayEquals(oldJournal, Files.readAllBytes(dir.resolve(kept)));
        }
        System.out.printf("migration crash test (%d to %d): %d kills during a %d ms open; the old journal was there %d times,"
                + " the new one %d times; 0 failed opens, 0 mixed journals, 0 rows lost%n", oldFormat, StoreFormat.CURRENT, kills,
                openMillis, keptOld, foundNew);
    }

    /** A format-1 store, written by this finterm and written back as format 1, left as after a crash. */
    private static void aFormatOneStore(Path dir) throws Exception {
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
        }
        FormatOneJournal.downgrade(dir.resolve(Store.JOURNAL));
        Files.delete(dir.resolve(Store.CLEAN_MARKER));
    }

    /** How long the child takes to open (and so migrate) the store in {@code dir}, unhindered. */
    private long openTime(Path dir) throws Exception {
        Path out = temp.resolve(dir.getFileName() + ".out");
        Process child = start(dir, out);
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
