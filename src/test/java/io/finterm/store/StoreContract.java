package io.finterm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Budget;
import io.finterm.domain.Category;
import io.finterm.domain.ExchangeRate;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.testdata.LedgerGenerator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Currency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store's contract, run against every kind of store: the file store with its journal, and the
 * in-memory store. A subclass says how to make one and how to reopen it.
 */
abstract class StoreContract {
    static final Currency EUR = LedgerGenerator.EUR;
    static final LocalDate DAY = LocalDate.of(2024, 3, 5);

    Store store;
    User alice;
    User bob;
    Category groceries;
    Category rent;
    Category salary;
    Category bobsGroceries;

    abstract Store newStore() throws Exception;

    /** The same store after closing and opening it again; an in-memory store is just kept. */
    abstract Store reopen(Store store) throws Exception;

    @BeforeEach
    void createUsersAndCategories() throws Exception {
        store = newStore();
        store.write(tx -> {
            alice = LedgerGenerator.insertUser(tx, "alice");
            bob = LedgerGenerator.insertUser(tx, "bob");
            groceries = tx.insert(Schema.CATEGORIES, category(tx, alice, TxKind.EXPENSE, "Groceries"));
            rent = tx.insert(Schema.CATEGORIES, category(tx, alice, TxKind.EXPENSE, "Rent"));
            salary = tx.insert(Schema.CATEGORIES, category(tx, alice, TxKind.INCOME, "Salary"));
            bobsGroceries = tx.insert(Schema.CATEGORIES, category(tx, bob, TxKind.EXPENSE, "Groceries"));
            return null;
        });
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    static Category category(WriteTx tx, User user, TxKind kind, String name) {
        return new Category(tx.nextId(Schema.CATEGORIES), user.id(), kind, name);
    }

    static Transaction expense(long id, Category c, LocalDate date, long cents, String description) {
        return Transaction.entry(id, c.userId(), c.userId(), date, c.kind(), c.id(), new Money(cents, EUR), description);
    }

    Transaction add(Category c, LocalDate date, long cents) {
        return store.write(tx -> tx.insert(Schema.TRANSACTIONS, expense(tx.nextId(Schema.TRANSACTIONS), c, date, cents, "x")));
    }

    long count(Table<?> table) {
        return store.read(rd -> rd.count(table));
    }

    @Test
    void everyTableRoundTripsItsRows() throws Exception {
        Transaction t = add(groceries, DAY, 1234);
        Budget b = store.write(tx -> tx.insert(Schema.BUDGETS,
                new Budget(tx.nextId(Schema.BUDGETS), alice.id(), groceries.id(), YearMonth.of(2024, 3), new Money(40000, EUR))));
        ExchangeRate r = store.write(tx -> tx.insert(Schema.RATES,
                new ExchangeRate(tx.nextId(Schema.RATES), DAY, Currency.getInstance("USD"), new BigDecimal("1.0856"))));
        store = reopen(store);
        assertEquals(alice, store.read(rd -> rd.get(Schema.USERS, alice.id())).orElseThrow());
        assertEquals(groceries, store.read(rd -> rd.get(Schema.CATEGORIES, groceries.id())).orElseThrow());
        assertEquals(t, store.read(rd -> rd.get(Schema.TRANSACTIONS, t.id())).orElseThrow());
        assertEquals(b, store.read(rd -> rd.get(Schema.BUDGETS, b.id())).orElseThrow());
        assertEquals(r, store.read(rd -> rd.get(Schema.RATES, r.id())).orElseThrow());
        assertEquals(alice, store.read(rd -> rd.findUnique(Schema.USERS_BY_NAME, "alice")).orElseThrow());
    }

    @Test
    void aReadKnowsTheCommitItSeesAndAWriteHasNoneUntilItCommits() {
        long before = store.read(ReadTx::version);
        assertEquals(store.version(), before);
        long committedSeen = store.write(tx -> {
            tx.insert(Schema.TRANSACTIONS, expense(tx.nextId(Schema.TRANSACTIONS), groceries, DAY, 100, ""));
            assertThrows(IllegalStateException.class, tx::version);
            return tx.committed().version();
        });
        assertEquals(before, committedSeen);
        long after = store.read(ReadTx::version);
        assertTrue(after > before, after + " after " + before);
        assertEquals(store.version(), after);
    }

    @Test
    void anUpdateMovesTheRowInEveryIndex() {
        Transaction t = add(groceries, DAY, 1234);
        Transaction moved = Transaction.entry(t.id(), t.userId(), t.userId(), DAY.plusMonths(1), t.kind(), rent.id(), new Money(999, EUR), "moved");
        store.write(tx -> tx.update(Schema.TRANSACTIONS, moved));
        assertEquals(List.of(), monthOf(alice, YearMonth.from(DAY)));
        assertEquals(List.of(moved), monthOf(alice, YearMonth.from(DAY.plusMonths(1))));
        assertEquals(List.of(), store.read(rd -> rd.scan(Schema.TX_BY_CATEGORY,
                KeyRange.prefix(alice.id(), groceries.id()), Paging.all()).rows()));
        assertTrue(store.check().ok(), () -> store.check().problems().toString());
    }

    @Test
    void aDeleteRemovesTheRowAndItsIndexEntries() {
        Transaction t = add(groceries, DAY, 1234);
        boolean first = store.write(tx -> tx.delete(Schema.TRANSACTIONS, t.id()));
        boolean second = store.write(tx -> tx.delete(Schema.TRANSACTIONS, t.id()));
        assertTrue(first);
        assertFalse(second);
        assertTrue(store.read(rd -> rd.get(Schema.TRANSACTIONS, t.id())).isEmpty());
        assertEquals(List.of(), monthOf(alice, YearMonth.from(DAY)));
        assertEquals(0, count(Schema.TRANSACTIONS));
        assertEquals(List.of(), totals(alice));
    }

    @Test
    void updatingAMissingRowIsRefused() {
        Transaction ghost = expense(999, groceries, DAY, 1, "");
        assertThrows(RowNotFound.class, () -> store.write(tx -> tx.update(Schema.TRANSACTIONS, ghost)));
    }

    @Test
    void aUniqueViolationLeavesNoTraceAnywhere() throws Exception {
        add(groceries, DAY, 500);
        long before = store.bytesOnDisk();
        Snapshot rows = Snapshot.of(store);
        List<AggregateRow> sums = totals(alice);
        UniqueViolation e = assertThrows(UniqueViolation.class, () -> store.write(tx -> {
            tx.insert(Schema.TRANSACTIONS, expense(tx.nextId(Schema.TRANSACTIONS), groceries, DAY, 700, "lost"));
            tx.insert(Schema.CATEGORIES, category(tx, alice, TxKind.EXPENSE, "GROCERIES"));
            return null;
        }));
        assertEquals("categories_by_name", e.constraint());
        assertEquals(rows, Snapshot.of(store));
        assertEquals(sums, totals(alice));
        assertEquals(1, monthOf(alice, YearMonth.from(DAY)).size());
        assertEquals(before, store.bytesOnDisk());
        store = reopen(store);
        assertEquals(rows, Snapshot.of(store));
        assertTrue(store.check().ok());
    }

    @Test
    void uniqueKeysIgnoreCaseButNotOwnerOrKind() {
        store.write(tx -> tx.insert(Schema.CATEGORIES, category(tx, bob, TxKind.EXPENSE, "Rent")));
        store.write(tx -> tx.insert(Schema.CATEGORIES, category(tx, alice, TxKind.INCOME, "Groceries")));
        assertThrows(UniqueViolation.class,
                () -> store.write(tx -> tx.insert(Schema.CATEGORIES, category(tx, alice, TxKind.EXPENSE, "rent"))));
        assertThrows(UniqueViolation.class,
                () -> store.write(tx -> tx.insert(Schema.USERS, LedgerGenerator.user(tx.nextId(Schema.USERS), "ALICE"))));
        assertEquals(6, count(Schema.CATEGORIES));
    }

    @Test
    void renamingOntoAnotherNameIsRefusedButKeepingOnesOwnNameIsNot() {
        store.write(tx -> tx.update(Schema.CATEGORIES, new Category(rent.id(), alice.id(), TxKind.EXPENSE, "RENT")));
        assertThrows(UniqueViolation.class, () -> store.write(tx ->
                tx.update(Schema.CATEGORIES, new Category(rent.id(), alice.id(), TxKind.EXPENSE, "groceries"))));
        assertEquals("RENT", store.read(rd -> rd.get(Schema.CATEGORIES, rent.id())).orElseThrow().name());
    }

    @Test
    void aTransactionMustReferToAnExistingCategoryOfTheSameUser() {
        ForeignKeyViolation missing = assertThrows(ForeignKeyViolation.class, () -> store.write(tx ->
                tx.insert(Schema.TRANSACTIONS, Transaction.entry(tx.nextId(Schema.TRANSACTIONS), alice.id(), alice.id(), DAY,
                        TxKind.EXPENSE, 424242, new Money(1, EUR), ""))));
        assertEquals("transactions.category", missing.constraint());
        ForeignKeyViolation foreign = assertThrows(ForeignKeyViolation.class, () -> store.write(tx ->
                tx.insert(Schema.TRANSACTIONS, Transaction.entry(tx.nextId(Schema.TRANSACTIONS), alice.id(), alice.id(), DAY,
                        TxKind.EXPENSE, bobsGroceries.id(), new Money(1, EUR), ""))));
        assertTrue(foreign.getMessage().contains("belongs to someone else"), foreign.getMessage());
        assertEquals(0, count(Schema.TRANSACTIONS));
    }

    @Test
    void aCategoryWithTransactionsCannotBeDeletedAndNothingChanges() {
        add(groceries, DAY, 100);
        store.write(tx -> tx.insert(Schema.BUDGETS,
                new Budget(tx.nextId(Schema.BUDGETS), alice.id(), groceries.id(), YearMonth.of(2024, 3), new Money(1, EUR))));
        Snapshot before = Snapshot.of(store);
        ForeignKeyViolation e = assertThrows(ForeignKeyViolation.class,
                () -> store.write(tx -> tx.delete(Schema.CATEGORIES, groceries.id())));
        assertEquals("cannot delete category " + groceries.id() + ": 1 transactions refer to it", e.getMessage());
        assertEquals(before, Snapshot.of(store));
    }

    @Test
    void deletingACategoryWithoutTransactionsTakesItsBudgets() {
        store.write(tx -> tx.insert(Schema.BUDGETS,
                new Budget(tx.nextId(Schema.BUDGETS), alice.id(), rent.id(), YearMonth.of(2024, 3), new Money(1, EUR))));
        store.write(tx -> tx.delete(Schema.CATEGORIES, rent.id()));
        assertEquals(0, count(Schema.BUDGETS));
        assertTrue(store.check().ok());
    }

    @Test
    void deletingAUserCascadesToTheirRowsOnly() throws Exception {
        add(groceries, DAY, 100);
        add(salary, DAY, 300000);
        add(bobsGroceries, DAY, 200);
        store.write(tx -> tx.insert(Schema.BUDGETS,
                new Budget(tx.nextId(Schema.BUDGETS), alice.id(), groceries.id(), YearMonth.of(2024, 3), new Money(1, EUR))));
        store.write(tx -> tx.delete(Schema.USERS, alice.id()));
        store = reopen(store);
        Snapshot after = Snapshot.of(store);
        assertEquals(List.of(bob.id()), List.copyOf(after.users.keySet()));
        assertTrue(after.categories.values().stream().allMatch(c -> c.userId() == bob.id()));
        assertTrue(after.transactions.values().stream().allMatch(t -> t.userId() == bob.id()));
        assertEquals(1, after.transactions.size());
        assertEquals(0, after.budgets.size());
        assertEquals(List.of(), totals(alice));
        assertTrue(store.check().ok());
    }

    @Test
    void keysetPagingWalksEveryRowOnceInBothDirections() {
        List<Transaction> added = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            added.add(add(groceries, DAY.plusDays(i), 100 + i));
        }
        KeyRange all = KeyRange.prefix(alice.id());
        List<Transaction> walked = new ArrayList<>();
        List<Integer> sizes = new ArrayList<>();
        Paging paging = Paging.first(3);
        while (true) {
            Paging p = paging;
            Page<Transaction> page = store.read(rd -> rd.scan(Schema.TX_BY_DATE, all, p));
            walked.addAll(page.rows());
            sizes.add(page.rows().size());
            if (!page.hasMore()) {
                break;
            }
            paging = paging.after(page.lastKey());
        }
        assertEquals(added, walked);
        assertEquals(List.of(3, 3, 3, 1), sizes);

        Page<Transaction> newest = store.read(rd -> rd.scan(Schema.TX_BY_DATE, all, Paging.first(4).reversed()));
        assertEquals(List.of(added.get(9), added.get(8), added.get(7), added.get(6)), newest.rows());
        Page<Transaction> older = store.read(rd -> rd.scan(Schema.TX_BY_DATE, all,
                Paging.first(4).reversed().after(newest.lastKey())));
        assertEquals(List.of(added.get(5), added.get(4), added.get(3), added.get(2)), older.rows());
    }

