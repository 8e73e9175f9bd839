package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Account;
import io.finterm.domain.AccountType;
import io.finterm.domain.Category;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.store.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AccountRegisterServiceTest {
    private static final LocalDate START = LocalDate.of(2021, 1, 1);
    private static final LocalDate OPENED = LocalDate.of(2022, 6, 15);
    private static final long OPENING = 25_000;

    private final Accounts fx = new Accounts();
    private final Session alice = fx.alice();

    /** Alice's Checking transactions in (date, id) order, as written, and the balance after each, summed here. */
    private record Expected(List<Transaction> rows, List<Long> balances) {
    }

    /**
     * 20,000 transactions in Checking (opening balance 250.00 on 2022-06-15, after the first of them),
     * several a day over five years, written in random order so that ids do not follow dates, and as
     * many in Main, which must not count; then a transfer from Main into Checking.
     */
    private Expected history() {
        Account checking = fx.accountBook.add(alice, new NewAccount("Checking", AccountType.CHECKING, null, "250.00", OPENED, true));
        Account main = fx.accountBook.get(alice, "Main", START).account();
        List<Category> categories = fx.categories.list(alice);
        Category salary = categories.stream().filter(c -> c.name().equals("Salary")).findFirst().orElseThrow();
        Category groceries = categories.stream().filter(c -> c.name().equals("Groceries")).findFirst().orElseThrow();
        Random random = new Random(20);
        List<Transaction> mine = new ArrayList<>();
        fx.store.write(tx -> {
            for (int i = 0; i < 40_000; i++) {
                Account a = i % 2 == 0 ? checking : main;
                boolean income = random.nextInt(5) == 0;
                Transaction t = tx.insert(Schema.TRANSACTIONS, Transaction.entry(tx.nextId(Schema.TRANSACTIONS), a.userId(), a.id(),
                        START.plusDays(random.nextInt(1826)), income ? TxKind.INCOME : TxKind.EXPENSE,
                        income ? salary.id() : groceries.id(), Money.of(1 + random.nextInt(200_000), "EUR"), "row " + i));
                if (a == checking) {
                    mine.add(t);
                }
            }
            return null;
        });
        mine.add(fx.transfers.transfer(alice, new TransferEntry("Main", "Checking", "75.00", null, LocalDate.of(2022, 3, 1), "top up")).in());
        mine.sort(Comparator.comparing(Transaction::date).thenComparingLong(Transaction::id));
        List<Long> balances = new ArrayList<>();
        long sum = 0;
        for (Transaction t : mine) {
            sum += t.kind().isInflow() ? t.amount().minor() : -t.amount().minor();
            balances.add(sum + (t.date().isBefore(OPENED) ? 0 : OPENING));
        }
        return new Expected(mine, balances);
    }

    @Test
    void aPageDeepInALongAccountCarriesTheSameRunningBalanceAsSummingEveryRowBeforeIt() {
        Expected expected = history();
        RegisterPage page = fx.register.register(alice, "checking", 5000, 50, false);
        assertEquals(20_001, page.total());
        assertEquals("Checking", page.account().name());
        assertEquals(50, page.rows().size());
        for (int i = 0; i < 50; i++) {
            RegisterLine line = page.rows().get(i);
            assertEquals(expected.rows().get(5000 + i), line.listed().transaction(), "row " + (5000 + i));
            assertEquals(Money.of(expected.balances().get(5000 + i), "EUR"), line.balance(), "balance after row " + (5000 + i));
        }
    }

    @Test
    void newestFirstAPageDeepInTheAccountIsTheSameRunningBalanceCountedFromTheEnd() {
        Expected expected = history();
        RegisterPage page = fx.register.register(alice, "Checking", 5000, 50, true);
        int last = expected.rows().size() - 1;
        for (int i = 0; i < 50; i++) {
            RegisterLine line = page.rows().get(i);
            assertEquals(expected.rows().get(last - 5000 - i), line.listed().transaction(), "row " + (last - 5000 - i));
            assertEquals(Money.of(expected.balances().get(last - 5000 - i), "EUR"), line.balance());
        }
        RegisterPage newest = fx.register.register(alice, "Checking", 0, 1, true);
        assertEquals(Money.of(expected.balances().get(last), "EUR"), newest.rows().get(0).balance());
        assertEquals(fx.accountBook.get(alice, "Checking", LocalDate.of(2030, 1, 1)).balance(), newest.rows().get(0).balance(),
                "the last running balance is the account's balance");
    }

    @Test
    void aTransferLegNamesTheOtherAccountAndAnEntryItsCategory() {
        Expected expected = history();
        int leg = 0;
        while (!expected.rows().get(leg).kind().isTransfer()) {
            leg++;
        }
        RegisterLine transfer = fx.register.register(alice, "Checking", leg, 2, false).rows().get(0);
        assertEquals("Main", transfer.otherAccount());
        assertEquals("", transfer.listed().category());
        RegisterLine entry = fx.register.register(alice, "Checking", leg + 1, 1, false).rows().get(0);
        assertNull(entry.otherAccount());
        assertTrue(List.of("Salary", "Groceries").contains(entry.listed().category()));
    }

    @Test
    void thePageAfterTheLastIsEmptyAndANegativeOffsetIsRefused() {
        fx.transactions.add(alice, new Entry(LocalDate.of(2026, 3, 1), TxKind.EXPENSE, "Dining", Money.of(1250, "EUR"), "lunch"));
        RegisterPage main = fx.register.register(alice, null, 0, 10, false);
        assertEquals("Main", main.account().name(), "no name is the default account");
        assertEquals(List.of(Money.of(-1250, "EUR")), main.rows().stream().map(RegisterLine::balance).toList());
        assertEquals(List.of(), fx.register.register(alice, null, 1, 10, false).rows());
        ValidationException e = assertThrows(ValidationException.class, () -> fx.register.register(alice, null, -1, 10, false));
        assertEquals("page: offset and limit must not be negative", e.getMessage());
        assertThrows(ValidationException.class, () -> fx.register.register(fx.bob(), "Checking", 0, 10, false),
                "bob has no Checking, and alice's is not his to read");
    }
}
