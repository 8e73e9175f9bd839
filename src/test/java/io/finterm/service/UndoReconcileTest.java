package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import io.finterm.store.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** Ticking rows cleared is a step, and so is a finished reconciliation, however many rows it marks reconciled. */
class UndoReconcileTest {
    private static final LocalDate STATEMENT = LocalDate.of(2026, 2, 28);
    private final Accounts fx = new Accounts();
    private final Session alice = fx.alice();
    private final long rent = add(LocalDate.of(2026, 2, 1), "Rent", 105_000, "Rent");
    private final long food = add(LocalDate.of(2026, 2, 7), "Groceries", 8_750, "REWE");
    private final long later = add(LocalDate.of(2026, 3, 2), "Groceries", 1_000, "Bakery");

    private long add(LocalDate date, String category, long minor, String payee) {
        return fx.transactions.add(alice, new Entry(date, TxKind.EXPENSE, category, Money.of(minor, "EUR"), "", null, payee, List.of(),
                List.of())).id();
    }

    private TxStatus status(long id) {
        return fx.store.read(rd -> rd.get(Schema.TRANSACTIONS, id)).orElseThrow().status();
    }

    private void undoneAndRedone(String label, Consumer<Session> change) {
        List<String> before = StoreState.of(fx.store);
        Reconciliation shown = fx.reconcile.show(alice, "Main", STATEMENT, "-1137.50");
        change.accept(alice);
        List<String> after = StoreState.of(fx.store);
        assertNotEquals(before, after);
        assertEquals(label, fx.undo.undo(alice, 1).get(0).label());
        assertEquals(before, StoreState.of(fx.store));
        assertEquals(shown, fx.reconcile.show(alice, "Main", STATEMENT, "-1137.50"));
        assertEquals(label, fx.undo.redo(alice, 1).get(0).label());
        assertEquals(after, StoreState.of(fx.store));
        assertTrue(fx.store.check().ok());
    }

    @Test
    void clearingOneRowOrSeveralIsAStepNamingThem() {
        undoneAndRedone("clearing of 'Rent' €1,050.00 on 2026-02-01", s -> fx.reconcile.mark(s, "Main", List.of(rent), true));
        undoneAndRedone("clearing of 2 transactions and unclearing of 1 transaction in Main",
                s -> fx.reconcile.mark(s, "Main", List.of(food, later), List.of(rent), false));
        assertEquals(TxStatus.UNCLEARED, status(rent));
        assertEquals(TxStatus.CLEARED, status(food));
    }

    @Test
    void aFinishedReconciliationIsOneStepWhoseUndoLeavesTheRowsClearedAgain() {
        fx.reconcile.mark(alice, "Main", List.of(rent, food), true);
        undoneAndRedone("reconcile of Main to -€1,137.50 on 2026-02-28", s -> assertEquals(2, fx.reconcile.finish(s, "Main", STATEMENT,
                "-1137.50")));
        assertEquals(TxStatus.RECONCILED, status(rent));
        fx.undo.undo(alice, 1);
        assertEquals(TxStatus.CLEARED, status(rent));
        assertEquals(TxStatus.CLEARED, status(food));
        assertEquals(TxStatus.UNCLEARED, status(later));
    }

    @Test
    void undoOfAReconciliationIsRefusedWhenOneOfItsRowsChangedOutsideTheHistory() {
        fx.reconcile.mark(alice, "Main", List.of(rent, food), true);
        fx.reconcile.finish(alice, "Main", STATEMENT, "-1137.50");
        Transaction t = fx.store.read(rd -> rd.get(Schema.TRANSACTIONS, food)).orElseThrow();
        fx.store.write(tx -> tx.update(Schema.TRANSACTIONS, t.withPayeeAndTags("REWE City", List.of())));
        List<String> now = StoreState.of(fx.store);

        FintermException e = assertThrows(FintermException.class, () -> fx.undo.undo(alice, 1));
        assertEquals("cannot undo reconcile of Main to -€1,137.50 on 2026-02-28: transaction " + food + " (2026-02-07 'REWE City') was "
                + "edited after this step; nothing was undone", e.getMessage());
        assertEquals(now, StoreState.of(fx.store));
    }
}
