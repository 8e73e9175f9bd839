package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.finterm.domain.Account;
import io.finterm.domain.AccountType;
import io.finterm.domain.Category;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.WriteTx;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finterm report networth} and {@code report totals --by account}, through the real entry point (the clock says 2024-03-20). */
class NetWorthCliTest {
    private static final String PW = CliTest.ALICE_PW + "\n";
    private static final String NO_RATE = "no USD rate on or before 2024-01-31: run `finterm rates update` or import a rates file";

    @TempDir
    Path temp;
    private final CliTest cli = new CliTest();

    /**
     * Alice's Main: +1000.00 salary on 2024-01-10, -45.50 groceries on 2024-02-05, 300.00 to Savings on
     * 2024-02-20. Savings opens with 250.00 on 2024-02-01 and pays 20.00 of groceries on 2024-03-02;
     * Card opens at -1500.00 on 2024-01-01; Dollars opens at $20.00, for which there is no rate.
     */
    @BeforeEach
    void aliceWithFourAccounts() {
        cli.temp = temp;
        cli.aStoreWithAliceInIt();
        cli.add("2024-01-10", "income", "Salary", "1000.00", "pay");
        cli.add("2024-02-05", "expense", "Groceries", "45.50", "market");
        try (Store store = Store.open(cli.data)) {
            store.write(tx -> {
                User alice = find(tx, Schema.USERS, u -> u.username().equals("alice"));
                Category groceries = find(tx, Schema.CATEGORIES, c -> c.userId() == alice.id() && c.name().equals("Groceries"));
                Account savings = account(tx, alice, "Savings", AccountType.SAVINGS, "EUR", 25_000, LocalDate.of(2024, 2, 1));
                account(tx, alice, "Card", AccountType.CREDIT, "EUR", -150_000, LocalDate.of(2024, 1, 1));
                account(tx, alice, "Dollars", AccountType.CHECKING, "USD", 2_000, LocalDate.of(2024, 1, 1));
                long out = tx.nextId(Schema.TRANSACTIONS);
                long in = tx.nextId(Schema.TRANSACTIONS);
                LocalDate day = LocalDate.of(2024, 2, 20);
                tx.insert(Schema.TRANSACTIONS, new Transaction(out, alice.id(), alice.defaultAccountId(), day, TxKind.TRANSFER_OUT, 0,
                        Money.of(30_000, "EUR"), "to savings", in));
                tx.insert(Schema.TRANSACTIONS, new Transaction(in, alice.id(), savings.id(), day, TxKind.TRANSFER_IN, 0,
                        Money.of(30_000, "EUR"), "to savings", out));
                tx.insert(Schema.TRANSACTIONS, Transaction.entry(tx.nextId(Schema.TRANSACTIONS), alice.id(), savings.id(),
                        LocalDate.of(2024, 3, 2), TxKind.EXPENSE, groceries.id(), Money.of(2_000, "EUR"), "market"));
                return null;
            });
        }
    }

    private static <T> T find(WriteTx tx, io.finterm.store.Table<T> table, java.util.function.Predicate<T> which) {
        List<T> all = new ArrayList<>();
        tx.forEach(table, all::add);
        return all.stream().filter(which).findFirst().orElseThrow();
    }

    private static Account account(WriteTx tx, User user, String name, AccountType type, String currency, long opening, LocalDate date) {
        return tx.insert(Schema.ACCOUNTS, new Account(tx.nextId(Schema.ACCOUNTS), user.id(), name, type, Currency.getInstance(currency),
                Money.of(opening, currency), date, true, false));
    }

    private CliTest.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--as", "alice", "--password-stdin"));
        return cli.run(PW, all.toArray(String[]::new));
    }

    @Test
    void theJsonHasOneRowPerMonthWithExactSignedAmountsAndTheNoteGoesToStandardError() {
        CliTest.Result r = run("report", "networth", "--from", "2024-01", "--to", "2024-03", "--format", "json");
        assertEquals(0, r.code(), r.err());
        // January: 1000.00 - 1500.00; February: Main 654.50 + Savings 550.00 - 1500.00; March: Savings paid 20.00
        assertEquals("{\"currency\":\"EUR\",\"rows\":[{\"month\":\"2024-01\",\"net_worth\":\"-500.00\"},"
                + "{\"month\":\"2024-02\",\"net_worth\":\"-295.50\"},{\"month\":\"2024-03\",\"net_worth\":\"-315.50\"}]}\n", r.out());
        assertEquals("note: left out 3 account balances in USD: " + NO_RATE + "\n", r.err());
    }

    @Test
    void theTableAndCsvShowTheLastTwelveMonthsByDefault() {
        CliTest.Result table = run("report", "networth");
        assertEquals(0, table.code(), table.err());
        List<String> lines = table.out().lines().toList();
        assertEquals(12, lines.stream().filter(l -> l.matches(".*20\\d\\d-\\d\\d.*")).count(), table.out());
        assertEquals(true, lines.stream().anyMatch(l -> l.contains("2023-04") && l.contains("0.00")), table.out());
        assertEquals(true, lines.stream().anyMatch(l -> l.contains("2024-03") && l.contains("-315.50")), table.out());
        CliTest.Result csv = run("report", "networth", "--from", "2024-02-15", "--to", "2024", "--format", "csv");
        assertEquals("month,net worth EUR\n2024-02,-295.50\n2024-03,-315.50\n2024-04,-315.50\n2024-05,-315.50\n2024-06,-315.50\n"
                + "2024-07,-315.50\n2024-08,-315.50\n2024-09,-315.50\n2024-10,-315.50\n2024-11,-315.50\n2024-12,-315.50\n", csv.out());
    }

    @Test
    void aBackwardRangeOrAnUnknownFormatIsRefusedWithTheField() {
        CliTest.Result backwards = run("report", "networth", "--from", "2024-05", "--to", "2024-01");
        assertEquals(1, backwards.code());
        assertEquals("finterm: from: 2024-05 is after 2024-01\n", backwards.err());
        CliTest.Result md = run("report", "networth", "--format", "md");
        assertEquals(1, md.code());
        assertEquals("finterm: format: 'md' is not one of table, csv, json\n", md.err());
    }

    @Test
    void totalsByAccountCountIncomeAndExpensesPerAccountAndNeverTheTransfer() {
        CliTest.Result json = run("report", "totals", "--by", "account", "--type", "all", "--format", "json");
        assertEquals(0, json.code(), json.err());
        assertEquals("{\"currency\":\"EUR\",\"from\":\"2024-01-10\",\"to\":\"2024-03-02\",\"rows\":["
                + "{\"account\":\"Main\",\"type\":\"income\",\"count\":1,\"total\":\"1000.00\"},"
                + "{\"account\":\"Main\",\"type\":\"expense\",\"count\":1,\"total\":\"45.50\"},"
                + "{\"account\":\"Savings\",\"type\":\"expense\",\"count\":1,\"total\":\"20.00\"}],"
                + "\"total\":\"934.50\"}\n", json.out());
        CliTest.Result table = run("report", "totals", "--by", "account", "--format", "csv");
        assertEquals("account,type,count,total\nMain,expense,1,45.50\nSavings,expense,1,20.00\n", table.out());
    }
}
