package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.BudgetRollover;
import io.finterm.domain.Category;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.StoreFormat;
import io.finterm.store.Table;
import io.finterm.testdata.StoreFixtures;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store that the last finterm before undo and the audit log wrote ({@code stores/format8}, see its
 * README and {@code make.sh}) migrates to format 9: there are no undo steps and no audit events, the
 * rollover settings read as the commands put them in, a change made afterwards is a step that undo
 * takes back and redo brings again, and the backup of version 7 made by the same build restores.
 */
class MigrationOfFormatEightTest {
    @TempDir
    Path temp;
    Store store;

    @BeforeEach
    void openTheMigratedFixture() {
        store = Store.open(StoreFixtures.copyStore("format8", temp.resolve("store")));
        assertEquals(8, store.migration().from());
        assertEquals(StoreFormat.CURRENT, store.migration().to());
    }

    @AfterEach
    void close() {
        store.close();
    }

    private static <T> List<T> rows(Store from, Table<T> table) {
        List<T> all = new ArrayList<>();
        from.read(rd -> {
            rd.forEach(table, all::add);
            return null;
        });
        return all;
    }

    /** Each setting as "user category from on overspending", sorted. */
    private static List<String> rollovers(Store from) {
        Map<Long, String> users = rows(from, Schema.USERS).stream().collect(Collectors.toMap(User::id, User::username));
        Map<Long, String> categories = rows(from, Schema.CATEGORIES).stream().collect(Collectors.toMap(Category::id, Category::name));
        return rows(from, Schema.ROLLOVERS).stream().map(r -> users.get(r.userId()) + " " + categories.get(r.categoryId()) + " "
                + r.from() + " " + (r.on() ? "on" : "off") + " " + r.overspending()).sorted().toList();
    }

    @Test
    void thereAreNoUndoStepsNoAuditEventsAndTheStoreChecksClean() {
        assertEquals(0L, (long) store.read(rd -> rd.count(Schema.STEPS)));
        assertEquals(0L, (long) store.read(rd -> rd.count(Schema.STEP_CHANGES)));
        assertEquals(0L, (long) store.read(rd -> rd.count(Schema.AUDIT)));
        assertEquals(3L, (long) store.read(rd -> rd.count(Schema.USERS)));
        assertTrue(store.check().ok(), () -> store.check().problems().toString());
    }

    @Test
    void theRolloverSettingsReadAsTheCommandsPutThemIn() {
        assertEquals(List.of("alice Dining 2026-11 on CARRY", "alice Groceries 2026-10 on ABSORB", "bob Transport 2026-11 on ABSORB"),
                rollovers(store));
        assertEquals(3, rows(store, Schema.ROLLOVERS).stream().map(BudgetRollover::id).distinct().count());
    }

    @Test
    void aChangeOnTheMigratedStoreIsAStepThatUndoTakesBackAndRedoBringsAgain() {
        Accounts fx = new Accounts.Restored(store).fixture();
        Session alice = fx.accounts.login("alice", "alice-fixture-pw8".toCharArray(), "cli");
        List<Transaction> before = rows(store, Schema.TRANSACTIONS);
        Transaction added = fx.transactions.add(alice, new Entry(LocalDate.of(2026, 11, 28), TxKind.EXPENSE, "Groceries",
                Money.of(1_730, "EUR"), "market after migration", "Main"));
        assertEquals(before.size() + 1, rows(store, Schema.TRANSACTIONS).size());
        assertEquals(1L, (long) store.read(rd -> rd.count(Schema.STEPS)));

        List<UndoService.Reversed> undone = fx.undo.undo(alice, 1);
        assertEquals(1, undone.size());
        assertEquals("add of 'market after migration' €17.30 on 2026-11-28", undone.get(0).label());
        assertEquals(before, rows(store, Schema.TRANSACTIONS), "the transactions as the fixture held them");
        assertTrue(store.check().ok(), () -> store.check().problems().toString());

        fx.undo.redo(alice, 1);
        assertEquals(added, store.read(rd -> rd.get(Schema.TRANSACTIONS, added.id())).orElseThrow());
        assertEquals(before.size() + 1, rows(store, Schema.TRANSACTIONS).size());
        assertTrue(store.check().ok(), () -> store.check().problems().toString());
    }

    @Test
    void theBackupOfVersionSevenMadeByTheSameBuildRestoresIntoAnEmptyStore() throws Exception {
        String text = Files.readString(StoreFixtures.resources("format8").resolve("backup.json"), StandardCharsets.UTF_8);
        assertTrue(text.contains("\"version\":7,"), "the fixture is a backup of version 7");
        Accounts fx = new Accounts();
        try (Store restored = Store.inMemory()) {
            BackupService.Restored r = new BackupService(restored, fx.accounts, fx.clock).restore(new StringReader(text));
            assertEquals(List.of(3L, 4L, 2L, 4L, 3L, 3L), List.of(r.users(), r.rules(), r.profiles(), r.schedules(), r.budgets(),
                    r.rollovers()), "as make.sh made it: three users, four rules, two profiles, four schedules, three budgets,"
                    + " three rollover settings");
            assertEquals(rows(store, Schema.TRANSACTIONS).stream().sorted(Comparator.comparingLong(Transaction::id)).toList(),
                    rows(restored, Schema.TRANSACTIONS).stream().sorted(Comparator.comparingLong(Transaction::id)).toList(),
                    "the same transactions as the migrated store");
            assertEquals(rollovers(store), rollovers(restored));
            assertEquals(0L, (long) restored.read(rd -> rd.count(Schema.STEPS)), "a restore is no step");
            Accounts fromBackup = new Accounts.Restored(restored).fixture();
            Accounts fromStore = new Accounts.Restored(store).fixture();
            assertEquals(export(fromStore, fromStore.accounts.login("carol", "carol-fixture-pw8".toCharArray(), "cli")),
                    export(fromBackup, fromBackup.accounts.login("carol", "carol-fixture-pw8".toCharArray(), "cli")),
                    "the restored store and the migrated one write the same backup");
            assertTrue(restored.check().ok(), () -> restored.check().problems().toString());
        }
    }

    private static String export(Accounts from, Session s) {
        StringWriter w = new StringWriter();
        from.backups.export(s, w);
        return w.toString().replaceFirst("\"exportedAt\":\"[^\"]*\"", "\"exportedAt\":\"-\"");
    }
}
