package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.domain.Money;
import io.finterm.domain.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A transfer into an account closed since can still be corrected; only an account newly chosen for it must be open. */
class TransferEditClosedAccountTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void aTransferKeepingItsClosedAccountCanHaveItsDescriptionAndAmountChanged() {
        Accounts a = new Accounts();
        Session alice = a.alice();
        a.accountBook.add(alice, NewAccount.named("Old savings"));
        TransferService.Transfer t = a.transfers.transfer(alice, new TransferEntry("Main", "Old savings", "500", null, DAY, "put aside"));
        a.accountBook.close(alice, "Old savings");

        TransferService.Transfer edited = a.transfers.edit(alice, t.in().id(),
                new TransferEntry("Main", "old SAVINGS", "450", null, DAY, "put aside for the car"));
        assertEquals("put aside for the car", a.transfers.get(alice, t.out().id()).in().description());
        assertEquals(Money.of(45000, "EUR"), edited.in().amount());
        assertEquals(t.in().accountId(), edited.in().accountId());
        assertEquals(t.out().accountId(), edited.out().accountId());
    }

    @Test
    void aClosedAccountNewlyChosenForATransferIsRefusedAndNothingChanges() {
        Accounts a = new Accounts();
        Session alice = a.alice();
        a.accountBook.add(alice, NewAccount.named("Savings"));
        a.accountBook.add(alice, NewAccount.named("Old savings"));
        TransferService.Transfer t = a.transfers.transfer(alice, new TransferEntry("Main", "Savings", "500", null, DAY, "put aside"));
        a.accountBook.close(alice, "Old savings");

        assertEquals("to: the account 'Old savings' is closed; reopen it first", assertThrows(ValidationException.class,
                () -> a.transfers.edit(alice, t.out().id(), new TransferEntry("Main", "Old savings", "500", null, DAY, "x"))).getMessage());
        // swapping sides chooses the closed account anew for the other side
        a.accountBook.close(alice, "Savings");
        assertEquals("from: the account 'Savings' is closed; reopen it first", assertThrows(ValidationException.class,
                () -> a.transfers.edit(alice, t.out().id(), new TransferEntry("Savings", "Main", "500", null, DAY, "x"))).getMessage());
        assertEquals(t, a.transfers.get(alice, t.out().id()));
    }
}
