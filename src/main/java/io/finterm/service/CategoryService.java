package io.finterm.service;

import io.finterm.domain.Plural;
import io.finterm.domain.Budget;
import io.finterm.domain.BudgetRollover;
import io.finterm.domain.Category;
import io.finterm.domain.Rule;
import io.finterm.domain.Schedule;
import io.finterm.domain.Text;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.UniqueViolation;
import io.finterm.store.WriteTx;
import java.util.Comparator;
import java.util.List;

/**
 * A user's own categories: list (with how many transactions each holds), add, rename, merge one into
 * another, and delete an unused one. Where a method takes a kind, {@code null} means "whichever kind
 * has a category of that name", and a name that both kinds have must then say which.
 */
public final class CategoryService {
    private final Store store;
    private final Sessions sessions;
    private final Steps steps;

    public CategoryService(Store store, AccountService accounts) {
        this.store = store;
        this.sessions = accounts.sessions();
        this.steps = new Steps(accounts.clock());
    }

    /** Income categories first, then expenses, each by name. */
    public List<Category> list(Session session) {
        User user = sessions.active(session);
        return store.read(rd -> Categories.all(rd, user.id()).stream()
                .sorted(Comparator.comparing(Category::kind).thenComparing(Category::name, String.CASE_INSENSITIVE_ORDER))
                .toList());
    }

    /** {@link #list}, each with the number of its transactions, in the same order. */
    public List<CategoryCount> listWithCounts(Session session) {
        User user = sessions.active(session);
        return store.read(rd -> Categories.all(rd, user.id()).stream()
                .sorted(Comparator.comparing(Category::kind).thenComparing(Category::name, String.CASE_INSENSITIVE_ORDER))
                .map(c -> new CategoryCount(c, rd.count(Schema.TX_BY_CATEGORY, KeyRange.prefix(user.id(), c.id()))))
                .toList());
    }

    public Category add(Session session, TxKind kind, String name) {
        User user = sessions.active(session);
        try {
            return store.write(tx -> {
                Category c = tx.insert(Schema.CATEGORIES, new Category(tx.nextId(Schema.CATEGORIES), user.id(), kind, Categories.newName(name)));
                steps.record(tx, user, "new category '" + c.name() + "'");
                return c;
            });
        } catch (UniqueViolation e) {
            throw taken(kind, name);
        }
    }

    public Category rename(Session session, TxKind kind, String name, String newName) {
        User user = sessions.active(session);
        try {
            return store.write(tx -> {
                Category c = existing(tx, user.id(), kind, name);
                Category renamed = tx.update(Schema.CATEGORIES, new Category(c.id(), user.id(), c.kind(), Categories.newName(newName)));
                steps.record(tx, user, "rename of category '" + c.name() + "' to '" + renamed.name() + "'");
                return renamed;
            });
        } catch (UniqueViolation e) {
            throw taken(kind, newName);
        }
    }

    /**
     * Moves every transaction, budget, rule, schedule and budget rollover setting of {@code from} into {@code into} and
     * deletes {@code from}, in one transaction. Where both have a budget for the same month, the two are added up. The source's rollover settings move only
     * when the target has none; when it has its own, the target's stand and the source's are dropped.
     *
     * @return how many transactions moved
     */
    public long merge(Session session, TxKind kind, String from, String into) {
        User user = sessions.active(session);
        return store.write(tx -> {
            Category source = existing(tx, user.id(), kind, from);
            Category target = Categories.existing(tx, user.id(), source.kind(), into);
            if (source.id() == target.id()) {
                throw new ValidationException("category", "cannot merge '" + source.name() + "' into itself");
            }
            List<Transaction> moving = tx.scan(Schema.TX_BY_CATEGORY, KeyRange.prefix(user.id(), source.id()), Paging.all()).rows();
            for (Transaction t : moving) {
                // A split's lines in the source move too; its other lines stay where they are.
                tx.update(Schema.TRANSACTIONS, t.recategorized(id -> id == source.id() ? target.id() : id));
            }
            moveBudgets(tx, user.id(), source, target);
            moveRollovers(tx, user.id(), source, target);
            for (Rule r : tx.scan(Schema.RULES_BY_CATEGORY, KeyRange.prefix(user.id(), source.id()), Paging.all()).rows()) {
                tx.update(Schema.RULES, r.into(target.id())); // a rule keeps its place, and now files into the target
            }
            for (Schedule sc : tx.scan(Schema.SCHEDULES_BY_CATEGORY, KeyRange.prefix(user.id(), source.id()), Paging.all()).rows()) {
                tx.update(Schema.SCHEDULES, sc.withCategory(source.id(), target.id())); // its future occurrences book into the target
            }
            tx.delete(Schema.CATEGORIES, source.id());
            steps.record(tx, user, "merge of category '" + source.name() + "' into '" + target.name() + "'");
            return (long) moving.size();
        });
    }

