package io.finterm.store;

import io.finterm.domain.Budget;
import io.finterm.domain.Category;
import io.finterm.domain.Transaction;
import io.finterm.domain.User;
import java.util.TreeMap;

/** Every row of a store, by table and id: what crash and contract tests compare. */
final class Snapshot {
    final TreeMap<Long, User> users = new TreeMap<>();
    final TreeMap<Long, Category> categories = new TreeMap<>();
    final TreeMap<Long, Transaction> transactions = new TreeMap<>();
    final TreeMap<Long, Budget> budgets = new TreeMap<>();

    static Snapshot of(Store store) {
        return store.read(Snapshot::of);
    }

    static Snapshot of(ReadTx rd) {
        Snapshot s = new Snapshot();
        rd.forEach(Schema.USERS, u -> s.users.put(u.id(), u));
        rd.forEach(Schema.CATEGORIES, c -> s.categories.put(c.id(), c));
        rd.forEach(Schema.TRANSACTIONS, t -> s.transactions.put(t.id(), t));
        rd.forEach(Schema.BUDGETS, b -> s.budgets.put(b.id(), b));
        return s;
    }

    Snapshot copy() {
        Snapshot s = new Snapshot();
        s.users.putAll(users);
        s.categories.putAll(categories);
        s.transactions.putAll(transactions);
        s.budgets.putAll(budgets);
        return s;
    }

    /** What deleting a user does: the user, and their categories, transactions and budgets. */
    void deleteUser(long id) {
        users.remove(id);
        categories.values().removeIf(c -> c.userId() == id);
        transactions.values().removeIf(t -> t.userId() == id);
        budgets.values().removeIf(b -> b.userId() == id);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Snapshot s && users.equals(s.users) && categories.equals(s.categories)
                && transactions.equals(s.transactions) && budgets.equals(s.budgets);
    }

    @Override
    public int hashCode() {
        return transactions.hashCode();
    }

    @Override
    public String toString() {
        return users.size() + " users, " + categories.size() + " categories, " + transactions.size()
                + " transactions, " + budgets.size() + " budgets";
    }
}
