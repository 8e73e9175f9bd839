package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finterm account …}, {@code transfer} and {@code add}/{@code edit --account}, through the real entry point. */
class AccountCliTest {
    static final String PW = CliTest.ALICE_PW + "\n";
    static final String BOB_PW = "bob-password-1";

    @TempDir
    Path temp;
    final CliTest cli = new CliTest();

    @BeforeEach
    void aStoreWithAliceInIt() {
        cli.temp = temp;
        cli.aStoreWithAliceInIt();
    }

    CliTest.Result ok(String... args) {
        return cli.ok(PW, asAlice(args));
    }

    CliTest.Result run(String... args) {
        return cli.run(PW, asAlice(args));
    }

    static String[] asAlice(String... args) {
        String[] all = Arrays.copyOf(args, args.length + 3);
        all[args.length] = "--as";
        all[args.length + 1] = "alice";
        all[args.length + 2] = "--password-stdin";
        return all;
    }

    JsonObject accounts() {
        return JsonParser.parseString(ok("account", "list", "--format", "json").out()).getAsJsonObject();
    }

    static JsonObject account(JsonObject list, String name) {
        for (var e : list.getAsJsonArray("accounts")) {
            if (e.getAsJsonObject().get("name").getAsString().equals(name)) {
                return e.getAsJsonObject();
            }
        }
        throw new AssertionError("no account " + name + " in " + list);
    }

    /** Everything a refusal must leave as it was: the accounts with their balances, and every transaction. */
    String everything() {
        return ok("account", "list", "--format", "json").out() + ok("list", "--format", "csv").out();
    }

    /** Runs a command that must be refused: exit 1, one line naming {@code field}, and nothing written. */
    String refused(String field, String... args) {
        String before = everything();
        CliTest.Result r = run(args);
        assertEquals(1, r.code(), String.join(" ", args) + ": " + r.err());
        assertTrue(r.err().startsWith("finterm: " + field + ": "), r.err());
        assertEquals(1, r.err().lines().count(), "one sentence: " + r.err());
        assertEquals(before, everything(), "nothing was written by " + String.join(" ", args));
        return r.err();
    }

    @Test
    void aNewUserHasMainAsTheirDefaultAccountAtZero() {
        JsonObject list = accounts();
        assertEquals("EUR", list.get("currency").getAsString());
        assertEquals("0.00", list.get("net_worth").getAsString());
        JsonArray all = list.getAsJsonArray("accounts");
        assertEquals(1, all.size());
        JsonObject main = all.get(0).getAsJsonObject();
        assertEquals(List.of("name", "type", "currency", "balance", "default", "closed", "in_net_worth"), List.copyOf(main.keySet()),
                "the issue's keys, and whether it counts in net worth");
        assertEquals("Main", main.get("name").getAsString());
        assertEquals("checking", main.get("type").getAsString());
        assertEquals("EUR", main.get("currency").getAsString());
        assertEquals("0.00", main.get("balance").getAsString());
        assertTrue(main.get("default").getAsBoolean());
        assertFalse(main.get("closed").getAsBoolean());
    }

