package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Category;
import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.store.Schema;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A category created, renamed, merged or deleted is one step that undo takes back whole and redo applies again. */
class UndoCategoriesTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    private final Accounts fx = new Accounts();
    private final Session alice = fx.alice();

    private Transaction spend(String category, long cents, String description, int day) {
        return fx.transactions.add(alice, new Entry(NOVEMBER.atDay(day), TxKind.EXPENSE, category, Money.of(cents, "EUR"), description));
    }

    private UndoneState state() {
        return UndoneState.of(fx, alice, OCTOBER, NOVEMBER);
    }

    private String undone() {
        return fx.undo.undo(alice, 1).get(0).label();
    }

    private String redone() {
        return fx.undo.redo(alice, 1).get(0).label();
    }

    private Category category(String name) {
        return fx.categories.list(alice).stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void aNewCategoryIsUndoneAndRedone() {
        UndoneState before = state();
        fx.categories.add(alice, TxKind.EXPENSE, "Gym");
        UndoneState after = state();
        assertEquals("new category 'Gym'", undone());
        assertEquals(before, state());
        assertEquals("new category 'Gym'", redone());
        assertEquals(after, state());
    }

    @Test
    void aNewCategoryThatATransactionWasMovedIntoOutsideTheHistoryIsNotRemoved() {
        Transaction t = spend("Groceries", 4_250, "Market", 3);
        Category gym = fx.categories.add(alice, TxKind.EXPENSE, "Gym");
        fx.store.write(tx -> tx.update(Schema.TRANSACTIONS, t.withCategory(gym.id()))); // no step: outside alice's history
        UndoneState before = state();
        FintermException e = assertThrows(FintermException.class, () -> fx.undo.undo(alice, 1));
        assertEquals("cannot undo new category 'Gym': category 'Gym' has transaction " + t.id()
                + " (2026-11-03 'Market') added after this step; nothing was undone", e.getMessage());
        assertEquals(before, state());
    }

    @Test
    void aRenameIsUndoneAndRedone() {
        spend("Groceries", 4_250, "Market", 3);
        fx.budgets.set(alice, "Groceries", NOVEMBER, Money.of(40_000, "EUR"));
        UndoneState before = state();
        fx.categories.rename(alice, TxKind.EXPENSE, "Groceries", "Food");
        UndoneState after = state();
        assertEquals("rename of category 'Groceries' to 'Food'", undone());
        assertEquals(before, state());
        assertEquals("rename of category 'Groceries' to 'Food'", redone());
        assertEquals(after, state());
    }

    @Test
    void aRenameOfACategoryRenamedAgainOutsideTheHistoryIsRefused() {
        Category food = fx.categories.rename(alice, TxKind.EXPENSE, "Groceries", "Food");
        fx.store.write(tx -> tx.update(Schema.CATEGORIES, new Category(food.id(), food.userId(), food.kind(), "Supermarket")));
        UndoneState before = state();
        FintermException e = assertThrows(FintermException.class, () -> fx.undo.undo(alice, 1));
        assertEquals("cannot undo rename of category 'Groceries' to 'Food': category 'Supermarket'"
                + " was changed after this step; nothing was undone", e.getMessage());
        assertEquals(before, state());
    }

    /** Dining with a plain transaction and a split, budgets in two months (Groceries has one of them too), a rollover setting and a rule. */
    private List<Transaction> dining() {
        Transaction dinner = spend("Dining", 6_500, "Dinner", 7);
        Transaction receipt = fx.transactions.add(alice, new Entry(NOVEMBER.atDay(9), TxKind.EXPENSE, "", Money.of(5_000, "EUR"),
                "Receipt", null, "Corner Market", List.of(), List.of(new Entry.SplitEntry("Dining", Money.of(1_500, "EUR"), "coffee"),
                        new Entry.SplitEntry("Groceries", Money.of(3_500, "EUR"), "food"))));
        spend("Groceries", 4_250, "Market", 3);
        fx.budgets.set(alice, "Dining", OCTOBER, Money.of(10_000, "EUR"), BudgetService.Rolling.ON);
        fx.budgets.set(alice, "Dining", NOVEMBER, Money.of(12_000, "EUR"));
        fx.budgets.set(alice, "Groceries", NOVEMBER, Money.of(40_000, "EUR"));
        new RuleService(fx.store, fx.accounts).add(alice, NewRule.of("trattoria", "Dining"));
        return List.of(dinner, receipt);
    }

    @Test
    void aMergeIsUndoneWithItsTransactionsBudgetsAndRolloverSettingsAndRedone() {
        dining();
        UndoneState before = state();
        assertEquals(2, fx.categories.merge(alice, TxKind.EXPENSE, "Dining", "Groceries"));
        UndoneState after = state();
        assertNotEquals(before, after);
        assertEquals("merge of category 'Dining' into 'Groceries'", undone());
        assertEquals(before, state());
        assertEquals("merge of category 'Dining' into 'Groceries'", redone());
        assertEquals(after, state());
    }

    @Test
    void aTransactionAddedToTheMergedCategoryLaterInTheHistoryIsUndoneFirst() {
        dining();
        UndoneState before = state();
        fx.categories.merge(alice, TxKind.EXPENSE, "Dining", "Groceries");
        spend("Groceries", 900, "Bakery", 20);
        assertEquals("add of 'Bakery' €9.00 on 2026-11-20", undone());
        assertEquals("merge of category 'Dining' into 'Groceries'", undone());
        assertEquals(before, state());
    }

    @Test
    void aTransactionAddedToTheMergedCategoryOutsideTheHistoryStaysThereWhenTheMergeIsUndone() {
        dining();
        UndoneState before = state();
        fx.categories.merge(alice, TxKind.EXPENSE, "Dining", "Groceries");
        long groceries = category("Groceries").id();
        long account = fx.accountBook.list(alice).get(0).account().id();
        // a write that is no step of alice's, such as one made before undo existed
        Transaction bakery = fx.store.write(tx -> tx.insert(Schema.TRANSACTIONS, new Transaction(tx.nextId(Schema.TRANSACTIONS),
                alice.userId(), account, NOVEMBER.atDay(20), TxKind.EXPENSE, groceries, Money.of(900, "EUR"), "Bakery", 0)));
        assertEquals("merge of category 'Dining' into 'Groceries'", undone());
        UndoneState undone = state();
        assertEquals(groceries, fx.transactions.get(alice, bakery.id()).transaction().categoryId());
        // everything else is as before the merge: only the later transaction is new, and it is booked in Groceries
        fx.store.write(tx -> tx.delete(Schema.TRANSACTIONS, bakery.id()));
        assertEquals(before, state());
        assertNotEquals(before, undone);
    }

    @Test
    void aMergeWhoseMovedTransactionWasEditedOutsideTheHistoryIsRefusedNamingIt() {
        Transaction dinner = dining().get(0);
        fx.categories.merge(alice, TxKind.EXPENSE, "Dining", "Groceries");
        Transaction moved = fx.transactions.get(alice, dinner.id()).transaction();
        fx.store.write(tx -> tx.update(Schema.TRANSACTIONS, moved.withPayeeAndTags("Trattoria", List.of())));
        UndoneState before = state();
        FintermException e = assertThrows(FintermException.class, () -> fx.undo.undo(alice, 1));
        assertEquals("cannot undo merge of category 'Dining' into 'Groceries': transaction " + dinner.id()
                + " (2026-11-07 'Trattoria') was edited after this step; nothing was undone", e.getMessage());
        assertEquals(before, state());
    }

    @Test
    void aDeleteIsUndoneWithTheBudgetsAndRolloverSettingsThatWentWithItAndRedone() {
        fx.categories.add(alice, TxKind.EXPENSE, "Gym");
        fx.budgets.set(alice, "Gym", OCTOBER, Money.of(3_000, "EUR"), BudgetService.Rolling.ON);
        fx.budgets.set(alice, "Gym", NOVEMBER, Money.of(3_500, "EUR"));
        UndoneState before = state();
        fx.categories.delete(alice, TxKind.EXPENSE, "Gym");
        UndoneState after = state();
        assertEquals("delete of category 'Gym'", undone());
        assertEquals(before, state());
        assertEquals(1, fx.budgets.rollovers(alice).size());
        assertEquals("delete of category 'Gym'", redone());
        assertEquals(after, state());
    }

    @Test
    void aDeleteOfACategoryMadeAgainOutsideTheHistoryIsRefused() {
        Category gym = fx.categories.add(alice, TxKind.EXPENSE, "Gym");
        fx.categories.delete(alice, TxKind.EXPENSE, "Gym");
        fx.store.write(tx -> tx.insert(Schema.CATEGORIES, new Category(tx.nextId(Schema.CATEGORIES), gym.userId(), TxKind.EXPENSE, "Gym")));
        UndoneState before = state();
        FintermException e = assertThrows(FintermException.class, () -> fx.undo.undo(alice, 1));
        // how the store words the clash is StepReversal's; here: which step, which row, and that nothing changed
        assertTrue(e.getMessage().startsWith("cannot undo delete of category 'Gym': category 'Gym' cannot come back: "),
                e.getMessage());
        assertTrue(e.getMessage().endsWith("; nothing was undone"), e.getMessage());
        assertEquals(before, state());
    }
}
