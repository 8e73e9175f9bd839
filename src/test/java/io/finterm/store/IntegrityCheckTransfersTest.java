package io.finterm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Account;
import io.finterm.domain.AccountType;
import io.finterm.domain.Category;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.testdata.LedgerGenerator;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * fsck sees what no index or foreign key can: a transfer whose legs do not pair up, and a
 * transaction booked in a currency its account does not hold. Rows are written straight to the
 * store, as a bug or a hand-edited backup would leave them.
 */
class IntegrityCheckTransfersTest {
    static final Currency EUR = LedgerGenerator.EUR;
    static final Currency USD = Currency.getInstance("USD");
    static final LocalDate DAY = LocalDate.of(2024, 3, 5);

    Store store;
    User alice;
    User bob;
    Account savings;
    long food;

    @BeforeEach
    void usersWithTwoAccounts() {
        store = Store.inMemory();
        store.write(tx -> {
            alice = LedgerGenerator.insertUser(tx, "alice");
            bob = LedgerGenerator.insertUser(tx, "bob");
            savings = tx.insert(Schema.ACCOUNTS, new Account(tx.nextId(Schema.ACCOUNTS), alice.id(), "Savings",
                    AccountType.SAVINGS, EUR, new Money(0, EUR), DAY, true, false));
            food = tx.insert(Schema.CATEGORIES, new Category(tx.nextId(Schema.CATEGORIES), alice.id(), TxKind.EXPENSE, "Food")).id();
            return null;
        });
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    private Transaction leg(long id, User user, long account, LocalDate date, TxKind kind, long other) {
        return new Transaction(id, user.id(), account, date, kind, 0, new Money(500, EUR), "move", other);
    }

    private List<String> problemsAfterWriting(Transaction... rows) {
        store.write(tx -> {
            for (Transaction t : rows) {
                tx.insert(Schema.TRANSACTIONS, t);
            }
            return null;
        });
        return store.check().problems();
    }

    @Test
    void aWellFormedTransferHasNoProblems() {
        long out = 100;
        long in = 101;
        assertEquals(List.of(), problemsAfterWriting(leg(out, alice, alice.id(), DAY, TxKind.TRANSFER_OUT, in),
                leg(in, alice, savings.id(), DAY, TxKind.TRANSFER_IN, out)));
    }

    @Test
    void aLegWhoseOtherLegIsMissingIsReported() {
        List<String> problems = problemsAfterWriting(leg(100, alice, alice.id(), DAY, TxKind.TRANSFER_OUT, 555));
        assertEquals(List.of("transactions.transfer: transactions row 100 names missing leg 555"), problems);
    }

    @Test
    void aLegWhoseOtherLegNamesSomethingElseIsReported() {
        List<String> problems = problemsAfterWriting(leg(100, alice, alice.id(), DAY, TxKind.TRANSFER_OUT, 101),
                leg(101, alice, savings.id(), DAY, TxKind.TRANSFER_IN, 102),
                leg(102, alice, alice.id(), DAY, TxKind.TRANSFER_OUT, 101));
        assertEquals(List.of("transactions.transfer: transactions row 100 names leg 101, which names 102 instead"), problems);
    }

    @Test
    void aLegThatNamesAnExpenseIsReported() {
        Transaction expense = Transaction.entry(101, alice.id(), savings.id(), DAY, TxKind.EXPENSE, food, new Money(1, EUR), "");
        List<String> problems = problemsAfterWriting(leg(100, alice, alice.id(), DAY, TxKind.TRANSFER_OUT, 101), expense);
        assertEquals(List.of("transactions.transfer: transactions row 100 names 101, which is not a transfer"), problems);
    }

    @Test
    void legsOfDifferentUsersDatesKindsOrTheSameAccountAreReported() {
        List<String> problems = problemsAfterWriting(
                leg(100, alice, alice.id(), DAY, TxKind.TRANSFER_OUT, 101),
                leg(101, bob, bob.id(), DAY, TxKind.TRANSFER_IN, 100),
                leg(200, alice, alice.id(), DAY, TxKind.TRANSFER_OUT, 201),
                leg(201, alice, savings.id(), DAY.plusDays(1), TxKind.TRANSFER_IN, 200),
                leg(300, alice, alice.id(), DAY, TxKind.TRANSFER_OUT, 301),
                leg(301, alice, savings.id(), DAY, TxKind.TRANSFER_OUT, 300),
                leg(400, alice, savings.id(), DAY, TxKind.TRANSFER_OUT, 401),
                leg(401, alice, savings.id(), DAY, TxKind.TRANSFER_IN, 400));
        for (String expected : List.of(
                "transactions.transfer: transactions row 100 names leg 101 of someone else",
                "transactions.transfer: transactions row 200 is dated 2024-03-05 but its leg 201 2024-03-06",
                "transactions.transfer: transactions row 300 is a transfer out and so is its leg 301",
                "transactions.transfer: transactions row 400 and its leg 401 are both in account " + savings.id())) {
            assertTrue(problems.contains(expected), () -> expected + " not in " + problems);
        }
        // a pair whose legs name each other is told once, not from each side
        assertEquals(4, problems.size(), problems.toString());
    }

    @Test
    void aTransactionInACurrencyItsAccountDoesNotHoldIsReported() {
        Transaction dollars = Transaction.entry(100, alice.id(), savings.id(), DAY, TxKind.EXPENSE, food, new Money(700, USD), "");
        List<String> problems = problemsAfterWriting(dollars);
        assertEquals(List.of("transactions.currency: transactions row 100 is in USD, but account "
                + savings.id() + " is in EUR"), problems);
    }
}
