package io.finterm.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Category;
import io.finterm.domain.Transaction;
import io.finterm.testdata.LedgerGenerator;
import io.finterm.testdata.StoreFixtures;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opening a store of an older format migrates it in place, once, with a copy of the old journal
 * kept aside; a store of a newer format is refused untouched. The contents of the migrated
 * fixture are checked against what it was made of in {@code FormatOneStoreTest}.
 */
class MigrationTest {
    @TempDir
    Path temp;
    Path dir;
    Path journal;
    byte[] formatOne;

    @BeforeEach
    void aCopyOfTheFormatOneFixture() throws Exception {
        dir = StoreFixtures.copyStore("format1", temp.resolve("store"));
        journal = dir.resolve(Store.JOURNAL);
        formatOne = Files.readAllBytes(journal);
        assertEquals(1, Journal.header(journal).format());
    }

    private Path backup() {
        return dir.resolve("journal.format1.bak");
    }

    @Test
    void aFormatOneStoreIsMigratedOnceWithItsOldJournalKeptAside() throws Exception {
        Snapshot migrated;
        try (Store store = Store.open(dir)) {
            assertEquals(new Migrations.Migrated(1, StoreFormat.CURRENT, backup()), store.migration());
            assertEquals(Store.Opened.REBUILT, store.opened());
            assertEquals(3_101L, (long) store.read(rd -> rd.count(Schema.TRANSACTIONS)));
            assertTrue(store.check().ok(), () -> store.check().problems().toString());
            migrated = Snapshot.of(store);
        }
        assertArrayEquals(formatOne, Files.readAllBytes(backup()));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(backup())));
        assertEquals(StoreFormat.CURRENT, Journal.header(journal).format());

        Path copy = temp.resolve("downgraded");
        Files.copy(journal, copy);
        FormatOneJournal.downgrade(copy);
        assertArrayEquals(formatOne, Files.readAllBytes(copy),
                "the same commits, numbered as before, framed anew and with accounts added, and nothing else");

        try (Store store = Store.open(dir)) {
            assertNull(store.migration());
            assertEquals(Store.Opened.CLEAN, store.opened());
            assertEquals(migrated, Snapshot.of(store));
        }
    }

    @Test
    void aFormatTwoStoreGetsAccountsAndOtherwiseTheSameCommits() throws Exception {
        Path two = StoreFixtures.copyStore("format2", temp.resolve("two"));
        byte[] formatTwo = Files.readAllBytes(two.resolve(Store.JOURNAL));
        assertEquals(2, Journal.header(two.resolve(Store.JOURNAL)).format());
        Path kept = two.resolve("journal.format2.bak");
        try (Store store = Store.open(two)) {
            assertEquals(new Migrations.Migrated(2, StoreFormat.CURRENT, kept), store.migration());
            assertEquals(3_105L, (long) store.read(rd -> rd.count(Schema.TRANSACTIONS)));
            assertEquals(6L, (long) store.read(rd -> rd.count(Schema.ACCOUNTS)), "README: alice 3, bob 2, carol 1");
            assertTrue(store.check().ok(), () -> store.check().problems().toString());
        }
        assertArrayEquals(formatTwo, Files.readAllBytes(kept));
        assertEquals(StoreFormat.CURRENT, Journal.header(two.resolve(Store.JOURNAL)).format());
        Path copy = temp.resolve("two-downgraded");
        Files.copy(two.resolve(Store.JOURNAL), copy);
        FormatOneJournal.downgrade(copy, 2);
        assertArrayEquals(formatTwo, Files.readAllBytes(copy), "the same commits, with accounts added and nothing else");
        try (Store store = Store.open(two)) {
            assertNull(store.migration());
            assertEquals(Store.Opened.CLEAN, store.opened());
        }
    }

    @Test
    void aStoreWrittenByANewerFintermIsRefusedAndLeftAsItWas() throws Exception {
        try (Store store = Store.open(dir)) {
            assertTrue(store.check().ok());
        }
        try (RandomAccessFile f = new RandomAccessFile(journal.toFile(), "rw")) {
            f.seek(4);
            f.writeInt(StoreFormat.CURRENT + 1);
        }
        Map<String, byte[]> before = files();
        String expected = "this store was written by a newer finterm (format " + (StoreFormat.CURRENT + 1) + "); this finterm reads formats up to " + StoreFormat.CURRENT + "";
        assertEquals(expected, assertThrows(StoreException.class, () -> Store.open(dir)).getMessage());
        assertEquals(expected, assertThrows(StoreException.class, () -> Salvage.run(dir)).getMessage());
        Map<String, byte[]> after = files();
        assertEquals(before.keySet(), after.keySet());
        before.forEach((name, bytes) -> assertArrayEquals(bytes, after.get(name), name));
    }

    @Test
    void aMigrationInterruptedBeforeItsRenameStartsAgainFromTheOldJournal() throws Exception {
        Files.write(backup(), new byte[] {1, 2, 3}); // a crash while the copy was written…
        Files.write(dir.resolve(Store.JOURNAL + ".tmp"), new byte[4096]); // …or while the new journal was
        Files.delete(dir.resolve(Store.CLEAN_MARKER));
        try (Store store = Store.open(dir)) {
            assertEquals(1, store.migration().from());
            assertEquals(3_101L, (long) store.read(rd -> rd.count(Schema.TRANSACTIONS)));
        }
        assertArrayEquals(formatOne, Files.readAllBytes(backup()));
        assertFalse(Files.exists(dir.resolve(Store.JOURNAL + ".tmp")));
    }

    @Test
    void aMigrationInterruptedAfterItsRenameIsNotRepeated() throws Exception {
        Snapshot migrated;
        try (Store store = Store.open(dir)) {
            migrated = Snapshot.of(store);
        }
        Files.delete(dir.resolve(Store.CLEAN_MARKER)); // killed after the rename, while the tables were rebuilt
        Files.delete(dir.resolve(Store.TABLES));
        try (Store store = Store.open(dir)) {
            assertNull(store.migration());
            assertEquals(migrated, Snapshot.of(store));
        }
        assertArrayEquals(formatOne, Files.readAllBytes(backup()));
    }

    @Test
    void aDamagedFormatOneJournalIsRefusedBeforeItIsMigratedAndCanBeSalvaged() throws Exception {
        byte[] damaged = formatOne.clone();
        int second = Journal.HEADER + Journal.RECORD_HEADER + java.nio.ByteBuffer.wrap(damaged).getInt(Journal.HEADER);
        damaged[second + Journal.RECORD_HEADER + 1] ^= 0x20;
        Files.write(journal, damaged);
        StoreCorruptException e = assertThrows(StoreCorruptException.class, () -> Store.open(dir));
        assertTrue(e.getMessage().contains("is damaged at byte " + second + ": "), e.getMessage());
        assertArrayEquals(damaged, Files.readAllBytes(journal), "the old journal is left as it was");

        Salvage.Salvaged salvaged = Salvage.run(dir);
        assertEquals(second, salvaged.keptBytes());
        try (Store store = Store.open(dir)) {
            assertEquals(1, store.migration().from());
            assertEquals(1L, (long) store.read(rd -> rd.count(Schema.USERS)), "the first commit: carol and her categories");
        }
    }

    @Test
    void aMigrationThatWouldFillTheDiskIsRefusedBeforeItStarts() throws Exception {
        FullDisk disk = new FullDisk();
        disk.leave(Long.MAX_VALUE, 2 * formatOne.length);
        StoreException e = assertThrows(StoreException.class, () -> Store.open(dir, disk));
        assertTrue(e.getMessage().startsWith("disk full: upgrading the store in " + dir + " to format " + StoreFormat.CURRENT + " needs about 9 MB"),
                e.getMessage());
        assertArrayEquals(formatOne, Files.readAllBytes(journal));
        assertFalse(Files.exists(backup()));
    }

    @Test
    void theCopyOfTheOldJournalIsRemovedByTheFirstCompactionAfterThirtyDays() throws Exception {
        try (Store store = Store.open(dir)) {
            Files.setLastModifiedTime(backup(), FileTime.from(Instant.now().minus(Duration.ofDays(29))));
            store.compact();
            assertTrue(Files.exists(backup()), "kept for 30 days");
            Files.setLastModifiedTime(backup(), FileTime.from(Instant.now().minus(Duration.ofDays(31))));
            store.write(tx -> LedgerGenerator.insertUser(tx, "dora"));
            assertTrue(Files.exists(backup()), "a commit leaves it alone");
            store.compact();
            assertFalse(Files.exists(backup()));
            assertEquals(4L, (long) store.read(rd -> rd.count(Schema.USERS)));
        }
    }

    @Test
    void aMigrationNeverCompactsTheJournalItWroteEvenWhenEditsHaveOutgrownIt() throws Exception {
        Path edited = Files.createDirectories(temp.resolve("edited"));
        Path control = Files.createDirectories(temp.resolve("control"));
        try (Store store = Store.open(temp.resolve("source"))) {
            List<Category> categories = LedgerGenerator.createUsers(store, 1);
            List<Transaction> rows = new LedgerGenerator(3).transactions(categories, 2_000, 1, LocalDate.of(2025, 12, 31), 1);
            for (int round = 0; round < 30; round++) { // every row written 30 times: the journal outgrows a snapshot
                String note = "edit " + round + " " + "x".repeat(190);
                boolean first = round == 0;
                store.write(tx -> {
                    for (Transaction t : rows) {
                        Transaction edit = Transaction.entry(t.id(), t.userId(), t.userId(), t.date(), t.kind(), t.categoryId(), t.amount(), note);
                        if (first) {
                            tx.insert(Schema.TRANSACTIONS, edit);
                        } else {
                            tx.update(Schema.TRANSACTIONS, edit);
                        }
                    }
                    return null;
                });
            }
            // Copied while open: this store's own close would compact its journal.
            Files.copy(temp.resolve("source").resolve(Store.JOURNAL), edited.resolve(Store.JOURNAL));
        }
        FormatOneJournal.downgrade(edited.resolve(Store.JOURNAL));
        Files.copy(edited.resolve(Store.JOURNAL), control.resolve(Store.JOURNAL));
        long oldSize = Files.size(edited.resolve(Store.JOURNAL));

        try (Store store = Store.open(edited)) {
            assertEquals(1, store.migration().from());
        }
        assertTrue(Files.size(edited.resolve(Store.JOURNAL)) > oldSize, "the migrated journal, as it was written");

        try (Store store = Store.open(control)) { // the control: migrated and closed, then opened again and closed
            assertEquals(1, store.migration().from());
        }
        try (Store store = Store.open(control)) {
            assertNull(store.migration());
        }
        assertTrue(Files.size(control.resolve(Store.JOURNAL)) < oldSize / 4, "a later close compacts as usual");
    }

    private Map<String, byte[]> files() throws Exception {
        Map<String, byte[]> all = new TreeMap<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                all.put(f.getFileName().toString(), Files.readAllBytes(f));
            }
        }
        return all;
    }
}
