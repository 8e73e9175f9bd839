package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Undo and redo of a person's own steps through the service. */
class UndoServiceTest {
    private final Accounts fx = new Accounts();
    private final LocalDate day = LocalDate.of(2026, 11, 1);

    private Transaction rent() {
        return fx.transactions.add(fx.alice(), new Entry(day, TxKind.EXPENSE, "Rent", Money.of(105_000, "EUR"), "Rent"));
    }

    private boolean exists(long id) {
        return fx.transactions.list(fx.alice(), Filter.ALL, Sort.DATE_DESC, 0, 100).stream().anyMatch(l -> l.transaction().id() == id);
    }

    @Test
    void undoTakesBackTheNewestStepAndSaysWhatItWasAndRedoAppliesItAgain() {
        Transaction t = rent();
        List<UndoService.Reversed> undone = fx.undo.undo(fx.alice(), 1);
        assertEquals("add of 'Rent' €1,050.00 on 2026-11-01", undone.get(0).label());
        assertTrue(!exists(t.id()));
        fx.undo.redo(fx.alice(), 1);
        assertTrue(exists(t.id()));
    }

    @Test
    void anotherPersonsStepsAreInvisibleAndNothingToUndoSaysSo() {
        rent();
        NothingToUndo e = assertThrows(NothingToUndo.class, () -> fx.undo.undo(fx.bob(), 1));
        assertEquals("nothing to undo", e.getMessage());
        assertEquals(List.of(), fx.undo.list(fx.bob(), 10));
        assertEquals(1, fx.undo.list(fx.alice(), 10).size());
    }

    @Test
    void aRowChangedOutsideTheHistoryRefusesTheUndoNamingIt() {
        Transaction t = rent();
        fx.store.write(tx -> tx.update(io.finterm.store.Schema.TRANSACTIONS, t.withCategory(t.categoryId()).withPayeeAndTags("Landlord", List.of())));
        FintermException e = assertThrows(FintermException.class, () -> fx.undo.undo(fx.alice(), 1));
        assertEquals("cannot undo add of 'Rent' €1,050.00 on 2026-11-01: transaction " + t.id()
                + " (2026-11-01 'Landlord') was edited after this step; nothing was undone", e.getMessage());
        assertTrue(exists(t.id()));
    }

    @Test
    void forgettingAStepThatCannotBeUndoneLetsTheOneBeforeItBeUndoneAndChangesNoData() {
        Transaction first = rent();
        Transaction second = rent();
        fx.store.write(tx -> tx.update(io.finterm.store.Schema.TRANSACTIONS, second.withPayeeAndTags("Landlord", List.of())));
        assertThrows(FintermException.class, () -> fx.undo.undo(fx.alice(), 1));
        UndoService.StepView forgotten = fx.undo.forget(fx.alice());
        assertEquals("add of 'Rent' €1,050.00 on 2026-11-01", forgotten.label());
        assertTrue(exists(second.id()), "forgetting changes no data");
        fx.undo.undo(fx.alice(), 1);
        assertTrue(!exists(first.id()));
        assertTrue(exists(second.id()));
        assertThrows(NothingToUndo.class, () -> fx.undo.forget(fx.alice()));
    }
}
