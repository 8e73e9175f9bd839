package io.finterm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Category;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.testdata.LedgerGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write that meets a full disk (ENOSPC, through file channels that run out of room part-way
 * through a record) is refused with one sentence, leaves the store exactly as it was, and the
 * store goes on working once there is room again, before and after a reopen.
 */
class DiskFullTest {
    private static final String DISK_FULL = "disk full: your last change was not saved";

    @TempDir
    Path temp;

    private final FullDisk disk = new FullDisk();
    private Store store;
    private Category groceries;

    @BeforeEach
    void openWithAFewRows() {
        store = Store.open(temp, disk);
        groceries = store.write(tx -> {
            var user = LedgerGenerator.insertUser(tx, "alice");
            return tx.insert(Schema.CATEGORIES, new Category(tx.nextId(Schema.CATEGORIES), user.id(), TxKind.EXPENSE, "Groceries"));
        });
        for (int i = 0; i < 20; i++) {
            add(1, "before");
        }
    }

    @AfterEach
    void close() {
        store.close();
    }

    private void add(int rows, String description) {
        store.write(tx -> {
            for (int i = 0; i < rows; i++) {
                tx.insert(Schema.TRANSACTIONS, Transaction.entry(tx.nextId(Schema.TRANSACTIONS), groceries.userId(), groceries.userId(),
                        LocalDate.of(2026, 3, 1 + i % 28), TxKind.EXPENSE, groceries.id(),
                        new Money(100 + i, LedgerGenerator.EUR), description));
                if (i % 1_000 == 999) {
                    tx.spill();
                }
            }
            return null;
        });
    }

    @Test
    void aChangeThatDoesNotFitIsRefusedAndTheStoreWorksOnOnceThereIsRoom() throws Exception {
        Snapshot before = Snapshot.of(store);
        long journalSize = Files.size(temp.resolve(Store.JOURNAL));
        disk.leave(30, Long.MAX_VALUE); // the record's header fits, its rows do not

        StoreException refused = assertThrows(StoreException.class, () -> add(1, "never saved"));

        assertEquals(DISK_FULL, refused.getMessage());
        assertEquals(before, Snapshot.of(store));
        assertEquals(journalSize, Files.size(temp.resolve(Store.JOURNAL)), "the torn record is cut off again");
        assertTrue(store.check().ok());

        disk.makeRoom();
        add(1, "after");
        Snapshot after = Snapshot.of(store);
        assertEquals(before.transactions.size() + 1, after.transactions.size());
        assertReopensAs(after);
    }

    @Test
    void aLargeImportThatRunsOutOfRoomPartWayLeavesNoneOfItsRows() throws Exception {
        Snapshot before = Snapshot.of(store);
        long journalSize = Files.size(temp.resolve(Store.JOURNAL));
        String budget = System.setProperty(HeapBudget.PROPERTY, "1"); // every part goes to the journal at once
        try {
            disk.leave(200_000, Long.MAX_VALUE); // some parts fit, the rest does not
            StoreException refused = assertThrows(StoreException.class, () -> add(20_000, "import"));
            assertEquals(DISK_FULL, refused.getMessage());
        } finally {
            restore(budget);
        }
        assertEquals(before, Snapshot.of(store));
        assertEquals(journalSize, Files.size(temp.resolve(Store.JOURNAL)), "the parts are cut off again");
        disk.makeRoom();
        add(3, "after");
        assertReopensAs(Snapshot.of(store));
    }

    private void stage(Staging staging, int rows) {
        for (int i = 0; i < rows; i++) {
            staging.add(Schema.TRANSACTIONS, Transaction.entry(staging.nextId(Schema.TRANSACTIONS, 1_000), groceries.userId(), groceries.userId(),
                    LocalDate.of(2026, 3, 1 + i % 28), TxKind.EXPENSE, groceries.id(), new Money(100 + i, LedgerGenerator.EUR), "staged"));
        }
    }

    private java.util.List<Path> stagingFiles() throws Exception {
        try (var files = Files.list(temp)) {
            return files.filter(p -> p.getFileName().toString().startsWith("staging-")).toList();
        }
    }

    @Test
    void aStagingThatRunsOutOfRoomForItsFileIsRefusedAndLeavesNoFile() throws Exception {
        Snapshot before = Snapshot.of(store);
        disk.leave(100_000, Long.MAX_VALUE); // a few parts fit, the rest does not
        try (Staging staging = store.stage(1_000)) {
            StoreException refused = assertThrows(StoreException.class, () -> stage(staging, 20_000));
            assertEquals(DISK_FULL, refused.getMessage());
        }
        assertEquals(java.util.List.of(), stagingFiles());
        assertEquals(before, Snapshot.of(store));
        disk.makeRoom();
        add(3, "after");
        assertReopensAs(Snapshot.of(store));
    }