    @Test
    void theJsonListHoldsEachOpeningBalancePlusItsTransactionsAndNetWorthCountsOnlyTheCountedAccounts() {
        ok("account", "add", "Savings", "--type", "savings", "--opening", "1,000.00", "--opening-date", "2024-01-01");
        ok("account", "add", "Card", "--type", "credit", "--opening", "-250.40", "--opening-date", "2024-01-01");
        ok("account", "add", "Pension", "--type", "investment", "--opening", "5000", "--exclude-from-net-worth");
        ok("add", "--date", "2024-03-01", "--type", "income", "--category", "Salary", "--amount", "3100.00", "--description", "pay");
        ok("add", "--date", "2024-03-02", "--type", "expense", "--category", "Groceries", "--amount", "12.55", "--description", "market");
        ok("add", "--date", "2024-03-03", "--type", "expense", "--category", "Dining", "--amount", "40.10", "--account", "Card",
                "--description", "dinner");
        ok("add", "--date", "2024-03-04", "--type", "income", "--category", "Interest", "--amount", "1.25", "--account", "savings",
                "--description", "interest");
        ok("transfer", "--from", "Main", "--to", "Savings", "--amount", "500", "--date", "2024-03-05");
        ok("transfer", "--from", "Main", "--to", "Card", "--amount", "290.50", "--date", "2024-03-06");

        BigDecimal main = new BigDecimal("3100.00").subtract(new BigDecimal("12.55")).subtract(new BigDecimal("500"))
                .subtract(new BigDecimal("290.50"));
        BigDecimal savings = new BigDecimal("1000.00").add(new BigDecimal("1.25")).add(new BigDecimal("500"));
        BigDecimal card = new BigDecimal("-250.40").subtract(new BigDecimal("40.10")).add(new BigDecimal("290.50"));
        BigDecimal pension = new BigDecimal("5000");

        JsonObject list = accounts();
        assertEquals("EUR", list.get("currency").getAsString());
        assertEquals(4, list.getAsJsonArray("accounts").size());
        assertEquals(List.of("Card", "Main", "Pension", "Savings"), list.getAsJsonArray("accounts").asList().stream()
                .map(e -> e.getAsJsonObject().get("name").getAsString()).toList(), "by name");
        assertAccount(list, "Main", "checking", main, true);
        assertAccount(list, "Savings", "savings", savings, false);
        assertAccount(list, "Card", "credit", card, false);
        assertAccount(list, "Pension", "investment", pension, false);
        assertEquals(main.add(savings).add(card).setScale(2).toPlainString(), list.get("net_worth").getAsString(),
                "the pension is not counted");
        assertEquals("", ok("account", "list", "--format", "json").err(), "one currency: nothing to note");
    }

    private static void assertAccount(JsonObject list, String name, String type, BigDecimal balance, boolean isDefault) {
        JsonObject a = account(list, name);
        assertEquals(type, a.get("type").getAsString(), name);
        assertEquals("EUR", a.get("currency").getAsString(), name);
        assertEquals(balance.setScale(2).toPlainString(), a.get("balance").getAsString(), name);
        assertEquals(isDefault, a.get("default").getAsBoolean(), name);
        assertFalse(a.get("closed").getAsBoolean(), name);
    }

    @Test
    void theListAsCsvHasTheJsonKeysAndAsATableEndsWithNetWorth() {
        ok("account", "add", "Wallet", "--type", "cash", "--opening", "-5");
        ok("account", "close", "Wallet");
        assertEquals("name,type,currency,balance,default,closed,in_net_worth\nMain,checking,EUR,0.00,true,false,true\nWallet,cash,EUR,-5.00,false,true,true\n",
                ok("account", "list", "--format", "csv").out());
        String table = cli.ok(PW, asAliceAscii("account", "list")).out();
        assertTrue(table.contains("| Main      | checking | EUR      |    0.00 | default |"), table);
        assertTrue(table.contains("| Wallet    | cash     | EUR      |   -5.00 | closed  |"), table);
        assertTrue(table.contains("| net worth |          | EUR      |   -5.00 |         |"), table);
        CliTest.Result bad = run("account", "list", "--format", "xml");
        assertEquals("finterm: format: 'xml' is not one of table, csv, json\n", bad.err());
    }

    private static String[] asAliceAscii(String... args) {
        String[] all = asAlice(args);
        String[] withAscii = Arrays.copyOf(all, all.length + 1);
        withAscii[all.length] = "--ascii";
        return withAscii;
    }

