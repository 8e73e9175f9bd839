package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The rules of AccountBookService that its CLI and screen tests do not reach. */
class AccountBookServiceTest {
    final Accounts fx = new Accounts();
    final Session alice = fx.alice();

    @Test
    void anOpeningDateAfterTheAccountsFirstTransactionIsRefusedAndOneOnOrBeforeItIsKept() {
        fx.accountBook.add(alice, new NewAccount("Card", null, null, "-250.00", LocalDate.of(2026, 1, 1), true));
        fx.transactions.add(alice, new Entry(LocalDate.of(2026, 1, 7), TxKind.EXPENSE, "Groceries", Money.of(5689, "EUR"), "shop", "Card"));
        ValidationException e = assertThrows(ValidationException.class,
                () -> fx.accountBook.change(alice, "Card", null, null, LocalDate.of(2026, 1, 15), null));
        assertEquals("opening date: 'Card' has transactions from 2026-01-07, and its opening balance is the balance before them:"
                + " choose that day or an earlier one", e.getMessage());
        assertEquals(LocalDate.of(2026, 1, 1), fx.accountBook.get(alice, "Card", LocalDate.of(2026, 2, 1)).account().openingDate(),
                "nothing changed");
        fx.accountBook.change(alice, "Card", null, null, LocalDate.of(2026, 1, 7), null);
        assertEquals(-25000 - 5689, fx.accountBook.get(alice, "Card", LocalDate.of(2026, 1, 7)).balance().minor(),
                "on the day of the first transaction, the opening balance and the transaction");
    }

    @Test
    void closingTheDefaultAccountIsRefusedEvenWhenAnotherSessionMadeItTheDefaultMeanwhile() {
        fx.accountBook.add(alice, NewAccount.named("Savings"));
        Session elsewhere = fx.alice();
        fx.accountBook.setDefault(elsewhere, "Savings");
        ValidationException e = assertThrows(ValidationException.class, () -> fx.accountBook.close(alice, "Savings"));
        assertEquals("account: 'Savings' is your default account; choose another default before you close it", e.getMessage());
    }
}
