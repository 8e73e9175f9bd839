package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.domain.Account;
import io.finterm.domain.AccountType;
import io.finterm.domain.BusinessDays;
import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.RateOracle;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.store.Schema;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every change to a person's accounts (and their base currency) is one step that undo takes back and redo applies again. */
class UndoAccountsTest {
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);

    private final Accounts fx = new Accounts();
    private final Session alice = fx.alice();
    private final ForecastService forecast = new ForecastService(fx.store, fx.accounts, BusinessDays.WEEKENDS_ONLY,
            RateOracle.identity(), fx.clock);

    private UndoneState state() {
        return UndoneState.of(fx, alice, NOVEMBER);
    }

    private static Money eur(long cents) {
        return Money.of(cents, "EUR");
    }

    private String main() {
        return fx.accountBook.list(alice).stream().filter(AccountLine::isDefault).findFirst().orElseThrow().account().name();
    }

    /** A few transactions in the default account and a savings account with an opening balance, so that balances are not all zero. */
    private void books() {
        fx.transactions.add(alice, new Entry(NOVEMBER.atDay(2), TxKind.INCOME, "Salary", eur(250_000), "Pay"));
        fx.transactions.add(alice, new Entry(NOVEMBER.atDay(6), TxKind.EXPENSE, "Groceries", eur(45_500), "Market"));
        fx.budgets.set(alice, "Groceries", NOVEMBER, eur(40_000));
        fx.accountBook.add(alice, new NewAccount("Savings", AccountType.SAVINGS, null, "1000.00", LocalDate.of(2026, 1, 1), true));
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
    void aNewAccountIsUndoneAndRedone() {
        books();
        undoneAndRedone("new account 'Card'",
                () -> fx.accountBook.add(alice, new NewAccount("Card", AccountType.CREDIT, null, "-250.00", LocalDate.of(2026, 1, 1), true)));
    }

    @Test
    void aRenameIsUndoneAndRedone() {
        books();
        undoneAndRedone("rename of account 'Savings' to 'Rainy Day'", () -> fx.accountBook.rename(alice, "Savings", "Rainy Day"));
    }

    @Test
    void aChangeOfTypeOpeningAndNetWorthIsUndoneAndRedone() {
        books();
        undoneAndRedone("change of account 'Savings'",
                () -> fx.accountBook.change(alice, "Savings", AccountType.INVESTMENT, "1500.00", LocalDate.of(2025, 6, 1), false));
    }

    @Test
    void aCloseAndAReopenAreEachUndoneAndRedone() {
        books();
        undoneAndRedone("close of account 'Savings'", () -> fx.accountBook.close(alice, "Savings"));
        undoneAndRedone("reopen of account 'Savings'", () -> fx.accountBook.reopen(alice, "Savings"));
    }

    @Test
    void aNewDefaultAccountIsUndoneAndRedone() {
        books();
        String main = main();
        undoneAndRedone("choice of 'Savings' as the default account", () -> fx.accountBook.setDefault(alice, "Savings"));
        fx.undo.undo(alice, 1);
        assertEquals(main, main());
    }

    @Test
    void aDeletedAccountComesBack() {
        books();
        undoneAndRedone("delete of account 'Savings'", () -> fx.accountBook.delete(alice, "Savings"));
    }

    @Test
    void aBalanceWarningSetChangedAndRemovedIsUndoneAndRedoneEachTime() {
        books();
        undoneAndRedone("balance warning for 'Savings' below €100.00", () -> forecast.warnBelow(alice, "Savings", "100.00"));
        undoneAndRedone("balance warning for 'Savings' below -€50.00", () -> forecast.warnBelow(alice, "Savings", "-50.00"));
        undoneAndRedone("removal of the balance warning for 'Savings'", () -> forecast.warnBelow(alice, "Savings", null));
        fx.undo.undo(alice, 1);
        assertEquals(Money.of(-5_000, "EUR"), forecast.warning(alice, "Savings"));
        fx.undo.undo(alice, 2);
        assertNull(forecast.warning(alice, "Savings"));
    }

    @Test
    void aChangeOfBaseCurrencyIsUndoneAndRedoneAndTheReportsFollow() {
        books();
        undoneAndRedone("change of base currency to USD", () -> fx.ownAccount.changeBaseCurrency(alice, Currency.getInstance("USD")));
        assertEquals(Currency.getInstance("USD"), fx.budgets.month(alice, NOVEMBER).currency());
        fx.undo.undo(alice, 1);
        assertEquals(Currency.getInstance("EUR"), fx.budgets.month(alice, NOVEMBER).currency());
    }

    @Test
    void aTransactionBookedInANewAccountLaterInTheHistoryIsUndoneFirst() {
        UndoneState before = state();
        fx.accountBook.add(alice, NewAccount.named("Wallet"));
        fx.transactions.add(alice, new Entry(NOVEMBER.atDay(3), TxKind.EXPENSE, "Dining", eur(1_200), "Lunch", "Wallet"));
        assertEquals(List.of("add of 'Lunch' €12.00 on 2026-11-03", "new account 'Wallet'"),
                fx.undo.undo(alice, 2).stream().map(UndoService.Reversed::label).toList());
        assertEquals(before, state());
    }

    @Test
    void aNewAccountWithATransactionBookedOutsideTheHistoryIsNotRemoved() {
        Account wallet = fx.accountBook.add(alice, NewAccount.named("Wallet"));
        long dining = fx.categories.list(alice).stream().filter(c -> c.name().equals("Dining")).findFirst().orElseThrow().id();
        Transaction lunch = fx.store.write(tx -> tx.insert(Schema.TRANSACTIONS, new Transaction(tx.nextId(Schema.TRANSACTIONS),
                alice.userId(), wallet.id(), NOVEMBER.atDay(3), TxKind.EXPENSE, dining, eur(1_200), "Lunch", 0)));
        UndoneState before = state();
        FintermException e = assertThrows(FintermException.class, () -> fx.undo.undo(alice, 1));
        assertEquals("cannot undo new account 'Wallet': account 'Wallet' has transaction " + lunch.id()
                + " (2026-11-03 'Lunch') added after this step; nothing was undone", e.getMessage());
        assertEquals(before, state());
    }

    @Test
    void aCloseOfAnAccountRenamedOutsideTheHistoryIsRefusedNamingIt() {
        books();
        Account closed = fx.accountBook.close(alice, "Savings");
        fx.store.write(tx -> tx.update(Schema.ACCOUNTS, closed.withName("Old Savings")));
        UndoneState before = state();
        FintermException e = assertThrows(FintermException.class, () -> fx.undo.undo(alice, 1));
        assertEquals("cannot undo close of account 'Savings': account 'Old Savings'"
                + " was changed after this step; nothing was undone", e.getMessage());
        assertEquals(before, state());
    }
}