    @Test
    void netWorthConvertsAnotherCurrencyAtTodaysRateAndLeavesOutOneWithoutARateWithANote() throws Exception {
        Path rates = temp.resolve("rates.csv");
        Files.writeString(rates, "Date,USD,\n2024-03-19,1.0900,\n");
        cli.ok("", "rates", "import", rates.toString());
        ok("account", "add", "Travel", "--currency", "usd", "--opening", "109.00");
        ok("account", "add", "Ski", "--currency", "CHF", "--opening", "80");
        ok("account", "add", "Empty", "--currency", "CHF");
        ok("add", "--date", "2024-03-10", "--type", "income", "--category", "Salary", "--amount", "10.00");
        CliTest.Result r = ok("account", "list", "--format", "json");
        JsonObject list = JsonParser.parseString(r.out()).getAsJsonObject();
        // $109.00 at 1.09 dollars a euro, on Tuesday the 19th (today is the 20th, before the ECB publishes)
        assertEquals(new BigDecimal("10.00").add(new BigDecimal("109.00").divide(new BigDecimal("1.09"))).setScale(2).toPlainString(),
                list.get("net_worth").getAsString());
        assertEquals("109.00", account(list, "Travel").get("balance").getAsString());
        assertEquals("USD", account(list, "Travel").get("currency").getAsString());
        assertEquals("80.00", account(list, "Ski").get("balance").getAsString());
        assertEquals("note: net worth converted 1 account balance at ECB rates of 2024-03-19 (1 at an earlier day's rate: "
                + "a weekend or holiday); left out 1 account balance in CHF: no CHF rate on or before 2024-03-20: "
                + "run `finterm rates update` or import a rates file\n", r.err(),
                "an empty account needs no rate");
        assertEquals(r.err(), ok("account", "list").err(), "the table notes the same");
    }

    @Test
    void anAccountIsRenamedClosedReopenedMadeTheDefaultAndDeletedEachSayingWhatItDid() {
        assertEquals("added the savings account Savings in EUR, opening balance 0.00 on 2024-03-20\n",
                ok("account", "add", "Savings", "--type", "savings").err());
        assertEquals("added the cash account Yen in JPY, opening balance 5000 on 2024-03-01, not counted in net worth\n",
                ok("account", "add", "Yen", "--type", "cash", "--currency", "JPY", "--opening", "5000", "--opening-date", "3/1",
                        "--exclude-from-net-worth").err());
        assertEquals("renamed the account savings to Rainy day\n", ok("account", "rename", "savings", "Rainy day").err());
        assertEquals("closed the account Rainy day\n", ok("account", "close", "Rainy day").err());
        assertTrue(account(accounts(), "Rainy day").get("closed").getAsBoolean());
        assertEquals("finterm: account: 'Rainy day' is closed already\n", refused("account", "account", "close", "Rainy day"));
        assertEquals("reopened the account Rainy day\n", ok("account", "reopen", "rainy DAY").err());
        assertFalse(account(accounts(), "Rainy day").get("closed").getAsBoolean());
        assertEquals("finterm: account: 'Rainy day' is open already\n", refused("account", "account", "reopen", "Rainy day"));
        assertFalse(account(accounts(), "Yen").get("in_net_worth").getAsBoolean(), "the JSON says what net worth leaves out");
        assertTrue(account(accounts(), "Rainy day").get("in_net_worth").getAsBoolean());
        assertEquals("Rainy day is now your default account\n", ok("account", "default", "Rainy day").err());
        assertTrue(account(accounts(), "Rainy day").get("default").getAsBoolean());
        assertFalse(account(accounts(), "Main").get("default").getAsBoolean());
        ok("add", "--date", "2024-03-10", "--type", "expense", "--category", "Dining", "--amount", "9.00");
        assertEquals("-9.00", account(accounts(), "Rainy day").get("balance").getAsString(), "add books into the default");
        assertEquals("deleted the account Main\n", ok("account", "delete", "main").err());
        assertEquals(List.of("Rainy day", "Yen"), accounts().getAsJsonArray("accounts").asList().stream()
                .map(e -> e.getAsJsonObject().get("name").getAsString()).toList());
    }

