package io.finterm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.testdata.LedgerGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.DBMaker;

/** The store contract on the journaled file store, plus what only a file store has. */
class FileStoreTest extends StoreContract {
    @TempDir
    Path temp;

    Path dir() {
        return temp.resolve("store");
    }

    @Override
    Store newStore() {
        return Store.open(dir());
    }

    @Override
    Store reopen(Store store) {
        store.close();
        Store again = Store.open(dir());
        assertEquals(Store.Opened.CLEAN, again.opened());
        return again;
    }

    @Test
    void aNewStoreIsCreatedThenReopenedCleanly() {
        store.close();
        store = Store.open(dir());
        assertEquals(Store.Opened.CLEAN, store.opened());
        assertEquals(2, count(Schema.USERS));
    }

    /** No clean marker is what kill -9 leaves; no tables file is what a careless clean-up leaves. */
    @ParameterizedTest
    @ValueSource(strings = {Store.CLEAN_MARKER, Store.TABLES})
    void withoutTheMarkerOrTheTablesTheStoreIsRebuiltFromTheJournal(String missing) throws Exception {
        add(groceries, DAY, 100);
        Snapshot before = Snapshot.of(store);
        store.close();
        Files.delete(dir().resolve(missing));
        store = Store.open(dir());
        assertEquals(Store.Opened.REBUILT, store.opened());
        assertEquals(before, Snapshot.of(store));
        assertTrue(store.check().ok());
    }

    @Test
    void aHeapTooSmallForBulkLoadsAppliesAndRebuildsRowByRow() throws Exception {
        List<Transaction> many = new io.finterm.testdata.LedgerGenerator(9).transactions(List.of(groceries, rent, bobsGroceries),
                12_000, 2, DAY, 5000);
        withTinyHeap(() -> {
            store.write(tx -> {
                many.forEach(t -> tx.insert(Schema.TRANSACTIONS, t));
                return null;
            });
            Snapshot before = Snapshot.of(store);
            store.close();
            Files.delete(dir().resolve(Store.CLEAN_MARKER));
            store = Store.open(dir());
            assertEquals(Store.Opened.REBUILT, store.opened());
            assertEquals(before, Snapshot.of(store));
            assertTrue(store.check().ok(), () -> store.check().problems().toString());
        });
    }

    @Test
    void theIntegrityCheckFindsADamagedIndexAndRepairMendsIt() throws Exception {
        add(groceries, DAY, 100);
        store.close();
        // Damage the MapDB file behind the store's back; the journal and the clean marker stay valid.
        try (DB db = DBMaker.fileDB(dir().resolve(Store.TABLES).toFile()).fileLockDisable().make()) {
            Tables tables = Tables.open(db);
            var index = tables.index(Schema.TX_BY_CATEGORY);
            index.remove(index.firstKey());
            BTreeMap<Object[], long[]> totals = tables.aggregate(Schema.MONTHLY_TOTALS);
            totals.put(totals.firstKey(), new long[] {1, 1});
            db.commit();
        }
        store = Store.open(dir());
        IntegrityReport report = store.check();
        assertFalse(report.ok());
        assertTrue(report.problems().stream().anyMatch(p -> p.startsWith("tx_by_user_category_date: has 0 entries for 1 rows")),
                report.problems().toString());
        assertTrue(report.problems().stream().anyMatch(p -> p.startsWith("monthly_totals")), report.problems().toString());
        store.repair();
        assertTrue(store.check().ok(), () -> store.check().problems().toString());
        assertEquals(1, count(Schema.TRANSACTIONS));
    }

    @Test
    void aSecondOpenInTheSameProcessIsRefusedWithOneSentence() {
        StoreInUseException e = assertThrows(StoreInUseException.class, () -> Store.open(dir()));
        assertEquals("the store in " + dir() + " is in use by another finterm process", e.getMessage());
    }

