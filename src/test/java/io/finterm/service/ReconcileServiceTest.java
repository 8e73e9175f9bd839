package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import io.finterm.domain.ValidationException;
import io.finterm.store.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Reconciling a made-up February statement of a checking account. The account opens with 1,000.00 on
 * 1 February; the bank's statement of 28 February shows the groceries (54.30), the salary (2,500.00),
 * the rent (900.00) and the transfer to savings (200.00), so its closing balance is
 * 1000.00 - 54.30 + 2500.00 - 900.00 - 200.00 = 2,345.70. The dinner of the 27th (12.50) is not on it
 * yet, and the groceries of 2 March come after it.
 */
class ReconcileServiceTest {
    private static final LocalDate STATEMENT = LocalDate.of(2026, 2, 28);
    private static final String CLOSING = "2345.70";

    private final Accounts fx = new Accounts();
    private final Session alice = fx.alice();
    private final long groceries;
    private final long salary;
    private final long rent;
    private final long dinner;
    private final long march;
    private final Transaction toSavings;
    private final Transaction intoSavings;

    ReconcileServiceTest() {
        fx.accountBook.add(alice, new NewAccount("Checking", null, null, "1000.00", LocalDate.of(2026, 2, 1), true));
        fx.accountBook.add(alice, new NewAccount("Savings", null, null, null, LocalDate.of(2026, 2, 1), true));
        groceries = add(LocalDate.of(2026, 2, 3), TxKind.EXPENSE, "Groceries", 5_430);
        salary = add(LocalDate.of(2026, 2, 10), TxKind.INCOME, "Salary", 250_000);
        rent = add(LocalDate.of(2026, 2, 15), TxKind.EXPENSE, "Rent", 90_000);
        TransferService.Transfer t = fx.transfers.transfer(alice,
                new TransferEntry("Checking", "Savings", "200.00", null, LocalDate.of(2026, 2, 20), "to savings"));
        toSavings = t.out();
        intoSavings = t.in();
        dinner = add(LocalDate.of(2026, 2, 27), TxKind.EXPENSE, "Dining", 1_250);
        march = add(LocalDate.of(2026, 3, 2), TxKind.EXPENSE, "Groceries", 2_000);
    }

    private long add(LocalDate day, TxKind kind, String category, long cents) {
        return fx.transactions.add(alice, new Entry(day, kind, category, Money.of(cents, "EUR"), category.toLowerCase(), "Checking"))
                .id();
    }

    private TxStatus status(long id) {
        return fx.store.read(rd -> rd.get(Schema.TRANSACTIONS, id)).orElseThrow().status();
    }

    private static List<Long> ids(List<Listed> rows) {
        return rows.stream().map(l -> l.transaction().id()).toList();
    }

    private List<Object> everything() {
        List<Object> out = new ArrayList<>();
        fx.store.read(rd -> {
            rd.forEach(Schema.TRANSACTIONS, out::add);
            return null;
        });
        return out;
    }

    @Test
    void tickingOffTheStatementBringsTheDifferenceToZeroAndFinishingReconcilesExactlyTheClearedOnes() {
        Reconciliation start = fx.reconcile.show(alice, "Checking", STATEMENT, CLOSING);
        assertEquals(Money.of(100_000, "EUR"), start.cleared()); // only the opening balance
        assertEquals(Money.of(134_570, "EUR"), start.difference()); // 2345.70 - 1000.00
        assertEquals(List.of(groceries, salary, rent, toSavings.id(), dinner), ids(start.uncleared()));
        assertEquals("Groceries", start.uncleared().get(0).category());

        assertEquals(3, fx.reconcile.mark(alice, "Checking", List.of(groceries, salary, rent), true));
        Reconciliation three = fx.reconcile.show(alice, "Checking", STATEMENT, CLOSING);
        assertEquals(Money.of(254_570, "EUR"), three.cleared()); // 1000.00 - 54.30 + 2500.00 - 900.00
        assertEquals(Money.of(-20_000, "EUR"), three.difference());
        assertEquals(List.of(groceries, salary, rent), ids(three.pending()));

        ValidationException early = assertThrows(ValidationException.class,
                () -> fx.reconcile.finish(alice, "Checking", STATEMENT, CLOSING));
        assertEquals("balance: the statement's balance is 2345.70 and the cleared balance 2545.70: the difference is -200.00, "
                + "and it must be 0 to finish", early.getMessage());
        assertEquals(TxStatus.CLEARED, status(groceries));

        fx.reconcile.mark(alice, "Checking", List.of(toSavings.id()), true);
        Reconciliation even = fx.reconcile.show(alice, "Checking", STATEMENT, CLOSING);
        assertEquals(Money.of(0, "EUR"), even.difference());
        assertEquals(4, fx.reconcile.finish(alice, "Checking", STATEMENT, CLOSING));

        for (long id : List.of(groceries, salary, rent, toSavings.id())) {
            assertEquals(TxStatus.RECONCILED, status(id));
        }
        assertEquals(TxStatus.UNCLEARED, status(dinner));
        assertEquals(TxStatus.UNCLEARED, status(march));
        assertEquals(TxStatus.UNCLEARED, status(intoSavings.id()), "the other leg waits for the savings statement");
        Reconciliation after = fx.reconcile.show(alice, "Checking", STATEMENT, CLOSING);
        assertEquals(Money.of(234_570, "EUR"), after.cleared());
        assertEquals(List.of(dinner), ids(after.uncleared()));
        assertEquals(List.of(), after.pending());
        assert fx.store.check().ok();
    }