    @Test
    void everyBadAccountCommandIsOneSentenceNamingTheFieldAndWritesNothing() {
        ok("account", "add", "Savings");
        ok("account", "add", "Old");
        ok("account", "close", "Old");
        ok("add", "--date", "2024-03-10", "--type", "expense", "--category", "Dining", "--amount", "9.00", "--account", "Savings");
        cli.ok(CliTest.ROOT_PW + "\n" + BOB_PW + "\n", "user", "add", "bob", "--as", "root", "--password-stdin");
        cli.ok(BOB_PW + "\n", "account", "add", "Bobs", "--as", "bob", "--password-stdin");

        assertEquals("finterm: account: you already have an account called 'Savings'\n", refused("account", "account", "add", "savings"));
        refused("account", "account", "rename", "Main", "SAVINGS");
        assertEquals("finterm: account: you have no account 'Nowhere'; `finterm account list` shows yours\n",
                refused("account", "account", "close", "Nowhere"));
        refused("account", "account", "rename", "Nowhere", "Somewhere");
        refused("account", "account", "default", "Nowhere");
        refused("account", "account", "reopen", "Nowhere");
        refused("account", "account", "delete", "Bobs");
        assertEquals("finterm: account: 'Savings' has transactions; close it instead, which keeps its history\n",
                refused("account", "account", "delete", "Savings"));
        refused("account", "account", "delete", "Main");
        refused("account", "account", "close", "Main");
        refused("account", "account", "default", "Old");
        refused("type", "account", "add", "Boat", "--type", "yacht");
        refused("currency", "account", "add", "Boat", "--currency", "XYZ");
        refused("opening balance", "account", "add", "Boat", "--opening", "lots");
        refused("opening date", "account", "add", "Boat", "--opening-date", "2024-02-30");
        refused("account", "account", "add", "   ");

        assertEquals("finterm: account: the account 'Old' is closed; reopen it first\n",
                refused("account", "add", "--date", "2024-03-10", "--type", "expense", "--category", "Dining", "--amount", "1",
                        "--account", "Old"));
        refused("account", "add", "--date", "2024-03-10", "--type", "expense", "--category", "Dining", "--amount", "1",
                "--account", "Bobs");
        assertEquals("finterm: to: a transfer needs two different accounts, and 'Savings' is both\n",
                refused("to", "transfer", "--from", "Savings", "--to", "savings", "--amount", "5"));
        assertEquals("finterm: to: you have no account 'Bobs'; a transfer moves money between your own accounts\n",
                refused("to", "transfer", "--from", "Main", "--to", "Bobs", "--amount", "5"), "another user's account is unknown");
        refused("from", "transfer", "--from", "Nowhere", "--to", "Main", "--amount", "5");
        assertEquals("finterm: from: the account 'Old' is closed; reopen it first\n",
                refused("from", "transfer", "--from", "Old", "--to", "Main", "--amount", "5"));
        refused("to", "transfer", "--from", "Main", "--to", "Old", "--amount", "5");
        refused("amount", "transfer", "--from", "Main", "--to", "Savings", "--amount", "-5");
        refused("amount", "transfer", "--from", "Main", "--to", "Savings", "--amount", "five");
        refused("to amount", "transfer", "--from", "Main", "--to", "Savings", "--amount", "5", "--to-amount", "6");
        refused("date", "transfer", "--from", "Main", "--to", "Savings", "--amount", "5", "--date", "someday");
        assertEquals("", cli.ok(BOB_PW + "\n", "list", "--as", "bob", "--password-stdin", "--format", "csv").out()
                .lines().skip(1).reduce("", String::concat), "bob's books are untouched");
    }