    @Test
    void offsetPagingHandlesTheEdges() {
        for (int i = 0; i < 10; i++) {
            add(groceries, DAY.plusDays(i), 100 + i);
        }
        KeyRange all = KeyRange.prefix(alice.id());
        Page<Transaction> exact = store.read(rd -> rd.scan(Schema.TX_BY_DATE, all, Paging.first(5).skip(5)));
        assertEquals(5, exact.rows().size());
        assertFalse(exact.hasMore());
        assertEquals(110 - 1, exact.rows().get(4).amount().minor());
        Page<Transaction> past = store.read(rd -> rd.scan(Schema.TX_BY_DATE, all, Paging.first(5).skip(50)));
        assertEquals(List.of(), past.rows());
        assertFalse(past.hasMore());
        Page<Transaction> none = store.read(rd -> rd.scan(Schema.TX_BY_DATE, all, Paging.first(0)));
        assertEquals(List.of(), none.rows());
        assertTrue(none.hasMore());
        Page<Transaction> otherUser = store.read(rd -> rd.scan(Schema.TX_BY_DATE, KeyRange.prefix(bob.id()), Paging.all()));
        assertEquals(List.of(), otherUser.rows());
    }

    @Test
    void aDateRangeIncludesBothEnds() {
        add(groceries, DAY.minusDays(1), 1);
        add(groceries, DAY, 2);
        add(groceries, DAY.plusDays(1), 3);
        add(groceries, DAY.plusDays(2), 4);
        List<Transaction> rows = store.read(rd -> rd.scan(Schema.TX_BY_DATE,
                KeyRange.between(new Object[] {alice.id(), DAY.toEpochDay()}, new Object[] {alice.id(), DAY.plusDays(1).toEpochDay()}),
                Paging.all()).rows());
        assertEquals(List.of(2L, 3L), rows.stream().map(t -> t.amount().minor()).toList());
    }