    @Test
    void aStagedCommitWhosePartsDoNotFitInTheJournalLeavesNoneOfItsRows() throws Exception {
        Snapshot before = Snapshot.of(store);
        long journalSize = Files.size(temp.resolve(Store.JOURNAL));
        try (Staging staging = store.stage(1_000)) {
            stage(staging, 20_000);
            disk.leave(200_000, Long.MAX_VALUE); // some parts fit in the journal, the rest does not
            StoreException refused = assertThrows(StoreException.class, () -> store.commit(staging, tx -> null));
            assertEquals(DISK_FULL, refused.getMessage());
        }
        assertEquals(java.util.List.of(), stagingFiles());
        assertEquals(before, Snapshot.of(store));
        assertEquals(journalSize, Files.size(temp.resolve(Store.JOURNAL)), "the parts are cut off again");
        disk.makeRoom();
        add(3, "after");
        assertReopensAs(Snapshot.of(store));
    }

    @Test
    void aCompactionThatDoesNotFitKeepsTheOldJournalAndLeavesNoTemporaryFile() throws Exception {
        Snapshot before = Snapshot.of(store);
        disk.leave(100, Long.MAX_VALUE);

        StoreException refused = assertThrows(StoreException.class, store::compact);

        assertEquals("disk full: the compaction was not saved", refused.getMessage());
        assertFalse(Files.exists(temp.resolve(Store.JOURNAL + ".tmp")), "the half-written snapshot is removed");
        disk.makeRoom();
        add(1, "after");
        store.compact();
        Snapshot after = Snapshot.of(store);
        assertEquals(before.transactions.size() + 1, after.transactions.size());
        assertReopensAs(after);
    }

    @Test
    void aChangeIsRefusedBeforeAnythingIsWrittenWhenTheDiskHasNoRoomForTheTablesToGrow() throws Exception {
        Snapshot before = Snapshot.of(store);
        long journalSize = Files.size(temp.resolve(Store.JOURNAL));
        disk.leave(DiskRoom.HEADROOM); // room for the record, not for the tables' growth after it

        StoreException refused = assertThrows(StoreException.class, () -> add(1, "never saved"));

        assertEquals(DISK_FULL, refused.getMessage());
        assertEquals(journalSize, Files.size(temp.resolve(Store.JOURNAL)), "nothing was written");
        assertEquals(before, Snapshot.of(store));
        disk.makeRoom();
        add(1, "after");
        assertReopensAs(Snapshot.of(store));
    }

    @Test
    void aStoreThatMustBeRebuiltOnAFullDiskSaysHowMuchRoomItNeedsAndOpensOnceThereIsRoom() throws Exception {
        Snapshot before = Snapshot.of(store);
        store.close();
        Files.delete(temp.resolve(Store.CLEAN_MARKER)); // as kill -9 leaves it
        Files.delete(temp.resolve(Store.TABLES));
        disk.leave(1 << 20);

        StoreException refused = assertThrows(StoreException.class, () -> Store.open(temp, disk));

        assertTrue(refused.getMessage().startsWith("disk full: rebuilding the tables of the store in " + temp
                + " needs about 9 MB free and 1 MB are"), refused.getMessage());
        disk.makeRoom();
        store = Store.open(temp, disk);
        assertEquals(Store.Opened.REBUILT, store.opened());
        assertEquals(before, Snapshot.of(store));
    }

    /** After a clean close, and again as after a crash (no marker: rebuilt from the journal alone). */
    private void assertReopensAs(Snapshot expected) throws Exception {
        store.close();
        store = Store.open(temp);
        assertEquals(Store.Opened.CLEAN, store.opened());
        assertEquals(expected, Snapshot.of(store));
        store.close();
        Files.delete(temp.resolve(Store.CLEAN_MARKER));
        store = Store.open(temp);
        assertEquals(Store.Opened.REBUILT, store.opened());
        assertEquals(expected, Snapshot.of(store));
        assertTrue(store.check().ok());
    }

    private static void restore(String budget) {
        if (budget == null) {
            System.clearProperty(HeapBudget.PROPERTY);
        } else {
            System.setProperty(HeapBudget.PROPERTY, budget);
        }
    }
}
