package io.finterm.store;

import io.finterm.domain.Budget;
import io.finterm.domain.Category;
import io.finterm.domain.ImportBatch;
import io.finterm.domain.Money;
import io.finterm.domain.Origin;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.UndoStep;
import io.finterm.domain.User;
import io.finterm.testdata.LedgerGenerator;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded random mix of write transactions, generated from the current rows, so that the crash
 * test's verifier can regenerate exactly what its child process committed. Each step is either a
 * commit (applied to the store and, once acknowledged, to the expected snapshot), a transaction
 * that must be refused by a constraint, or a compaction.
 *
 * <p>The undo rounds use the static part: one large import recorded as an undoable step, then
 * undone and redone over and over; each reversal's time says which one it was.
 */
final class CrashWorkload {
    enum Kind { COMMIT, REFUSED, COMPACT }

    /** One generated step: what it does to a write transaction, and to the expected rows. */
    record Step(Kind kind, java.util.function.Consumer<WriteTx> write, java.util.function.Consumer<Snapshot> expect) {
    }

    private static final LocalDate START = LocalDate.of(2020, 1, 1);
    private final Random random;
    private final long idBase;
    private long counter;

    /** Ids come from a range of their own per round, so that a round never reuses another's. */
    CrashWorkload(long seed, long round) {
        this.random = new Random(seed);
        this.idBase = round * 10_000_000L;
    }

    private long newId() {
        return idBase + ++counter;
    }

    Step next(Snapshot model) {
        int dice = random.nextInt(100);
        if (model.users.isEmpty() || dice < 8) {
            return addUser();
        }
        if (dice < 50) {
            return addTransactions(model, 1 + random.nextInt(5));
        }
        if (dice < 65 && !model.transactions.isEmpty()) {
            return updateTransaction(model);
        }
        if (dice < 78 && !model.transactions.isEmpty()) {
            return deleteTransaction(model);
        }
        if (dice < 86) {
            return setBudget(model);
        }
        if (dice < 89 && model.users.size() > 2) {
            return deleteUser(model);
        }
        if (dice < 94) {
            return refused(model);
        }
        if (dice < 96) {
            return new Step(Kind.COMPACT, tx -> { }, m -> { });
        }
        if (dice < 98) {
            return addTransactions(model, 12_000); // large enough to take the bulk-load path
        }
        return addTransactions(model, 1);
    }

    private Step addUser() {
        long userId = newId();
        var user = LedgerGenerator.user(userId, "u" + userId);
        List<Category> cats = new ArrayList<>();
        cats.add(new Category(newId(), userId, TxKind.INCOME, "Salary"));
        cats.add(new Category(newId(), userId, TxKind.EXPENSE, "Groceries"));
        cats.add(new Category(newId(), userId, TxKind.EXPENSE, "Rent"));
        return new Step(Kind.COMMIT, tx -> {
            tx.insert(Schema.USERS, user);
            tx.insert(Schema.ACCOUNTS, LedgerGenerator.main(user));
            cats.forEach(c -> tx.insert(Schema.CATEGORIES, c));
        }, m -> {
            m.users.put(userId, user);
            cats.forEach(c -> m.categories.put(c.id(), c));
        });
    }

    private Step addTransactions(Snapshot model, int count) {
        List<Transaction> txs = new ArrayList<>(count);
        List<Category> cats = new ArrayList<>(model.categories.values());
        for (int i = 0; i < count; i++) {
            Category c = cats.get(random.nextInt(cats.size()));
            txs.add(Transaction.entry(newId(), c.userId(), c.userId(), START.plusDays(random.nextInt(1500)), c.kind(), c.id(),
                    new Money(1 + random.nextInt(100_000), LedgerGenerator.EUR), "t" + random.nextInt(1000)));
        }
        return new Step(Kind.COMMIT, tx -> {
            int n = 0;
            for (Transaction t : txs) {
                tx.insert(Schema.TRANSACTIONS, t);
                if (++n % 4_000 == 0) {
                    tx.spill(); // large commits go to the journal in parts before their last record
                }
            }
        }, m -> txs.forEach(t -> m.transactions.put(t.id(), t)));
    }

    private Step updateTransaction(Snapshot model) {
        Transaction old = pick(new ArrayList<>(model.transactions.values()));
        Transaction changed = Transaction.entry(old.id(), old.userId(), old.userId(), old.date().plusDays(random.nextInt(60) - 30),
                old.kind(), old.categoryId(), new Money(1 + random.nextInt(100_000), LedgerGenerator.EUR), "edited");
        return new Step(Kind.COMMIT, tx -> tx.update(Schema.TRANSACTIONS, changed),
                m -> m.transactions.put(changed.id(), changed));
    }

    private Step deleteTransaction(Snapshot model) {
        long id = pick(new ArrayList<>(model.transactions.keySet()));
        return new Step(Kind.COMMIT, tx -> tx.delete(Schema.TRANSACTIONS, id), m -> m.transactions.remove(id));
    }

