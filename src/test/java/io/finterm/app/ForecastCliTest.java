package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.finterm.domain.Account;
import io.finterm.domain.AccountType;
import io.finterm.domain.Category;
import io.finterm.domain.Frequency;
import io.finterm.domain.Money;
import io.finterm.domain.Recurrence;
import io.finterm.domain.Schedule;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.domain.WeekendPolicy;
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

/**
 * {@code finterm report forecast} and {@code finterm account warn}, through the real entry point, in a
 * UTF-8 locale. The clock says Wednesday 2024-03-20.
 *
 * <p>Alice's Main holds 1,000.00 (her pay today); Savings holds nothing. Her schedules wait for approval:
 * Saving 100.00 from Main to Savings on the 25th, Salary 2,000.00 on the 28th (moved to the business day
 * after: 2024-04-28 is a Sunday), Rent 1,200.00 on the 1st from April. By hand, Main: 900.00 on 03-25,
 * 2,900.00 on 03-28, 1,700.00 on 04-01 and to 04-20 (one month); Savings 100.00 from 03-25.
 */
class ForecastCliTest {
    private static final String PW = CliTest.ALICE_PW + "\n";

    @TempDir
    Path temp;
    private final CliTest cli = new CliTest();

    @BeforeEach
    void aliceWithSchedules() {
        cli.temp = temp;
        cli.aStoreWithAliceInIt();
        cli.add("2024-03-20", "income", "Salary", "1000.00", "pay");
        try (Store store = Store.open(cli.data)) {
            store.write(tx -> {
                User alice = find(tx, Schema.USERS, u -> u.username().equals("alice"));
                Account savings = tx.insert(Schema.ACCOUNTS, new Account(tx.nextId(Schema.ACCOUNTS), alice.id(), "Savings",
                        AccountType.SAVINGS, Currency.getInstance("EUR"), Money.of(0, "EUR"), LocalDate.of(2024, 3, 20), true, false));
                long main = alice.defaultAccountId();
                long salary = category(tx, alice, TxKind.INCOME, "Salary");
                long rent = category(tx, alice, TxKind.EXPENSE, "Rent");
                schedule(tx, alice, "Saving", main, TxKind.TRANSFER_OUT, savings.id(), 0, 10_000, 25, LocalDate.of(2024, 3, 25),
                        WeekendPolicy.KEEP);
                schedule(tx, alice, "Salary", main, TxKind.INCOME, 0, salary, 200_000, 28, LocalDate.of(2024, 3, 28), WeekendPolicy.AFTER);
                schedule(tx, alice, "Rent", main, TxKind.EXPENSE, 0, rent, 120_000, 1, LocalDate.of(2024, 4, 1), WeekendPolicy.KEEP);
                return null;
            });
        }
    }

    private static void schedule(WriteTx tx, User user, String name, long account, TxKind kind, long to, long category, long minor,
                                 int day, LocalDate start, WeekendPolicy weekend) {
        tx.insert(Schema.SCHEDULES, new Schedule(tx.nextId(Schema.SCHEDULES), user.id(), name, account, kind, to, category,
                Money.of(minor, "EUR"), false, "", "", List.of(), List.of(),
                new Recurrence(Frequency.MONTH, 1, day, 0, null, start, null, 0), weekend, false, null, start));
    }

    private static long category(WriteTx tx, User user, TxKind kind, String name) {
        Category c = find(tx, Schema.CATEGORIES, x -> x.userId() == user.id() && x.kind() == kind && x.name().equals(name));
        return c.id();
    }

    private static <T> T find(WriteTx tx, io.finterm.store.Table<T> table, java.util.function.Predicate<T> which) {
        List<T> all = new ArrayList<>();
        tx.forEach(table, all::add);
        return all.stream().filter(which).findFirst().orElseThrow();
    }