    @Test
    void theOtherLegOfATransferIsReconciledWithItsOwnAccount() {
        fx.reconcile.mark(alice, "Savings", List.of(intoSavings.id()), true);
        Reconciliation savings = fx.reconcile.show(alice, "Savings", STATEMENT, "200.00");
        assertEquals(Money.of(20_000, "EUR"), savings.cleared());
        assertEquals(1, fx.reconcile.finish(alice, "Savings", STATEMENT, "200.00"));
        assertEquals(TxStatus.RECONCILED, status(intoSavings.id()));
        assertEquals(TxStatus.UNCLEARED, status(toSavings.id()));
    }

    @Test
    void aReconciliationFollowingEachMarkWithoutReadingAgainIsWhatAFreshReadShows() {
        Reconciliation followed = fx.reconcile.show(alice, "Checking", STATEMENT, CLOSING);
        // the salary comes in, the transfer and the rent go out; the rent is taken back, and the groceries cleared
        Object[][] marks = {{salary, TxStatus.CLEARED}, {toSavings.id(), TxStatus.CLEARED}, {rent, TxStatus.CLEARED},
                {rent, TxStatus.UNCLEARED}, {groceries, TxStatus.CLEARED}, {salary, TxStatus.UNCLEARED}, {salary, TxStatus.CLEARED}};
        for (Object[] m : marks) {
            long id = (Long) m[0];
            TxStatus to = (TxStatus) m[1];
            fx.reconcile.mark(alice, "Checking", List.of(id), to == TxStatus.CLEARED);
            followed = followed.marked(id, to);
            assertEquals(fx.reconcile.show(alice, "Checking", STATEMENT, CLOSING), followed, "after marking " + id + " " + to);
        }
        // 1000.00 + 2500.00 - 200.00 - 54.30
        assertEquals(Money.of(324_570, "EUR"), followed.cleared());
        assertEquals(followed, followed.marked(march, TxStatus.CLEARED), "a row after the statement's date is not in it");
        assertEquals(followed, followed.marked(salary, TxStatus.CLEARED), "already cleared");
    }

    @Test
    void aReconciledTransactionGoesBackOnlyWhenConfirmed() {
        fx.reconcile.mark(alice, "Checking", List.of(groceries), true);
        fx.reconcile.finish(alice, "Checking", LocalDate.of(2026, 2, 5), "945.70"); // 1000.00 - 54.30
        assertEquals(TxStatus.RECONCILED, status(groceries));
        List<Object> before = everything();
        ReconciledChange e = assertThrows(ReconciledChange.class,
                () -> fx.reconcile.mark(alice, "Checking", List.of(salary, groceries), false));
        assertEquals(groceries, e.id());
        assertEquals(before, everything(), "a refused mark changed the store");
        assertEquals(0, fx.reconcile.mark(alice, "Checking", List.of(groceries), true), "a reconciled one counts as cleared");
        assertEquals(1, fx.reconcile.mark(alice, "Checking", List.of(), List.of(groceries), true));
        assertEquals(TxStatus.UNCLEARED, status(groceries));
    }

    @Test
    void someoneElsesTransactionIsNotThereAndAnotherAccountsIsRefusedWithNothingWritten() {
        Session bob = fx.bob();
        List<Object> before = everything();
        assertThrows(NoSuchTransaction.class, () -> fx.reconcile.mark(bob, "Main", List.of(groceries), true));
        FintermException other = assertThrows(FintermException.class,
                () -> fx.reconcile.mark(alice, "Checking", List.of(groceries, intoSavings.id()), true));
        assertEquals("transaction " + intoSavings.id() + " is not in the account 'Checking'; "
                + "reconcile it with its own account", other.getMessage());
        assertEquals(before, everything());
    }

    @Test
    void aClosedOrUnknownAccountAndABadBalanceAreRefusedClearly() {
        fx.accountBook.add(alice, NewAccount.named("Old"));
        fx.accountBook.close(alice, "Old");
        List<Object> before = everything();
        assertEquals("account: the account 'Old' is closed; reopen it first", assertThrows(ValidationException.class,
                () -> fx.reconcile.finish(alice, "Old", STATEMENT, "0")).getMessage());
        assertEquals("account: you have no account 'Nope'; `finterm account list` shows yours", assertThrows(
                ValidationException.class, () -> fx.reconcile.show(alice, "Nope", STATEMENT, "0")).getMessage());
        assertEquals("balance: 'lots' is not a number", assertThrows(ValidationException.class,
                () -> fx.reconcile.show(alice, "Checking", STATEMENT, "lots")).getMessage());
        assertEquals("balance: at most 2 decimal places for EUR", assertThrows(ValidationException.class,
                () -> fx.reconcile.show(alice, "Checking", STATEMENT, "1.5555")).getMessage().split(";")[0]);
        assertEquals(before, everything());
    }
}