    @Test
    void aTransferMovesMoneyAndSaysWhatItDid() {
        ok("account", "add", "Savings", "--type", "savings");
        ok("account", "add", "Dollars", "--currency", "USD");
        CliTest.Result r = ok("transfer", "--from", "Main", "--to", "Savings", "--amount", "1,250.00", "--description", "rainy day");
        assertEquals("1 2\n", r.out(), "the two legs' ids, for scripts");
        assertEquals("moved 1250.00 EUR from Main to Savings on 2024-03-20 (rainy day): transactions 1 and 2\n", r.err(),
                "today by default");
        CliTest.Result fx = ok("transfer", "--from", "Savings", "--to", "Dollars", "--amount", "100", "--to-amount", "108.40",
                "--date", "-1");
        assertEquals("moved 100.00 EUR (108.40 USD arrived) from Savings to Dollars on 2024-03-19: transactions 3 and 4\n", fx.err());
        String table = ok("list", "--ascii").out();
        assertTrue(table.contains("| 2024-03-20 | transfer out |          | -1250.00 | EUR      | rainy day   | Main    |"), table);
        assertTrue(table.contains("| 2024-03-20 | transfer in  |          | +1250.00 | EUR      | rainy day   | Savings |"), table);
        CliTest.Result both = run("delete", "2");
        assertEquals("finterm: this would delete transaction 2 (2024-03-20 transfer in 1250.00 EUR rainy day) and the transfer's other"
                + " leg, transaction 1; add --yes to do it\n", both.err());
        JsonObject list = accounts();
        assertEquals("-1250.00", account(list, "Main").get("balance").getAsString());
        assertEquals("1150.00", account(list, "Savings").get("balance").getAsString());
        assertEquals("108.40", account(list, "Dollars").get("balance").getAsString());
        ok("transfer", "--from", "Main", "--to", "Savings", "--amount", "1", "--date", "2024-03-01");
        assertEquals("deleted transaction 6 (2024-03-01 transfer in 1.00 EUR) and the transfer's other leg, transaction 5\n",
                ok("delete", "6", "--yes").err());
        assertEquals("-1250.00", account(accounts(), "Main").get("balance").getAsString(), "both legs went");
        assertEquals("finterm: to amount: 'Savings' is in EUR and 'Dollars' in USD: give the amount that arrived, in USD\n",
                refused("to amount", "transfer", "--from", "Savings", "--to", "Dollars", "--amount", "5"));
        CliTest.Result missing = run("transfer", "--from", "Main", "--amount", "5");
        assertEquals(2, missing.code(), "a missing option is a usage error, as everywhere");
        assertTrue(missing.err().startsWith("Missing required option: '--to=ACCOUNT'"), missing.err());
    }

    @Test
    void addReadsTheAmountInTheAccountsCurrencyAndRefusesAnotherCurrencyInOneSentence() {
        ok("account", "add", "Tokyo", "--currency", "JPY");
        ok("add", "--date", "2024-03-10", "--type", "expense", "--category", "Dining", "--amount", "1500", "--account", "Tokyo");
        assertEquals("1,2024-03-10,expense,Dining,1500,JPY,,Tokyo,,,uncleared\n",
                ok("list", "--format", "csv").out().lines().skip(1).map(l -> l + "\n").reduce("", String::concat));
        assertEquals("finterm: currency: the account 'Tokyo' is in JPY, not EUR: enter what the bank booked in JPY, "
                + "or choose an account in EUR\n", refused("currency", "add", "--date", "2024-03-10", "--type", "expense",
                "--category", "Dining", "--amount", "15", "--currency", "EUR", "--account", "Tokyo"));
        refused("amount", "add", "--date", "2024-03-10", "--type", "expense", "--category", "Dining", "--amount", "15.50",
                "--account", "Tokyo");
    }

    @Test
    void editMovesATransactionWithAccountAndOtherwiseKeepsItWhereItIs() {
        ok("account", "add", "Savings");
        ok("account", "add", "Tokyo", "--currency", "JPY");
        ok("add", "--date", "2024-03-10", "--type", "expense", "--category", "Dining", "--amount", "9.00", "--account", "Savings");
        ok("edit", "1", "--description", "lunch");
        assertEquals("-9.00", account(accounts(), "Savings").get("balance").getAsString(), "an edit keeps the account");
        ok("edit", "1", "--account", "Main");
        assertEquals("0.00", account(accounts(), "Savings").get("balance").getAsString());
        assertEquals("-9.00", account(accounts(), "Main").get("balance").getAsString());
        assertEquals("finterm: currency: the account 'Tokyo' is in JPY, not EUR: enter what the bank booked in JPY, "
                + "or choose an account in EUR\n", refused("currency", "edit", "1", "--account", "Tokyo"), "never re-read at par");
        ok("edit", "1", "--account", "Tokyo", "--amount", "1400");
        assertEquals("-1400", account(accounts(), "Tokyo").get("balance").getAsString(), "a new amount is read in the account's currency");
        assertEquals("0.00", account(accounts(), "Main").get("balance").getAsString());
    }