    private Step setBudget(Snapshot model) {
        List<Category> expenses = model.categories.values().stream().filter(c -> c.kind() == TxKind.EXPENSE).toList();
        Category c = pick(expenses);
        YearMonth month = YearMonth.of(2024, 1 + random.nextInt(12));
        Money amount = new Money(1 + random.nextInt(500_000), LedgerGenerator.EUR);
        Budget existing = model.budgets.values().stream()
                .filter(b -> b.categoryId() == c.id() && b.month().equals(month)).findFirst().orElse(null);
        Budget budget = new Budget(existing != null ? existing.id() : newId(), c.userId(), c.id(), month, amount);
        return new Step(Kind.COMMIT, tx -> {
            if (existing != null) {
                tx.update(Schema.BUDGETS, budget);
            } else {
                tx.insert(Schema.BUDGETS, budget);
            }
        }, m -> m.budgets.put(budget.id(), budget));
    }

    private Step deleteUser(Snapshot model) {
        long id = pick(new ArrayList<>(model.users.keySet()));
        return new Step(Kind.COMMIT, tx -> tx.delete(Schema.USERS, id), m -> m.deleteUser(id));
    }

    /** Adds a transaction, then a category whose name clashes: the whole transaction must vanish. */
    private Step refused(Snapshot model) {
        Category c = pick(new ArrayList<>(model.categories.values()));
        Transaction t = Transaction.entry(newId(), c.userId(), c.userId(), START, c.kind(), c.id(),
                new Money(100, LedgerGenerator.EUR), "never saved");
        Category clash = new Category(newId(), c.userId(), c.kind(), c.name().toUpperCase(java.util.Locale.ROOT));
        return new Step(Kind.REFUSED, tx -> {
            tx.insert(Schema.TRANSACTIONS, t);
            tx.insert(Schema.CATEGORIES, clash);
        }, m -> { });
    }

    // A large import as one undoable step, undone and redone (CrashTest's undo rounds).

    /** The step's time; reversal n (1 the first undo, 2 its redo, …) stamps the step n seconds later. */
    static final Instant IMPORTED_AT = Instant.parse("2026-11-30T00:00:00Z");
    private static final int PART_ROWS = 5_000;

    /**
     * Imports {@code rows} transactions of {@code category} as one step, the way {@code ImportService}
     * commits an import: staged in parts under reserved ids, then committed with the import's row,
     * marked as a step that brings in import {@code importId}'s staged rows.
     */
    static List<Transaction> importAsStep(Store store, User user, Category category, int rows, long seed) {
        Random random = new Random(seed);
        try (Staging staging = store.stage(PART_ROWS)) {
            long importId = staging.nextId(Schema.IMPORTS, 1);
            List<Transaction> staged = new ArrayList<>(rows);
            for (int i = 0; i < rows; i++) {
                Transaction t = Transaction.entry(staging.nextId(Schema.TRANSACTIONS, PART_ROWS), user.id(), user.id(),
                        START.plusDays(random.nextInt(1500)), category.kind(), category.id(),
                        new Money(1 + random.nextInt(100_000), LedgerGenerator.EUR), "row " + i);
                t = t.withOrigin(new Origin(importId, "", null, t.fingerprint()));
                staging.add(Schema.TRANSACTIONS, t);
                staged.add(t);
            }
            ImportBatch batch = new ImportBatch(importId, user.id(), IMPORTED_AT, "crash.csv", user.id(), rows, 0, null);
            store.commit(staging, tx -> {
                tx.recordStep(user.id(), UndoStep.Kind.CHANGE, "import of crash.csv (" + rows + " rows)", IMPORTED_AT);
                tx.recordImport(importId);
                return tx.insert(Schema.IMPORTS, batch);
            });
            return staged;
        }
    }

    /** The user's one step. */
    static UndoStep theStep(ReadTx rd, long userId) {
        List<UndoStep> steps = rd.scan(Schema.STEPS_BY_USER, KeyRange.prefix(userId), Paging.all()).rows();
        if (steps.size() != 1) {
            throw new IllegalStateException("expected one step, found " + steps);
        }
        return steps.get(0);
    }

    /** How many times the step has been undone or redone, from its time. */
    static long reversals(UndoStep step) {
        return step.stateAt() == null ? 0 : Duration.between(IMPORTED_AT, step.stateAt()).toSeconds();
    }

    /** Reversal {@code n}: undoes the step if it is done, redoes it if it is undone, as one commit. */
    static long reverse(Store store, long userId, long n) {
        return store.write(tx -> {
            UndoStep step = theStep(tx, userId);
            Instant at = IMPORTED_AT.plusSeconds(n);
            return step.state() == UndoStep.State.DONE ? StepReversal.undo(tx, step, at) : StepReversal.redo(tx, step, at);
        });
    }

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
