package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import io.finterm.store.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Editing a transfer keeps what only its legs carry; a reconciled transfer or transaction is edited or deleted only when confirmed. */
class ReconciledTransferAndDeleteTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);
    private final Accounts fx = new Accounts();
    private final Session alice = fx.alice();

    private TransferService.Transfer transfer() {
        fx.accountBook.add(alice, NewAccount.named("Savings"));
        return fx.transfers.transfer(alice, new TransferEntry("Main", "Savings", "500", null, DAY, "put aside"));
    }

    /** Stores {@code t} as it is, the way a backup, a CSV import or the demo may have written it. */
    private void put(Transaction t) {
        fx.store.write(tx -> tx.update(Schema.TRANSACTIONS, t));
    }

    private Optional<Transaction> stored(long id) {
        return fx.store.read(rd -> rd.get(Schema.TRANSACTIONS, id));
    }

    @Test
    void editingATransferKeepsEachLegsStatusPayeeAndTags() {
        TransferService.Transfer t = transfer();
        put(t.out().withPayeeAndTags("Bank", List.of("savings")).withStatus(TxStatus.CLEARED));
        put(t.in().withPayeeAndTags("Me", List.of("car", "savings")));

        TransferService.Transfer edited = fx.transfers.edit(alice, t.in().id(),
                new TransferEntry("Main", "Savings", "450", null, DAY, "put aside for the car"));

        Transaction out = stored(t.out().id()).orElseThrow();
        Transaction in = stored(t.in().id()).orElseThrow();
        assertEquals(List.of(TxStatus.CLEARED, "Bank", List.of("savings"), 45_000L, "put aside for the car"),
                List.of(out.status(), out.payee(), out.tags(), out.amount().minor(), out.description()));
        assertEquals(List.of(TxStatus.UNCLEARED, "Me", List.of("car", "savings"), 45_000L),
                List.of(in.status(), in.payee(), in.tags(), in.amount().minor()));
        assertEquals(new TransferService.Transfer(out, in), edited);
    }

    @Test
    void aLegMovedToAnotherAccountIsUnclearedThereAndTheOtherKeepsItsStatus() {
        TransferService.Transfer t = transfer();
        put(t.out().withStatus(TxStatus.CLEARED));
        put(t.in().withStatus(TxStatus.CLEARED));
        fx.accountBook.add(alice, NewAccount.named("Holiday"));
        fx.transfers.edit(alice, t.out().id(), new TransferEntry("Main", "Holiday", "450", null, DAY, "put aside"));
        assertEquals(TxStatus.CLEARED, stored(t.out().id()).orElseThrow().status());
        assertEquals(TxStatus.UNCLEARED, stored(t.in().id()).orElseThrow().status());
    }

    @Test
    void aTransferWithAReconciledLegIsEditedOnlyOnceThePersonHasConfirmedAndStaysReconciled() {
        TransferService.Transfer t = transfer();
        put(t.in().withStatus(TxStatus.RECONCILED));
        TransferEntry changed = new TransferEntry("Main", "Savings", "500", null, DAY, "x");

        ReconciledChange refused = assertThrows(ReconciledChange.class, () -> fx.transfers.edit(alice, t.out().id(), changed));
        assertEquals(t.in().id(), refused.id());
        assertEquals("put aside", stored(t.out().id()).orElseThrow().description());
        assertEquals("put aside", stored(t.in().id()).orElseThrow().description());

        TransferService.Transfer edited = fx.transfers.editReconciled(alice, t.out().id(), changed);
        assertEquals(List.of("x", "x"), List.of(edited.out().description(), edited.in().description()));
        assertEquals(List.of(TxStatus.UNCLEARED, TxStatus.RECONCILED), List.of(
                stored(t.out().id()).orElseThrow().status(), stored(t.in().id()).orElseThrow().status()));
    }

    @Test
    void aReconciledTransactionIsDeletedOnlyOnceThePersonHasConfirmed() {
        Transaction t = fx.transactions.add(alice, new Entry(DAY, TxKind.EXPENSE, "Groceries", Money.of(1_000, "EUR"), "bread"));
        put(t.withStatus(TxStatus.RECONCILED));

        assertEquals(t.id(), assertThrows(ReconciledChange.class, () -> fx.transactions.delete(alice, t.id())).id());
        assertTrue(stored(t.id()).isPresent());

        fx.transactions.deleteReconciled(alice, t.id());
        assertTrue(stored(t.id()).isEmpty());
        assertTrue(fx.store.check().ok(), () -> fx.store.check().problems().toString());
    }

    @Test
    void deletingALegOfATransferWhoseOtherLegIsReconciledIsRefusedUntilConfirmedAndThenDeletesBoth() {
        TransferService.Transfer t = transfer();
        put(t.in().withStatus(TxStatus.RECONCILED));

        assertEquals(t.in().id(), assertThrows(ReconciledChange.class, () -> fx.transactions.delete(alice, t.out().id())).id());
        assertTrue(stored(t.out().id()).isPresent() && stored(t.in().id()).isPresent());

        fx.transactions.deleteReconciled(alice, t.out().id());
        assertTrue(stored(t.out().id()).isEmpty() && stored(t.in().id()).isEmpty());
        assertTrue(fx.store.check().ok(), () -> fx.store.check().problems().toString());
    }

    @Test
    void aTransactionThatIsOnlyClearedIsDeletedWithoutAQuestion() {
        Transaction t = fx.transactions.add(alice, new Entry(DAY, TxKind.EXPENSE, "Groceries", Money.of(1_000, "EUR"), "bread"));
        put(t.withStatus(TxStatus.CLEARED));
        fx.transactions.delete(alice, t.id());
        assertTrue(stored(t.id()).isEmpty());
    }
}
