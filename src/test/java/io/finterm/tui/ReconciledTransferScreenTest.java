package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxStatus;
import io.finterm.service.Filter;
import io.finterm.service.Listed;
import io.finterm.service.NewAccount;
import io.finterm.service.Session;
import io.finterm.service.Sort;
import io.finterm.service.TransferEntry;
import io.finterm.service.TransferService;
import io.finterm.store.Schema;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A transfer with a reconciled leg, on either leg's row, is changed or deleted only after a yes, and its leg stays reconciled. */
class ReconciledTransferScreenTest {
    private static List<Transaction> stored(VirtualTui app) {
        return app.services.transactions().list(app.alice(), Filter.ALL, Sort.DATE_ASC, 0, 100).stream().map(Listed::transaction).toList();
    }

    private static TransferService.Transfer transfer(VirtualTui app) {
        Session alice = app.alice();
        app.services.accountBook().add(alice, NewAccount.named("Savings"));
        return app.services.transfers().transfer(alice, new TransferEntry("Main", "Savings", "500", null, LocalDate.of(2026, 11, 5), "put aside"));
    }

    private static void reconcile(VirtualTui app, Transaction leg) {
        app.store.write(tx -> tx.update(Schema.TRANSACTIONS, leg.withStatus(TxStatus.RECONCILED)));
    }

    private static TxStatus status(VirtualTui app, Transaction leg) {
        return stored(app).stream().filter(t -> t.id() == leg.id()).findFirst().orElseThrow().status();
    }

    @Test
    void editingAndDeletingATransferWithAReconciledLegAsksFirstAndTheEditKeepsItReconciled() {
        VirtualTui app = VirtualTui.withAlice(100, 30, false);
        TransferService.Transfer t = transfer(app);
        reconcile(app, t.out());
        app.logIn("alice", VirtualTui.ALICE_PW).type("2");
        app.press(KeyType.Enter).assertShows("Edit this reconciled transaction?").type("n");
        app.press(KeyType.Enter).type("y").assertShows("Edit a transfer");
        app.press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Tab).ctrl('u').type("450").ctrl('s');
        app.assertShows("saved the transfer of €450.00 from Main to Savings");
        assertEquals(List.of(45_000L, 45_000L), stored(app).stream().map(l -> l.amount().minor()).toList());
        assertEquals(List.of(TxStatus.RECONCILED, TxStatus.UNCLEARED), List.of(status(app, t.out()), status(app, t.in())));

        app.type("d").assertShows("Delete this reconciled transfer?").assertShows("It is reconciled against a bank statement");
        app.type("y").assertShows("deleted the transfer (both legs)");
        assertTrue(stored(app).isEmpty(), stored(app).toString());
    }

    @Test
    void aTransferReconciledWhileItsFormWasOpenIsChangedOnlyAfterAYes() {
        VirtualTui app = VirtualTui.withAlice(100, 30, false);
        TransferService.Transfer t = transfer(app);
        app.logIn("alice", VirtualTui.ALICE_PW).type("2").press(KeyType.Enter).assertShows("Edit a transfer");
        reconcile(app, t.in());
        app.press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Tab).ctrl('u').type("450").ctrl('s');
        app.assertShows("Change this reconciled transaction?").type("n").assertShows("Edit a transfer");
        assertEquals(List.of(50_000L, 50_000L), stored(app).stream().map(l -> l.amount().minor()).toList(), "nothing changes without a yes");
        app.ctrl('s').type("y").assertShows("saved the transfer of €450.00 from Main to Savings");
        assertEquals(List.of(TxStatus.UNCLEARED, TxStatus.RECONCILED), List.of(status(app, t.out()), status(app, t.in())));
    }

    @Test
    void deletingAReconciledTransactionReconciledOnlyAfterTheQuestionAsksAgain() {
        VirtualTui app = VirtualTui.withAlice(100, 30, false);
        TransferService.Transfer t = transfer(app);
        app.logIn("alice", VirtualTui.ALICE_PW).type("2").type("d").assertShows("Delete this transfer?");
        reconcile(app, t.out());
        app.type("y").assertShows("Delete this reconciled transaction?").type("n");
        assertEquals(2, stored(app).size(), "nothing is deleted without a yes");
        app.type("d").type("y").assertShows("deleted the transfer (both legs)");
        assertTrue(stored(app).isEmpty());
    }
}
