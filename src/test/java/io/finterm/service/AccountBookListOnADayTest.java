package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.finterm.domain.AccountType;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code AccountBookService.list(session, day)}: every account with its balance at the end of that day. */
class AccountBookListOnADayTest {
    private final Accounts fx = new Accounts();
    private final Session alice = fx.alice();

    @Test
    void listingOnADayGivesEveryAccountsBalanceAtTheEndOfThatDay() {
        fx.accountBook.add(alice, new NewAccount("Savings", AccountType.SAVINGS, null, "500.00", LocalDate.of(2026, 1, 10), true));
        fx.transactions.add(alice, new Entry(LocalDate.of(2026, 1, 20), TxKind.EXPENSE, "Groceries", Money.of(4_000, "EUR"), "market"));
        fx.transactions.add(alice, new Entry(LocalDate.of(2026, 2, 3), TxKind.INCOME, "Salary", Money.of(300_000, "EUR"), "pay"));
        fx.transfers.transfer(alice, new TransferEntry("Main", "Savings", "100", null, LocalDate.of(2026, 2, 4), "aside"));

        assertEquals(List.of("Main 0 default", "Savings 0"), lines(LocalDate.of(2026, 1, 9)), "before Savings opened");
        assertEquals(List.of("Main -4000 default", "Savings 50000"), lines(LocalDate.of(2026, 1, 31)));
        assertEquals(List.of("Main 296000 default", "Savings 50000"), lines(LocalDate.of(2026, 2, 3)), "the salary, not yet the transfer");
        assertEquals(List.of("Main 286000 default", "Savings 60000"), lines(LocalDate.of(2026, 2, 4)));
        assertEquals(fx.accountBook.list(alice), fx.accountBook.list(alice, LocalDate.of(2026, 3, 5)), "without a day: today's");
    }

    private List<String> lines(LocalDate day) {
        return fx.accountBook.list(alice, day).stream()
                .map(l -> l.account().name() + " " + l.balance().minor() + (l.isDefault() ? " default" : "")).toList();
    }
}