    @Test
    void importBooksIntoTheNamedAccountUnlessARowsAccountColumnNamesAnother() throws Exception {
        ok("account", "add", "Savings");
        ok("account", "add", "Tokyo", "--currency", "JPY");
        Path withColumn = temp.resolve("with-column.csv");
        Files.writeString(withColumn, "date,category,amount,account\n2024-03-01,Dining,-1500,tokyo\n2024-03-02,Dining,-12.50,\n"
                + "2024-03-03,Salary,100.25,Main\n");
        String summary = ok("import", withColumn.toString(), "--account", "Savings").err();
        assertTrue(summary.startsWith("imported 3 transactions into Tokyo, Savings, Main (2024-03-01 to 2024-03-03); skipped 0 duplicates\n"),
                summary);
        Path without = temp.resolve("without.csv");
        Files.writeString(without, "date,category,amount\n2024-03-04,Dining,-7.00\n");
        ok("import", without.toString());
        JsonObject list = accounts();
        assertEquals("-1500", account(list, "Tokyo").get("balance").getAsString(), "the row's column wins over --account");
        assertEquals("-12.50", account(list, "Savings").get("balance").getAsString(), "a blank cell takes --account");
        assertEquals(new BigDecimal("100.25").subtract(new BigDecimal("7.00")).toPlainString(),
                account(list, "Main").get("balance").getAsString(), "a named Main, and the default without --account");

        assertEquals("finterm: account: you have no account 'Yacht'; `finterm account list` shows yours\n",
                refused("account", "import", without.toString(), "--account", "Yacht"));
        Path bad = temp.resolve("bad.csv");
        Files.writeString(bad, "date,category,amount,currency,account\n2024-03-05,Dining,-5,EUR,Savings\n2024-03-05,Dining,-5,USD,\n"
                + "2024-03-06,Dining,-5,,Nowhere\n");
        String before = everything();
        CliTest.Result r = run("import", bad.toString());
        assertEquals(1, r.code());
        assertEquals("finterm: nothing was imported: 2 rows have problems\n"
                + "line 3: currency: the account 'Main' is in EUR, not USD: enter what the bank booked in EUR, or choose an account in USD\n"
                + "line 4: account: you have no account 'Nowhere'; `finterm account list` shows yours\n", r.err());
        assertEquals(before, everything(), "all or nothing");
        ok("account", "close", "Savings");
        assertEquals("finterm: account: the account 'Savings' is closed; reopen it first\n",
                refused("account", "import", without.toString(), "--account", "Savings"));
    }

    @Test
    void theListsCsvWithItsAccountColumnImportsIntoAnotherUserWithTheSameAccounts() throws Exception {
        ok("account", "add", "Savings", "--type", "savings");
        ok("account", "add", "Tokyo", "--currency", "JPY");
        ok("add", "--date", "2024-03-01", "--type", "income", "--category", "Salary", "--amount", "3100.00", "--description", "pay");
        ok("add", "--date", "2024-03-02", "--type", "expense", "--category", "Dining", "--amount", "2400", "--account", "Tokyo",
                "--description", "ramen, \"best\"");
        ok("add", "--date", "2024-03-03", "--type", "income", "--category", "Interest", "--amount", "1.25", "--account", "Savings");
        Path csv = temp.resolve("alice.csv");
        String exported = ok("list", "--format", "csv", "--sort", "date").out();
        Files.writeString(csv, exported);

        cli.ok(CliTest.ROOT_PW + "\n" + BOB_PW + "\n", "user", "add", "bob", "--as", "root", "--password-stdin");
        cli.ok(BOB_PW + "\n", "account", "add", "savings", "--as", "bob", "--password-stdin");
        cli.ok(BOB_PW + "\n", "account", "add", "Tokyo", "--currency", "JPY", "--as", "bob", "--password-stdin");
        assertTrue(cli.ok(BOB_PW + "\n", "import", csv.toString(), "--as", "bob", "--password-stdin").err()
                .startsWith("imported 3 transactions into "));
        String bobs = cli.ok(BOB_PW + "\n", "list", "--format", "csv", "--sort", "date", "--as", "bob", "--password-stdin").out();
        assertEquals(withoutIds(exported).replace(",Savings,,,uncleared\n", ",savings,,,uncleared\n"), withoutIds(bobs),
                "every field but the id comes back, the account by bob's spelling of its name");
        assertEquals(4, exported.lines().count());
    }

    /** The CSV without its first column, which the store assigns. */
    private static String withoutIds(String csv) {
        return csv.lines().map(l -> l.substring(l.indexOf(',') + 1) + "\n").reduce("", String::concat);
    }