    @Test
    void aggregatesAlwaysEqualTheSumsOfTheRows() throws Exception {
        Random random = new Random(5);
        List<Category> cats = List.of(groceries, rent, salary, bobsGroceries);
        List<Transaction> live = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            int dice = random.nextInt(10);
            if (dice < 6 || live.isEmpty()) {
                Category c = cats.get(random.nextInt(cats.size()));
                live.add(add(c, DAY.plusDays(random.nextInt(200)), 1 + random.nextInt(100_000)));
            } else if (dice < 8) {
                Transaction t = live.get(random.nextInt(live.size()));
                Transaction changed = Transaction.entry(t.id(), t.userId(), t.userId(), t.date().plusDays(40), t.kind(), t.categoryId(),
                        new Money(t.amount().minor() + 1, EUR), t.description());
                store.write(tx -> tx.update(Schema.TRANSACTIONS, changed));
                live.set(live.indexOf(t), changed);
            } else {
                Transaction t = live.remove(random.nextInt(live.size()));
                store.write(tx -> tx.delete(Schema.TRANSACTIONS, t.id()));
            }
        }
        store = reopen(store);
        Map<List<Object>, long[]> expected = new HashMap<>();
        for (Transaction t : live) {
            long[] v = expected.computeIfAbsent(List.of(t.userId(), Schema.month(YearMonth.from(t.date())), t.categoryId(),
                    (long) t.kind().ordinal(), "EUR"), k -> new long[2]);
            v[0]++;
            v[1] += t.amount().minor();
        }
        Map<List<Object>, long[]> actual = new HashMap<>();
        for (User u : List.of(alice, bob)) {
            for (AggregateRow r : totals(u)) {
                actual.put(r.key(), new long[] {r.count(), r.sum()});
            }
        }
        assertEquals(expected.keySet(), actual.keySet());
        expected.forEach((k, v) -> assertEquals(List.of(v[0], v[1]), List.of(actual.get(k)[0], actual.get(k)[1]), k.toString()));
        assertTrue(store.check().ok(), () -> store.check().problems().toString());
    }

    @Test
    void aWriteTransactionReadsItsOwnChanges() {
        Transaction kept = add(groceries, DAY, 100);
        store.write(tx -> {
            Transaction mine = tx.insert(Schema.TRANSACTIONS, expense(tx.nextId(Schema.TRANSACTIONS), groceries, DAY, 200, "mine"));
            tx.delete(Schema.TRANSACTIONS, kept.id());
            assertEquals(List.of(mine), tx.scan(Schema.TX_BY_DATE, KeyRange.prefix(alice.id()), Paging.all()).rows());
            assertTrue(tx.get(Schema.TRANSACTIONS, kept.id()).isEmpty());
            assertEquals(1, tx.count(Schema.TRANSACTIONS));
            List<Long> ids = new ArrayList<>();
            tx.forEach(Schema.TRANSACTIONS, t -> ids.add(t.id()));
            assertEquals(List.of(mine.id()), ids);
            return null;
        });
    }

    @Test
    void idsAreNeverReusedEvenAfterADeleteAndAReopen() throws Exception {
        Transaction t = add(groceries, DAY, 1);
        store.write(tx -> tx.delete(Schema.TRANSACTIONS, t.id()));
        store = reopen(store);
        assertTrue(store.write(tx -> tx.nextId(Schema.TRANSACTIONS)) > t.id());
    }

    @Test
    void aBulkCommitGivesTheSameTablesAsSmallOnes() throws Exception {
        add(groceries, DAY, 7);
        List<Transaction> many = new LedgerGenerator(3).transactions(List.of(groceries, rent, salary, bobsGroceries),
                12_000, 2, DAY, 1000);
        store.write(tx -> {
            many.forEach(t -> tx.insert(Schema.TRANSACTIONS, t));
            return null;
        });
        add(rent, DAY, 9);
        store = reopen(store);
        assertEquals(12_002, count(Schema.TRANSACTIONS));
        long aliceRows = many.stream().filter(t -> t.userId() == alice.id()).count() + 2;
        assertEquals(aliceRows, store.read(rd -> rd.scan(Schema.TX_BY_DATE, KeyRange.prefix(alice.id()), Paging.all())).rows().size());
        assertTrue(store.check().ok(), () -> store.check().problems().toString());
    }

    /** Runs {@code body} with a heap budget so small that the store spills large transactions to its journal. */
    static void withTinyHeap(ThrowingRunnable body) throws Exception {
        System.setProperty(HeapBudget.PROPERTY, "1");
        try {
            body.run();
        } finally {
            System.clearProperty(HeapBudget.PROPERTY);
        }
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void compactionKeepsEveryRow() throws Exception {
        Transaction t = add(groceries, DAY, 1);
        for (int i = 2; i < 50; i++) {
            Transaction changed = Transaction.entry(t.id(), t.userId(), t.userId(), t.date(), t.kind(), t.categoryId(), new Money(i, EUR), "");
            store.write(tx -> tx.update(Schema.TRANSACTIONS, changed));
        }
        Snapshot before = Snapshot.of(store);
        store.compact();
        assertEquals(before, Snapshot.of(store));
        add(rent, DAY, 5);
        store = reopen(store);
        assertEquals(2, count(Schema.TRANSACTIONS));
        assertTrue(store.check().ok());
    }

    @Test
    void readersNeverSeeHalfATransaction() throws Exception {
        Transaction a = add(groceries, DAY, 50_000);
        Transaction b = add(rent, DAY, 50_000);
        java.util.concurrent.atomic.AtomicReference<String> seen = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean done = new java.util.concurrent.atomic.AtomicBoolean();
        List<Thread> readers = new ArrayList<>();
        for (int r = 0; r < 3; r++) {
            Thread t = new Thread(() -> {
                while (!done.get()) {
                    long[] sums = store.read(rd -> new long[] {
                        rd.get(Schema.TRANSACTIONS, a.id()).orElseThrow().amount().minor()
                                + rd.get(Schema.TRANSACTIONS, b.id()).orElseThrow().amount().minor(),
                        rd.aggregate(Schema.MONTHLY_TOTALS, KeyRange.prefix(alice.id())).stream().mapToLong(AggregateRow::sum).sum()});
                    if (sums[0] != 100_000 || sums[1] != 100_000) {
                        seen.compareAndSet(null, java.util.Arrays.toString(sums));
                    }
                }
            });
            t.start();
            readers.add(t);
        }
        for (int i = 1; i <= 300; i++) {
            long moved = i * 100L;
            store.write(tx -> {
                tx.update(Schema.TRANSACTIONS, withAmount(a, 50_000 - moved));
                tx.update(Schema.TRANSACTIONS, withAmount(b, 50_000 + moved));
                return null;
            });
        }
        done.set(true);
        for (Thread t : readers) {
            t.join();
        }
        assertEquals(null, seen.get(), "a reader saw the totals of a half-applied transaction");
    }

    private static Transaction withAmount(Transaction t, long cents) {
        return Transaction.entry(t.id(), t.userId(), t.userId(), t.date(), t.kind(), t.categoryId(), new Money(cents, EUR), t.description());
    }

    private List<Transaction> monthOf(User user, YearMonth month) {
        return store.read(rd -> rd.scan(Schema.TX_BY_DATE, KeyRange.between(
                new Object[] {user.id(), month.atDay(1).toEpochDay()}, new Object[] {user.id(), month.atEndOfMonth().toEpochDay()}),
                Paging.all()).rows());
    }

    private List<AggregateRow> totals(User user) {
        return store.read(rd -> rd.aggregate(Schema.MONTHLY_TOTALS, KeyRange.prefix(user.id())));
    }

    // Staging: rows checked and encoded without the writer lock, committed later all at once.

    /** Stages {@code n} transactions of {@code c} in parts of 1,000 rows under ids reserved 1,000 at a time. */
    static List<Transaction> stage(Staging staging, Category c, int n) {
        List<Transaction> staged = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Transaction t = expense(staging.nextId(Schema.TRANSACTIONS, 1_000), c, DAY.plusDays(i % 40), 100 + i, "staged " + i);
            staging.add(Schema.TRANSACTIONS, t);
            staged.add(t);
        }
        return staged;
    }

    @Test
    void stagedRowsAreInvisibleUntilTheirCommitAndOtherWritersSkipTheirIds() throws Exception {
        List<Transaction> staged;
        Transaction meanwhile;
        Category pets;
        try (Staging staging = store.stage(1_000)) {
            staged = new ArrayList<>(stage(staging, groceries, 1_500));
            Snapshot before = Snapshot.of(store);
            meanwhile = add(rent, DAY, 7);
            before.transactions.put(meanwhile.id(), meanwhile);
            long petsId = staging.nextId(Schema.CATEGORIES, 1);
            pets = new Category(petsId, alice.id(), TxKind.EXPENSE, "Pets");
            staged.addAll(stage(staging, pets, 1_100));
            assertEquals(2_600, staging.rows());
            assertEquals(before, Snapshot.of(store), "nothing staged is visible");
            assertFalse(staged.stream().anyMatch(t -> t.id() == meanwhile.id()), "the other writer's id was not reserved");
            store.commit(staging, tx -> tx.insert(Schema.CATEGORIES, pets));
        }
        store = reopen(store);
        assertEquals(2_601, count(Schema.TRANSACTIONS));
        for (Transaction t : List.of(staged.get(0), staged.get(1_499), staged.get(2_599))) {
            assertEquals(t, store.read(rd -> rd.get(Schema.TRANSACTIONS, t.id())).orElseThrow());
        }
        assertEquals(pets, store.read(rd -> rd.get(Schema.CATEGORIES, pets.id())).orElseThrow());
        long highest = staged.stream().mapToLong(Transaction::id).max().orElseThrow();
        assertTrue(add(groceries, DAY, 1).id() > highest, "the sequence moved past the staged ids");
        assertTrue(store.check().ok(), () -> store.check().problems().toString());
    }

    @Test
    void stagedRowsWhoseCategoryWasDeletedMeanwhileAreRefusedAndNothingIsWritten() throws Exception {
        Snapshot before;
        try (Staging staging = store.stage(1_000)) {
            stage(staging, rent, 2_500);
            store.write(tx -> tx.delete(Schema.CATEGORIES, rent.id()));
            before = Snapshot.of(store);
            ForeignKeyViolation e = assertThrows(ForeignKeyViolation.class, () -> store.commit(staging, tx -> null));
            assertTrue(e.getMessage().contains(rent.id() + " does not exist"), e.getMessage());
        }
        assertEquals(before, Snapshot.of(store));
        store = reopen(store);
        assertEquals(before, Snapshot.of(store));
    }

    @Test
    void stagedRowsThatPointToAnotherUsersCategoryAreRefused() {
        try (Staging staging = store.stage(1_000)) {
            Transaction mixed = Transaction.entry(staging.nextId(Schema.TRANSACTIONS, 10), alice.id(), alice.id(), DAY, TxKind.EXPENSE,
                    bobsGroceries.id(), new Money(100, EUR), "");
            staging.add(Schema.TRANSACTIONS, mixed);
            assertThrows(ForeignKeyViolation.class, () -> store.commit(staging, tx -> null));
        }
        assertEquals(0, count(Schema.TRANSACTIONS));
    }

    @Test
    void aRowWrittenUnderIdsReservedForAStagingRefusesItsCommit() {
        try (Staging staging = store.stage(1_000)) {
            List<Transaction> staged = stage(staging, groceries, 10);
            // Only a restore names its own ids; this one lands in the reserved block.
            store.write(tx -> tx.insert(Schema.TRANSACTIONS, expense(staged.get(0).id() + 500, groceries, DAY, 1, "named id")));
            StoreException e = assertThrows(StoreException.class, () -> store.commit(staging, tx -> null));
            assertEquals("ids reserved for this change were taken by another one meanwhile; nothing was saved", e.getMessage());
        }
        assertEquals(1, count(Schema.TRANSACTIONS));
    }

    @Test
    void onlyRowsThatNoConstraintLooksBackAtCanBeStaged() {
        try (Staging staging = store.stage(1_000)) {
            Category c = new Category(staging.nextId(Schema.CATEGORIES, 1), alice.id(), TxKind.EXPENSE, "Pets");
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> staging.add(Schema.CATEGORIES, c));
            assertEquals("categories rows cannot be staged: a constraint looks back at them", e.getMessage());
            Transaction unreserved = expense(1_000_000, groceries, DAY, 1, "");
            assertThrows(IllegalArgumentException.class, () -> staging.add(Schema.TRANSACTIONS, unreserved));
            Transaction first = expense(staging.nextId(Schema.TRANSACTIONS, 10), groceries, DAY, 1, "");
            staging.add(Schema.TRANSACTIONS, first);
            IllegalArgumentException twice = assertThrows(IllegalArgumentException.class, () -> staging.add(Schema.TRANSACTIONS, first));
            assertEquals("transactions id " + first.id() + " was not drawn for this staging, or not after the last one", twice.getMessage());
        }
    }
}