    private static void moveBudgets(WriteTx tx, long userId, Category source, Category target) {
        for (Budget b : tx.scan(Schema.BUDGETS_BY_MONTH, KeyRange.prefix(userId, source.id()), Paging.all()).rows()) {
            var existing = tx.findUnique(Schema.BUDGETS_BY_MONTH, userId, target.id(), Schema.month(b.month()));
            if (existing.isPresent()) {
                Budget e = existing.get();
                tx.delete(Schema.BUDGETS, b.id());
                tx.update(Schema.BUDGETS, new Budget(e.id(), userId, target.id(), e.month(), e.amount().plus(b.amount())));
            } else {
                tx.update(Schema.BUDGETS, new Budget(b.id(), userId, target.id(), b.month(), b.amount()));
            }
        }
    }

    /**
     * A category's settings are one history (each holds until the next), so two are never mixed: the
     * source's move only when the target has none; otherwise the target's history stands and the
     * source's is dropped, so that the source's "off" from a month can never stop the target's rollover.
     */
    private static void moveRollovers(WriteTx tx, long userId, Category source, Category target) {
        boolean targetHasOwn = !tx.scan(Schema.ROLLOVERS_BY_MONTH, KeyRange.prefix(userId, target.id()), Paging.first(1)).rows().isEmpty();
        for (BudgetRollover r : tx.scan(Schema.ROLLOVERS_BY_MONTH, KeyRange.prefix(userId, source.id()), Paging.all()).rows()) {
            if (targetHasOwn) {
                tx.delete(Schema.ROLLOVERS, r.id());
            } else {
                tx.update(Schema.ROLLOVERS, new BudgetRollover(r.id(), userId, target.id(), r.from(), r.on(), r.overspending()));
            }
        }
    }

    /**
     * Deletes a category with no transactions, rules or schedules (its budgets and rollover settings go with it, by the
     * store's cascade); otherwise offers the merge.
     */
    public void delete(Session session, TxKind kind, String name) {
        User user = sessions.active(session);
        store.write(tx -> {
            Category c = existing(tx, user.id(), kind, name);
            long used = tx.count(Schema.TX_BY_CATEGORY, KeyRange.prefix(user.id(), c.id()));
            if (used > 0) {
                throw new ValidationException("category", "'" + c.name() + "' still has " + Plural.of(used, "transaction")
                        + "; merge it into another " + c.kind().label() + " category instead");
            }
            List<Schedule> schedules = tx.scan(Schema.SCHEDULES_BY_CATEGORY, KeyRange.prefix(user.id(), c.id()), Paging.all()).rows();
            if (!schedules.isEmpty()) {
                boolean one = schedules.size() == 1;
                throw new ValidationException("category", c.name() + " is used by " + RuleUse.schedules(schedules) + "; give " + (one ? "it" : "them")
                        + " another category first (finterm schedule edit NAME --category C), or merge " + c.name()
                        + " into another " + c.kind().label() + " category, which moves " + (one ? "it" : "them"));
            }
            String rules = RuleUse.ofCategory(tx, user.id(), c.id());
            if (!rules.isEmpty()) {
                boolean one = rules.startsWith("rule ");
                throw new ValidationException("category", rules + (one ? " files" : " file") + " into '" + c.name() + "'; remove "
                        + (one ? "it" : "them") + " first (finterm rules remove N), or merge '" + c.name() + "' into another "
                        + c.kind().label() + " category, which moves " + (one ? "it" : "them"));
            }
            steps.record(tx, user, "delete of category '" + c.name() + "'");
            return tx.delete(Schema.CATEGORIES, c.id());
        });
    }

    /** The category {@code name} of {@code kind}, or of either kind when {@code kind} is null and only one has it. */
    private static Category existing(io.finterm.store.ReadTx rd, long userId, TxKind kind, String name) {
        if (kind != null) {
            return Categories.existing(rd, userId, kind, name);
        }
        var expense = Categories.find(rd, userId, TxKind.EXPENSE, name);
        var income = Categories.find(rd, userId, TxKind.INCOME, name);
        if (expense.isPresent() && income.isPresent()) {
            throw new ValidationException("type", "there is an expense and an income category '" + Text.clean(name)
                    + "': say which type");
        }
        return expense.or(() -> income).orElseThrow(() -> new ValidationException("category",
                "there is no category '" + Text.clean(name) + "'"));
    }

    private static ValidationException taken(TxKind kind, String name) {
        return new ValidationException("category", "there is already " + (kind == null ? "a" : kind == TxKind.EXPENSE ? "an expense" : "an income") + " category '"
                + Text.clean(name) + "'");
    }
}
