package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The legs of transfers are transactions too: the table counts and pages them like every other row. */
class TransferLegsListedTest {
    @Test
    void countingEverythingIncludesBothLegsOfATransfer() {
        Accounts a = new Accounts();
        Session alice = a.alice();
        a.accountBook.add(alice, NewAccount.named("Savings"));
        a.transactions.add(alice, new Entry(LocalDate.of(2026, 3, 1), TxKind.EXPENSE, "Dining", Money.of(1250, "EUR"), "lunch"));
        a.transfers.transfer(alice, new TransferEntry("Main", "Savings", "500", null, LocalDate.of(2026, 3, 2), "put aside"));
        assertEquals(3, a.transactions.count(alice, Filter.ALL));
        assertEquals(3, a.transactions.list(alice, Filter.ALL, Sort.DATE_DESC, 0, 10).size());
    }

    @Test
    void aDeepPageCountsTheLegsOfEarlierMonthsWhenItSkipsThem() {
        Accounts a = new Accounts();
        Session alice = a.alice();
        a.accountBook.add(alice, NewAccount.named("Savings"));
        for (int i = 0; i < 600; i++) {
            a.transfers.transfer(alice, new TransferEntry("Main", "Savings", "1", null, LocalDate.of(2026, 1, 1 + i % 28), "t" + i));
        }
        for (int i = 0; i < 100; i++) {
            a.transactions.add(alice, new Entry(LocalDate.of(2026, 2, 1 + i % 28), TxKind.EXPENSE, "Dining", Money.of(100, "EUR"), "e" + i));
        }
        List<Transaction> all = a.transactions.list(alice, Filter.ALL, Sort.DATE_DESC, 0, 1300).stream().map(Listed::transaction).toList();
        assertEquals(1300, all.size());
        List<Transaction> deep = a.transactions.list(alice, Filter.ALL, Sort.DATE_DESC, 1100, 50).stream().map(Listed::transaction).toList();
        assertEquals(all.subList(1100, 1150), deep);
    }
}
