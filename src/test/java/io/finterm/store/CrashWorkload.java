package io.finterm.store;

import io.finterm.domain.Budget;
import io.finterm.domain.Category;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.testdata.LedgerGenerator;
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

    private <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }
}
