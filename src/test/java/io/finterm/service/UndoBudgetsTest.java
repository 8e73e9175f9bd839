package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.domain.Budget;
import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.Overspending;
import io.finterm.domain.TxKind;
import io.finterm.store.Schema;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A budget set, copied, removed or rolled over is one step that undo takes back and redo applies again. */
class UndoBudgetsTest {
    private static final YearMonth OCTOBER = YearMonth.of(2026, 10);
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final YearMonth DECEMBER = YearMonth.of(2026, 12);

    private final Accounts fx = new Accounts();
    private final Session alice = fx.alice();

    private UndoneState state() {
        return UndoneState.of(fx, alice, OCTOBER, NOVEMBER, DECEMBER);
    }

    private static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }

    /** Spending in October and November, so that the budget reports have something to set against. */
    private void spending() {
        fx.transactions.add(alice, new Entry(OCTOBER.atDay(4), TxKind.EXPENSE, "Groceries", eur(31_000), "Market"));
        fx.transactions.add(alice, new Entry(NOVEMBER.atDay(6), TxKind.EXPENSE, "Groceries", eur(45_500), "Market"));
        fx.transactions.add(alice, new Entry(NOVEMBER.atDay(8), TxKind.EXPENSE, "Dining", eur(7_000), "Dinner"));
    }

    /** Does {@code change} and checks that one undo brings back exactly the state before, and one redo the state after. */
    private void undoneAndRedone(String label, Runnable change) {
        UndoneState before = state();
        change.run();
        UndoneState after = state();
        assertNotEquals(before, after);
        assertEquals(List.of(label), fx.undo.undo(alice, 1).stream().map(UndoService.Reversed::label).toList());
        assertEquals(before, state());
        assertEquals(List.of(label), fx.undo.redo(alice, 1).stream().map(UndoService.Reversed::label).toList());
        assertEquals(after, state());
    }

    @Test
    void aNewBudgetIsUndoneAndRedone() {
        spending();
        undoneAndRedone("budget for Groceries in 2026-11", () -> fx.budgets.set(alice, "Groceries", NOVEMBER, eur(40_000)));
    }

    @Test
    void aChangedBudgetComesBackAtItsOldAmount() {
        spending();
        fx.budgets.set(alice, "Groceries", NOVEMBER, eur(40_000));
        undoneAndRedone("budget for Groceries in 2026-11", () -> fx.budgets.set(alice, "Groceries", NOVEMBER, eur(50_000)));
        assertEquals(eur(50_000), fx.budgets.list(alice, NOVEMBER).get(0).amount());
    }

    @Test
    void aBudgetSetWithItsRolloverIsOneStep() {
        spending();
        fx.budgets.set(alice, "Groceries", OCTOBER, eur(40_000));
        undoneAndRedone("budget for Groceries in 2026-11",
                () -> fx.budgets.set(alice, "Groceries", NOVEMBER, eur(40_000), BudgetService.Rolling.on(Overspending.CARRY)));
    }

    @Test
    void aRolloverSettingAloneIsUndoneAndRedone() {
        spending();
        fx.budgets.set(alice, "Groceries", OCTOBER, eur(40_000));
        fx.budgets.set(alice, "Groceries", NOVEMBER, eur(40_000));
        undoneAndRedone("rollover of Groceries from 2026-10", () -> fx.budgets.roll(alice, "Groceries", OCTOBER, BudgetService.Rolling.ON));
        undoneAndRedone("rollover off for Groceries from 2026-11",
                () -> fx.budgets.roll(alice, "Groceries", NOVEMBER, BudgetService.Rolling.OFF));
    }

    @Test
    void aCopyOfBudgetsIntoSeveralMonthsIsOneStep() {
        spending();
        fx.budgets.set(alice, "Groceries", OCTOBER, eur(40_000));
        fx.budgets.set(alice, "Dining", OCTOBER, eur(10_000));
        fx.budgets.set(alice, "Dining", DECEMBER, eur(20_000)); // set already: the copy leaves it alone
        undoneAndRedone("copy of budgets from 2026-10 to 2026-12", () -> assertEquals(3, fx.budgets.copyForward(alice, OCTOBER, DECEMBER)));
        assertEquals(List.of("copy of budgets from 2026-10 to 2026-12", "budget for Dining in 2026-12"),
                fx.undo.list(alice, 2).stream().map(UndoService.StepView::label).toList());
    }

    @Test
    void aRemovedBudgetComesBack() {
        spending();
        fx.budgets.set(alice, "Groceries", NOVEMBER, eur(40_000));
        undoneAndRedone("removal of the budget for Groceries in 2026-11", () -> fx.budgets.remove(alice, "Groceries", NOVEMBER));
    }

    @Test
    void aCopyOrRemovalThatChangesNothingIsNoStep() {
        assertEquals(0, fx.budgets.copyForward(alice, OCTOBER, DECEMBER));
        assertEquals(false, fx.budgets.remove(alice, "Groceries", NOVEMBER));
        NothingToUndo e = assertThrows(NothingToUndo.class, () -> fx.undo.undo(alice, 1));
        assertEquals("nothing to undo", e.getMessage());
    }

    @Test
    void aBudgetChangedLaterInTheHistoryIsUndoneFirst() {
        UndoneState before = state();
        fx.budgets.copyForward(alice, OCTOBER, NOVEMBER); // nothing to copy yet: no step
        fx.budgets.set(alice, "Groceries", OCTOBER, eur(40_000));
        fx.budgets.copyForward(alice, OCTOBER, DECEMBER);
        fx.budgets.set(alice, "Groceries", DECEMBER, eur(60_000));
        assertEquals(List.of("budget for Groceries in 2026-12", "copy of budgets from 2026-10 to 2026-12", "budget for Groceries in 2026-10"),
                fx.undo.undo(alice, 3).stream().map(UndoService.Reversed::label).toList());
        assertEquals(before, state());
    }

    @Test
    void aCopiedBudgetChangedOutsideTheHistoryRefusesTheUndoOfTheCopyNamingIt() {
        fx.budgets.set(alice, "Groceries", OCTOBER, eur(40_000));
        fx.budgets.copyForward(alice, OCTOBER, DECEMBER);
        Budget december = fx.store.read(rd -> rd.scan(Schema.BUDGETS_BY_MONTH, io.finterm.store.KeyRange.prefix(alice.userId()),
                io.finterm.store.Paging.all()).rows().stream().filter(b -> b.month().equals(DECEMBER)).findFirst().orElseThrow());
        fx.store.write(tx -> tx.update(Schema.BUDGETS, new Budget(december.id(), december.userId(), december.categoryId(), DECEMBER, eur(1))));
        UndoneState before = state();
        FintermException e = assertThrows(FintermException.class, () -> fx.undo.undo(alice, 1));
        assertEquals("cannot undo copy of budgets from 2026-10 to 2026-12: the budget of "
                + december.month() + " was changed after this step; nothing was undone", e.getMessage());
        assertEquals(before, state());
    }
}