    @Test
    void theAcctFilterListsAndTotalsOneAccountsTransactions() {
        ok("account", "add", "Card", "--type", "credit");
        ok("add", "--date", "2024-03-01", "--type", "expense", "--category", "Dining", "--amount", "10.00", "--description", "main");
        ok("add", "--date", "2024-03-02", "--type", "expense", "--category", "Dining", "--amount", "25.00", "--account", "Card",
                "--description", "card");
        ok("add", "--date", "2024-03-03", "--type", "expense", "--category", "Groceries", "--amount", "7.00", "--account", "card",
                "--description", "card too");
        assertEquals(List.of("card", "card too"), ok("list", "--format", "csv", "--sort", "date", "--filter", "acct:card").out().lines()
                .skip(1).map(l -> l.split(",")[6]).toList());
        assertEquals(List.of("main"), ok("list", "--format", "csv", "--filter", "not:acct:Card").out().lines()
                .skip(1).map(l -> l.split(",")[6]).toList());
        assertEquals("type,count,total\nexpense,2,32.00\n",
                ok("report", "totals", "--filter", "acct:Card", "--format", "csv").out(), "25.00 + 7.00");
        CliTest.Result bad = run("list", "--filter", "acct:Crad");
        assertEquals(1, bad.code());
        assertEquals("finterm: acct:Crad: you have no account 'Crad' — did you mean Card?\n", bad.err());
    }

    @Test
    void editOnALegOfATransferChangesTheWholeTransfer() {
        ok("account", "add", "Savings");
        ok("account", "add", "Pocket", "--type", "cash");
        ok("account", "add", "Dollars", "--currency", "USD");
        ok("transfer", "--from", "Main", "--to", "Savings", "--amount", "100", "--date", "2024-03-01");
        assertEquals("changed the transfer: 120.00 EUR from Main to Savings on 2024-03-02 (top up): transactions 1 and 2\n",
                ok("edit", "2", "--amount", "120", "--date", "2024-03-02", "--description", "top up").err(), "from the leg that received it");
        assertEquals("changed the transfer: 120.00 EUR from Main to Pocket on 2024-03-02 (top up): transactions 1 and 2\n",
                ok("edit", "2", "--account", "pocket").err(), "--account moves this leg's side");
        JsonObject list = accounts();
        assertEquals("-120.00", account(list, "Main").get("balance").getAsString());
        assertEquals("120.00", account(list, "Pocket").get("balance").getAsString());
        assertEquals("0.00", account(list, "Savings").get("balance").getAsString());
        ok("transfer", "--from", "Main", "--to", "Dollars", "--amount", "100", "--to-amount", "108.00", "--date", "2024-03-05");
        assertEquals("changed the transfer: 100.00 EUR (109.50 USD arrived) from Main to Dollars on 2024-03-05: transactions 3 and 4\n",
                ok("edit", "4", "--amount", "109.50").err(), "on the receiving leg, what arrived");
        assertEquals("finterm: category: transaction 3 is a leg of a transfer, which has no category to change; give --date, --amount,"
                + " --description or --account\n", refused("category", "edit", "3", "--category", "Dining"));
        refused("to", "edit", "4", "--account", "Main");

        ok("account", "add", "Pounds", "--currency", "GBP");
        assertEquals("finterm: amount: 'Pounds' is in GBP, and this leg is 100.00 EUR: give --amount in GBP, what the bank booked\n",
                refused("amount", "edit", "3", "--account", "Pounds"), "never re-read at par");
        ok("edit", "3", "--account", "Pounds", "--amount", "85");
        list = accounts();
        assertEquals("-85.00", account(list, "Pounds").get("balance").getAsString());
        assertEquals("109.50", account(list, "Dollars").get("balance").getAsString(), "what arrived stays");
        assertEquals("-120.00", account(list, "Main").get("balance").getAsString(), "Main no longer sends it");
        refused("amount", "edit", "4", "--account", "Savings");
        ok("edit", "4", "--account", "Savings", "--amount", "85");
        assertEquals("85.00", account(accounts(), "Savings").get("balance").getAsString(), "what arrived, now in euros");
    }
}
