package io.finterm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Category;
import io.finterm.domain.Money;
import io.finterm.domain.SplitLine;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import io.finterm.domain.User;
import io.finterm.testdata.LedgerGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A row with several keys in one index (a transaction's tags, a split's categories) or several shares
 * in one aggregate keeps exactly one entry per key through inserts, updates, deletes, a transaction's
 * own view of what it wrote, and a rebuild of the tables from the journal.
 */
class MultiKeyIndexTest {
    static final Currency EUR = LedgerGenerator.EUR;
    static final LocalDate DAY = LocalDate.of(2024, 3, 5);

    @TempDir
    Path dir;
    Store store;
    User alice;
    User bob;
    long food;
    long home;
    long bobsFood;

    @BeforeEach
    void twoUsersWithCategories() {
        store = Store.open(dir);
        store.write(tx -> {
            alice = LedgerGenerator.insertUser(tx, "alice");
            bob = LedgerGenerator.insertUser(tx, "bob");
            food = category(tx, alice, "Food");
            home = category(tx, alice, "Home");
            bobsFood = category(tx, bob, "Food");
            return null;
        });
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private static long category(WriteTx tx, User user, String name) {
        return tx.insert(Schema.CATEGORIES, new Category(tx.nextId(Schema.CATEGORIES), user.id(), TxKind.EXPENSE, name)).id();
    }

    private Transaction receipt(long id, List<String> tags, SplitLine... lines) {
        return new Transaction(id, alice.id(), alice.id(), DAY, TxKind.EXPENSE, 0, new Money(1_000, EUR), "shop", 0,
                "Market", tags, TxStatus.UNCLEARED, List.of(lines));
    }

    private static SplitLine line(long category, long cents) {
        return new SplitLine(category, new Money(cents, EUR), "");
    }

    private List<Long> tagged(String tag) {
        return store.read(rd -> rd.scan(Schema.TX_BY_TAG, KeyRange.prefix(alice.id(), tag), Paging.all()).rows())
                .stream().map(Transaction::id).toList();
    }

    /** (category, count, sum) of alice's month, in key order. */
    private List<List<Long>> foodMonth() {
        return store.read(rd -> Schema.monthlyTotals(rd, KeyRange.prefix(alice.id(), Schema.month(YearMonth.from(DAY)))))
                .stream().map(m -> List.of(m.categoryId(), m.count(), m.sum())).toList();
    }

    @Test
    void eachTagHasOneEntryThatFollowsTheRowThroughUpdateAndDelete() {
        store.write(tx -> tx.insert(Schema.TRANSACTIONS, receipt(100, List.of("trip", "tax"), line(food, 600), line(home, 400))));
        assertEquals(List.of(100L), tagged("trip"));
        assertEquals(List.of(100L), tagged("tax"));
        store.write(tx -> tx.update(Schema.TRANSACTIONS, receipt(100, List.of("tax", "work"), line(food, 600), line(home, 400))));
        assertEquals(List.of(), tagged("trip"));
        assertEquals(List.of(100L), tagged("work"));
        assertTrue(store.check().ok(), () -> store.check().problems().toString());
        store.write(tx -> tx.delete(Schema.TRANSACTIONS, 100));
        assertEquals(List.of(), tagged("tax"));
        assertEquals(0L, (long) store.read(rd -> rd.count(Schema.TX_BY_CATEGORY, KeyRange.prefix(alice.id()))));
        assertTrue(store.check().ok(), () -> store.check().problems().toString());
    }

    @Test
    void twoLinesInOneCategoryCountOnceWithTheirSumAndEachCategoryFindsTheRowOnce() {
        store.write(tx -> tx.insert(Schema.TRANSACTIONS, receipt(100, List.of(), line(food, 300), line(home, 400), line(food, 300))));
        assertEquals(List.of(List.of(food, 1L, 600L), List.of(home, 1L, 400L)), foodMonth());
        assertEquals(1L, (long) store.read(rd -> rd.count(Schema.TX_BY_CATEGORY, KeyRange.prefix(alice.id(), food))));
        assertEquals(1L, (long) store.read(rd -> rd.count(Schema.TX_BY_CATEGORY, KeyRange.prefix(alice.id(), home))));
    }

    @Test
    void aWriteSeesItsOwnTagEntriesBeforeItCommits() {
        List<Long> seen = store.write(tx -> {
            tx.insert(Schema.TRANSACTIONS, receipt(100, List.of("trip"), line(food, 500), line(home, 500)));
            return tx.scan(Schema.TX_BY_TAG, KeyRange.prefix(alice.id(), "trip"), Paging.all()).rows().stream().map(Transaction::id).toList();
        });
        assertEquals(List.of(100L), seen);
    }

    @Test
    void aLineInAnotherUsersCategoryOrAMissingOneIsRefused() {
        assertThrows(ForeignKeyViolation.class, () -> store.write(tx ->
                tx.insert(Schema.TRANSACTIONS, receipt(100, List.of(), line(food, 500), line(bobsFood, 500)))));
        assertThrows(ForeignKeyViolation.class, () -> store.write(tx ->
                tx.insert(Schema.TRANSACTIONS, receipt(100, List.of(), line(food, 500), line(9_999, 500)))));
        store.write(tx -> tx.insert(Schema.TRANSACTIONS, receipt(100, List.of(), line(food, 500), line(home, 500))));
        assertThrows(ForeignKeyViolation.class, () -> store.write(tx -> tx.delete(Schema.CATEGORIES, home)));
    }

    @Test
    void tablesRebuiltFromTheJournalHoldTheSameEntries() throws Exception {
        store.write(tx -> {
            tx.insert(Schema.TRANSACTIONS, receipt(100, List.of("trip", "tax"), line(food, 600), line(home, 400)));
            tx.insert(Schema.TRANSACTIONS, receipt(101, List.of("trip"), line(food, 100), line(food, 900)));
            return null;
        });
        List<Long> before = tagged("trip");
        List<List<Long>> totals = foodMonth();
        store.close();
        Files.delete(dir.resolve("tables.db"));
        store = Store.open(dir);
        assertEquals(Store.Opened.REBUILT, store.opened());
        assertEquals(before, tagged("trip"));
        assertEquals(List.of(List.of(food, 2L, 1_600L), List.of(home, 1L, 400L)), totals);
        assertEquals(totals, foodMonth());
        assertEquals(List.of(100L, 101L), before);
        assertTrue(store.check().ok(), () -> store.check().problems().toString());
    }
}