    @Test
    void filesAreReadableOnlyByTheirOwner() throws Exception {
        store.compact();
        store.close();
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir())));
        for (String name : new String[] {Store.JOURNAL, Store.TABLES, Store.CLEAN_MARKER, Store.LOCK}) {
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir().resolve(name))), name);
        }
        store = Store.open(dir());
    }

    @Test
    void compactionShrinksTheJournal() throws Exception {
        Transaction t = add(groceries, DAY, 1);
        for (int i = 2; i < 200; i++) {
            Transaction changed = Transaction.entry(t.id(), t.userId(), t.userId(), t.date(), t.kind(), t.categoryId(),
                    new io.finterm.domain.Money(i, EUR), "a longer description to make each record bigger");
            store.write(tx -> tx.update(Schema.TRANSACTIONS, changed));
        }
        long before = Files.size(dir().resolve(Store.JOURNAL));
        store.compact();
        long after = Files.size(dir().resolve(Store.JOURNAL));
        assertTrue(after * 10 < before, before + " -> " + after);
        store.close();
        Files.delete(dir().resolve(Store.CLEAN_MARKER)); // replay the compacted journal
        store = Store.open(dir());
        assertEquals(199, store.read(rd -> rd.get(Schema.TRANSACTIONS, t.id())).orElseThrow().amount().minor());
        assertEquals(Map.ofEntries(Map.entry("users", 2L), Map.entry("categories", 4L), Map.entry("accounts", 2L), Map.entry("imports", 0L),
                Map.entry("transactions", 1L), Map.entry("budgets", 0L), Map.entry("rates", 0L), Map.entry("ssh_keys", 0L),
                Map.entry("rules", 0L), Map.entry("profiles", 0L), Map.entry("schedules", 0L), Map.entry("occurrences", 0L),
                Map.entry("balance_warnings", 0L), Map.entry("budget_rollovers", 0L),
                Map.entry("undo_steps", 0L), Map.entry("undo_changes", 0L), Map.entry("audit_events", 0L)),
                store.check().rowCounts());
    }

    @Test
    void aJournalMostlyOfDeletedRowsIsCompactedAtClose() throws Exception {
        List<Long> ids = store.write(tx -> {
            List<Long> made = new java.util.ArrayList<>();
            for (int i = 0; i < 200_000; i++) {
                made.add(tx.insert(Schema.TRANSACTIONS, expense(tx.nextId(Schema.TRANSACTIONS), groceries, DAY, i + 1,
                        "an import that was undone")).id());
            }
            return made;
        });
        store.write(tx -> {
            ids.forEach(id -> tx.delete(Schema.TRANSACTIONS, id));
            return null;
        });
        add(groceries, DAY, 7);
        long before = Files.size(dir().resolve(Store.JOURNAL));

        store.close();

        long after = Files.size(dir().resolve(Store.JOURNAL));
        assertTrue(before > 8 << 20 && after < 4096, before + " -> " + after);
        store = Store.open(dir());
        assertEquals(Store.Opened.CLEAN, store.opened());
        assertEquals(1, count(Schema.TRANSACTIONS));
    }

    // A large transaction hands its rows to the journal in parts: only a store with a journal can.

    @Test
    void aTransactionThatSpillsItsRowsCommitsThemAllAtOnce() throws Exception {
        StoreContract.withTinyHeap(this::spillAndCommit);
    }

    private void spillAndCommit() throws Exception {
        List<Transaction> many = new LedgerGenerator(4).transactions(List.of(groceries, rent, salary), 12_000, 2, DAY, 100_000);
        Snapshot before = Snapshot.of(store);
        long bytesBefore = store.bytesOnDisk();
        store.write(tx -> {
            int n = 0;
            for (Transaction t : many) {
                tx.insert(Schema.TRANSACTIONS, t);
                if (++n % 5_000 == 0) {
                    tx.spill();
                    assertTrue(store.bytesOnDisk() > bytesBefore, "the parts went to the journal");
                    assertEquals(before, Snapshot.of(store), "spilled rows are invisible until the commit");
                }
            }
            return null;
        });
        store = reopen(store);
        assertEquals(12_000, count(Schema.TRANSACTIONS));
        assertEquals(many.get(11_999), store.read(rd -> rd.get(Schema.TRANSACTIONS, many.get(11_999).id())).orElseThrow());
        assertTrue(store.check().ok(), () -> store.check().problems().toString());
    }

    @Test
    void aTransactionThatFailsAfterSpillingLeavesNoTrace() throws Exception {
        StoreContract.withTinyHeap(this::spillAndFail);
    }

    private void spillAndFail() throws Exception {
        add(groceries, DAY, 1);
        Snapshot before = Snapshot.of(store);
        long bytes = store.bytesOnDisk();
        List<Transaction> many = new LedgerGenerator(5).transactions(List.of(groceries), 9_000, 1, DAY, 200_000);
        assertThrows(UniqueViolation.class, () -> store.write(tx -> {
            int n = 0;
            for (Transaction t : many) {
                tx.insert(Schema.TRANSACTIONS, t);
                if (++n % 3_000 == 0) {
                    tx.spill();
                }
            }
            tx.insert(Schema.CATEGORIES, category(tx, alice, TxKind.EXPENSE, "groceries"));
            return null;
        }));
        assertEquals(before, Snapshot.of(store));
        assertEquals(bytes, store.bytesOnDisk());
        add(rent, DAY, 2);
        store = reopen(store);
        assertEquals(2, count(Schema.TRANSACTIONS));
        assertTrue(store.check().ok());
    }

    @Test
    void aStagingFileThatAKilledProcessLeftIsRemovedWhenTheStoreOpens() throws Exception {
        store.close();
        Path stale = dir().resolve("staging-left-by-a-kill.tmp");
        Files.write(stale, new byte[] {1, 2, 3});
        store = Store.open(dir());
        assertFalse(Files.exists(stale));
        assertEquals(2, count(Schema.USERS));
    }

    @Test
    void stagedPartsWaitInAPrivateFileInTheStoreThatClosingTheStagingRemoves() throws Exception {
        List<Path> files;
        try (Staging staging = store.stage(1_000)) {
            StoreContract.stage(staging, groceries, 2_500);
            try (var list = Files.list(dir())) {
                files = list.filter(p -> p.getFileName().toString().startsWith("staging-")).toList();
            }
            assertEquals(1, files.size());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(files.get(0))));
            assertTrue(Files.size(files.get(0)) > 2_000 * 10, "two parts of 1,000 rows are on disk, the rest in memory");
        }
        assertFalse(Files.exists(files.get(0)));
        assertEquals(0, count(Schema.TRANSACTIONS));
    }
}