    private CliTest.Result run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--as", "alice", "--password-stdin"));
        return cli.run(java.util.Map.of("HOME", temp.toString(), "LANG", "C.UTF-8"), PW, all.toArray(String[]::new));
    }

    private long warnings() {
        try (Store store = Store.open(cli.data)) {
            return store.read(rd -> rd.count(Schema.BALANCE_WARNINGS));
        }
    }

    private static void point(JsonObject p, String date, String balance) {
        assertEquals(date, p.get("date").getAsString());
        assertEquals(balance, p.get("balance").getAsString());
    }

    @Test
    void theJsonByMonthHasEachAccountsMonthEndsItsLowestItsWarningAndTheNetWorth() {
        CliTest.Result r = run("report", "forecast", "--months", "1", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(List.of("currency", "accounts", "netWorth"), new ArrayList<>(json.keySet()));
        assertEquals("EUR", json.get("currency").getAsString());
        JsonArray accounts = json.getAsJsonArray("accounts");
        assertEquals(2, accounts.size());
        JsonObject main = accounts.get(0).getAsJsonObject();
        assertEquals(List.of("name", "currency", "rows", "lowest", "warning"), new ArrayList<>(main.keySet()));
        assertEquals("Main", main.get("name").getAsString());
        assertEquals("EUR", main.get("currency").getAsString());
        JsonArray rows = main.getAsJsonArray("rows");
        assertEquals(2, rows.size());
        point(rows.get(0).getAsJsonObject(), "2024-03-31", "2900.00");
        point(rows.get(1).getAsJsonObject(), "2024-04-20", "1700.00");
        point(main.getAsJsonObject("lowest"), "2024-03-25", "900.00");
        assertTrue(main.get("warning").isJsonNull());
        JsonObject savings = accounts.get(1).getAsJsonObject();
        assertEquals("Savings", savings.get("name").getAsString());
        point(savings.getAsJsonArray("rows").get(0).getAsJsonObject(), "2024-03-31", "100.00");
        point(savings.getAsJsonObject("lowest"), "2024-03-20", "0.00");
        JsonObject netWorth = json.getAsJsonObject("netWorth");
        point(netWorth.getAsJsonArray("rows").get(0).getAsJsonObject(), "2024-03-31", "3000.00");
        point(netWorth.getAsJsonArray("rows").get(1).getAsJsonObject(), "2024-04-20", "1800.00");
        point(netWorth.getAsJsonObject("lowest"), "2024-03-20", "1000.00");
    }

    @Test
    void eachAccountInTheJsonSaysItsOwnCurrencySoThatADollarAccountsAmountsAreLabelled() {
        try (Store store = Store.open(cli.data)) {
            store.write(tx -> {
                User alice = find(tx, Schema.USERS, u -> u.username().equals("alice"));
                return tx.insert(Schema.ACCOUNTS, new Account(tx.nextId(Schema.ACCOUNTS), alice.id(), "Dollars", AccountType.CHECKING,
                        Currency.getInstance("USD"), Money.of(5_000, "USD"), LocalDate.of(2024, 3, 1), true, false));
            });
        }
        CliTest.Result r = run("report", "forecast", "--months", "1", "--account", "Dollars", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("EUR", json.get("currency").getAsString(), "the base currency, the net worth's");
        JsonObject dollars = json.getAsJsonArray("accounts").get(0).getAsJsonObject();
        assertEquals("Dollars", dollars.get("name").getAsString());
        assertEquals("USD", dollars.get("currency").getAsString());
        point(dollars.getAsJsonObject("lowest"), "2024-03-20", "50.00");
    }

    @Test
    void theJsonByDayHasOneRowPerDayAndTheWarningOnceOneIsSet() {
        assertEquals(0, run("account", "warn", "main", "--below", "1000").code());
        CliTest.Result r = run("report", "forecast", "--months", "2", "--by", "day", "--account", "Main", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonObject main = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("accounts").get(0).getAsJsonObject();
        JsonArray rows = main.getAsJsonArray("rows");
        assertEquals(62, rows.size(), "2024-03-20 to 2024-05-20");
        point(rows.get(0).getAsJsonObject(), "2024-03-20", "1000.00");
        point(rows.get(5).getAsJsonObject(), "2024-03-25", "900.00");
        point(rows.get(39).getAsJsonObject(), "2024-04-28", "1600.00");
        point(rows.get(40).getAsJsonObject(), "2024-04-29", "3600.00");
        assertEquals("Main would fall to €900.00 below the warning of €1,000.00 on 2024-03-25, before the Salary on 2024-03-28",
                main.get("warning").getAsString());
    }

    @Test
    void theTableByMonthShowsTheEndsAndLowestsThenTheWarnings() {
        CliTest.Result calm = run("report", "forecast", "--months", "1");
        assertEquals(0, calm.code(), calm.err());
        List<String> lines = calm.out().lines().toList();
        assertEquals("forecast 2024-03-20 to 2024-04-20, by month", lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.matches(".*Main .*EUR .*2024-03 .*2900\\.00 .*900\\.00 .*2024-03-25.*")), calm.out());
        assertTrue(lines.stream().anyMatch(l -> l.matches(".*net worth .*EUR .*2024-04 .*1800\\.00 .*1800\\.00 .*2024-04-01.*")), calm.out());
        assertEquals("no account falls below zero or its warning by 2024-04-20", lines.get(lines.size() - 1));
        assertEquals(0, run("account", "warn", "Main", "--below", "1000").code());
        CliTest.Result warned = run("report", "forecast", "--months", "1");
        List<String> after = warned.out().lines().toList();
        assertEquals("Main would fall to €900.00 below the warning of €1,000.00 on 2024-03-25, before the Salary on 2024-03-28",
                after.get(after.size() - 1));
        List<String> ascii = run("--ascii", "report", "forecast", "--months", "1").out().lines().toList();
        assertEquals("Main would fall to 900.00 EUR below the warning of 1000.00 EUR on 2024-03-25, before the Salary on 2024-03-28",
                ascii.get(ascii.size() - 1));
    }

    @Test
    void theCsvHoldsTheTableAloneAndTheWarningGoesToStandardError() {
        assertEquals(0, run("account", "warn", "Main", "--below", "1000").code());
        CliTest.Result r = run("report", "forecast", "--months", "1", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("account,currency,month,end balance,lowest,lowest on\n"
                + "Main,EUR,2024-03,2900.00,900.00,2024-03-25\n"
                + "Main,EUR,2024-04,1700.00,1700.00,2024-04-01\n"
                + "Savings,EUR,2024-03,100.00,0.00,2024-03-20\n"
                + "Savings,EUR,2024-04,100.00,100.00,2024-04-01\n"
                + "net worth,EUR,2024-03,3000.00,1000.00,2024-03-20\n"
                + "net worth,EUR,2024-04,1800.00,1800.00,2024-04-01\n", r.out());
        assertEquals("Main would fall to €900.00 below the warning of €1,000.00 on 2024-03-25, before the Salary on 2024-03-28\n",
                r.err());
    }

    @Test
    void spendingIsCountedOnlyWhenAskedAndSaysHowInANote() {
        cli.add("2024-01-10", "expense", "Groceries", "600.00", "market");
        CliTest.Result r = run("report", "forecast", "--months", "1", "--account", "Savings", "--spending", "--format", "csv");
        assertEquals(0, r.code(), r.err());
        assertEquals("note: spending: each category's monthly average of 2023-09 to 2024-02 (without scheduled transactions),"
                + " spread over the days\n", r.err());
        // The 600.00 leaves Main at 400.00 today, 2,300.00 at the end of March without spending. It spends 100.00 a
        // month: March from the 21st is 10000 - floor(10000*20/31) = 3549, so March ends at 2,300.00 - 35.49.
        CliTest.Result main = run("report", "forecast", "--months", "1", "--account", "Main", "--spending", "--format", "csv");
        assertTrue(main.out().contains("Main,EUR,2024-03,2264.51,"), main.out());
        CliTest.Result without = run("report", "forecast", "--months", "1", "--account", "Main", "--format", "csv");
        assertTrue(without.out().contains("Main,EUR,2024-03,2300.00,"), without.out());
    }

    @Test
    void monthsOutsideOneToTwelveAndAnUnknownAccountAreRefusedNamingTheOption() {
        CliTest.Result thirteen = run("report", "forecast", "--months", "13");
        assertEquals(2, thirteen.code());
        assertTrue(thirteen.err().startsWith("--months: must be 1 to 12, not 13"), thirteen.err());
        assertEquals(2, run("report", "forecast", "--months", "0").code());
        CliTest.Result by = run("report", "forecast", "--by", "week");
        assertEquals(2, by.code());
        assertTrue(by.err().startsWith("--by: 'week' is not day or month"), by.err());
        CliTest.Result unknown = run("report", "forecast", "--account", "Nope");
        assertEquals(1, unknown.code());
        assertEquals("finterm: account: you have no account 'Nope'; `finterm account list` shows yours\n", unknown.err());
        assertEquals("", unknown.out());
    }

    @Test
    void accountWarnSetsReplacesAndRemovesTheWarningAndAcceptsAnOverdraftLimit() {
        CliTest.Result set = run("account", "warn", "Main", "--below", "-500.00");
        assertEquals(0, set.code(), set.err());
        assertEquals(1, warnings());
        assertEquals(0, run("account", "warn", "Main", "--below", "950").code());
        assertEquals(1, warnings(), "one warning per account");
        assertTrue(run("report", "forecast", "--months", "1").out().contains("below the warning of €950.00 on 2024-03-25"));
        CliTest.Result off = run("account", "warn", "Main", "--off");
        assertEquals(0, off.code(), off.err());
        assertEquals(0, warnings());
        CliTest.Result help = cli.run("", "account", "warn", "--help");
        assertTrue(help.out().contains("overdraft"), help.out());
    }

    @Test
    void accountWarnRefusesWhatItCannotUseAndWritesNothing() {
        CliTest.Result neither = run("account", "warn", "Main");
        assertEquals(2, neither.code());
        assertTrue(neither.err().startsWith("give --below AMOUNT, or --off to remove the warning"), neither.err());
        assertEquals(2, run("account", "warn", "Main", "--below", "5", "--off").code());
        CliTest.Result text = run("account", "warn", "Main", "--below", "lots");
        assertEquals(1, text.code());
        assertEquals("finterm: below: 'lots' is not a number\n", text.err());
        CliTest.Result unknown = run("account", "warn", "Nope", "--below", "5");
        assertEquals("finterm: account: you have no account 'Nope'; `finterm account list` shows yours\n", unknown.err());
        assertEquals(0, warnings());
    }
}
