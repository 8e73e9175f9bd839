package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A child JVM ({@link ImportKillWorker}) is killed with SIGKILL while its import has staged parts
 * of its file on disk: the store must open with nothing of that import, and without the staging file.
 * (Kills at random moments, the commit's included, are {@link MixedLoadCrashTest}'s.)
 */
@Tag("crash")
class ImportKillTest {
    @TempDir
    Path temp;

    @Test
    void anImportKilledWhileItsFileIsStagedLeavesNothingOfItAndItsStagingFileIsRemovedOnOpen() throws Exception {
        Path dir = temp.resolve("store");
        Path output = temp.resolve("worker.out");
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-cp", System.getProperty("java.class.path"), ImportKillWorker.class.getName(), dir.toString())
                .redirectOutput(output.toFile()).redirectError(temp.resolve("worker.err").toFile()).start();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!Files.readString(output).startsWith("HALF") || staged(dir).isEmpty()) {
                if (System.nanoTime() > deadline || !child.isAlive()) {
                    fail("the worker did not stage half its file: " + Files.readString(temp.resolve("worker.err")));
                }
                Thread.sleep(5);
            }
        } finally {
            child.destroyForcibly(); // SIGKILL on Unix
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        assertFalse(staged(dir).isEmpty(), "the kill left a staging file behind");

        try (Store store = Store.open(dir)) {
            assertEquals(List.of(), staged(dir), "opening the store removed it");
            assertEquals(0L, (long) store.read(rd -> rd.count(Schema.TRANSACTIONS)));
            assertTrue(store.check().ok(), () -> store.check().problems().toString());
            Accounts fixture = new Accounts.Restored(store).fixture();
            Session alice = fixture.alice();
            assertEquals(14, fixture.categories.list(alice).size(), "the import's new category is not there either");
            ImportService imports = new ImportService(store, fixture.accounts, "", 1_000, java.time.Clock.systemUTC());
            assertEquals(new ImportService.Summary(20_000, 0, List.of("expense:Pets"), false), imports.importCsv(alice,
                    new StringReader(ImportServiceTest.manyRows(20_000, "Pets")), new ImportService.Options(false, false), n -> { }));
            assertEquals(20_000L, (long) store.read(rd -> rd.count(Schema.TRANSACTIONS)));
            assertTrue(store.check().ok(), () -> store.check().problems().toString());
        }
    }

    private static List<Path> staged(Path dir) throws Exception {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().startsWith("staging-") && p.toFile().length() > 0).toList();
        }
    }
}
