package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.finterm.store.Store;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real entry point, end to end, in a temporary data directory, with passwords on standard input. */
class CliTest {
    static final String ROOT_PW = "root-password-1";
    static final String ALICE_PW = "alice-password-1";

    @TempDir
    Path temp;
    Path data;

    record Result(int code, String out, String err) {
    }

    /** Runs {@code finterm --data DIR args…} with {@code stdin}. */
    Result run(String stdin, String... args) {
        return run(Map.of("HOME", temp.toString()), stdin, args);
    }

    Result run(Map<String, String> env, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> all = new ArrayList<>(List.of("--data", data.toString()));
        all.addAll(Arrays.asList(args));
        int code = Main.run(all.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                env, Clock.fixed(Instant.parse("2024-03-20T10:00:00Z"), ZoneOffset.UTC));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    Result ok(String stdin, String... args) {
        return ok(Map.of("HOME", temp.toString()), stdin, args);
    }

    Result ok(Map<String, String> env, String stdin, String... args) {
        Result r = run(env, stdin, args);
        assertEquals(0, r.code(), r.err());
        return r;
    }

    @BeforeEach
    void aStoreWithAliceInIt() {
        data = temp.resolve("data");
        ok(ROOT_PW + "\n", "init", "--admin", "root", "--password-stdin");
        ok(ROOT_PW + "\n" + ALICE_PW + "\n", "user", "add", "alice", "--as", "root", "--password-stdin");
    }

    void add(String date, String type, String category, String amount, String description) {
        ok(ALICE_PW + "\n", "add", "--as", "alice", "--password-stdin", "--date", date, "--type", type, "--category", category,
                "--amount", amount, "--description", description);
    }

    @Test
    void withoutACommandFintermReportsOnTheStore() {
        Result r = ok("");
        assertEquals("finterm dev: store in " + data + " (opened)\n", r.out());
        assertTrue(Files.exists(data.resolve("finterm.log")));
    }

    @Test
    void withoutATerminalAMistypedDirectoryGetsNoStoreAndASentence() {
        data = temp.resolve("fresh");
        Result r = run("");
        assertEquals(1, r.code());
        assertEquals("finterm: no finterm store in " + data + " (finterm init creates one)\n", r.err());
        assertTrue(!Files.exists(data), "nothing was created");
        ok(ROOT_PW + "\n", "init", "--admin", "root", "--password-stdin");
        assertEquals("finterm dev: store in " + data + " (opened)\n", ok("").out());
    }

    @Test
    void everyCommandButTheOnesThatMakeAStoreRefusesAMistypedDirectoryAndCreatesNothing() {
        data = temp.resolve("typo");
        for (String[] command : new String[][] {{"list", "--as", "bob", "--password-stdin"}, {"fsck"}, {"rates", "list"},
            {"budget", "list", "--as", "bob", "--password-stdin"}, {"category", "list", "--as", "bob", "--password-stdin"}}) {
            Result r = run("x\n", command);
            assertEquals(1, r.code(), String.join(" ", command));
            assertEquals("finterm: no finterm store in " + data + " (finterm init creates one)\n", r.err(), String.join(" ", command));
            assertTrue(!Files.exists(data), String.join(" ", command) + " created nothing");
        }
        ok(ROOT_PW + "\n", "init", "--admin", "root", "--password-stdin");
        assertTrue(Files.exists(data.resolve("journal.log")), "init makes the store");
    }

    @Test
    void aDataDirectoryMadeByHandWithOpenPermissionsIsMadePrivate() throws Exception {
        data = Files.createDirectory(temp.resolve("made-by-hand"),
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x")));
        ok(ROOT_PW + "\n", "init", "--admin", "root", "--password-stdin");
        assertEquals("rwx------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(data)));
    }

    @Test
    void whatCannotBeConvertedIsCountedInItsOwnCurrencyAndTheNoteNamesTheMissingRate() {
        add("2024-01-05", "expense", "Groceries", "12.50", "market");
        ok(ALICE_PW + "\n", "currency", "USD", "--as", "alice", "--password-stdin");
        Result r = ok(ALICE_PW + "\n", "report", "totals", "--as", "alice", "--password-stdin");
        assertTrue(r.err().contains("left out 1 in EUR: no USD rate on or before 2024-01-05"), r.err());
    }

    @Test
    void addListAndReportTotals() {
        add("2024-01-05", "expense", "Groceries", "12.50", "market");
        add("2024-01-20", "expense", "groceries", "1,000.05", "big shop, \"bulk\"");
        add("2024-02-01", "expense", "Rent", "950", "rent");
        add("2024-02-01", "income", "Salary", "3100.00", "pay");
        Result csv = ok(ALICE_PW + "\n", "list", "--as", "alice", "--password-stdin", "--format", "csv", "--filter", "type:expense",
                "--sort", "date");
        assertEquals("id,date,type,category,amount,currency,description,account,payee,tags,status\n"
                + "1,2024-01-05,expense,Groceries,12.50,EUR,market,Main,,,uncleared\n"
                + "2,2024-01-20,expense,Groceries,1000.05,EUR,\"big shop, \"\"bulk\"\"\",Main,,,uncleared\n"
                + "3,2024-02-01,expense,Rent,950.00,EUR,rent,Main,,,uncleared\n", csv.out());
        Result json = ok(ALICE_PW + "\n", "report", "totals", "--as", "alice", "--password-stdin", "--by", "month,category",
                "--format", "json");
        assertEquals("{\"currency\":\"EUR\",\"from\":\"2024-01-05\",\"to\":\"2024-02-01\",\"rows\":["
                + "{\"month\":\"2024-01\",\"category\":\"Groceries\",\"type\":\"expense\",\"count\":2,\"total\":\"1012.55\"},"
                + "{\"month\":\"2024-02\",\"category\":\"Rent\",\"type\":\"expense\",\"count\":1,\"total\":\"950.00\"}],"
                + "\"total\":\"1962.55\"}\n", json.out());
        Result all = ok(ALICE_PW + "\n", "report", "totals", "--as", "alice", "--password-stdin", "--type", "all",
                "--from", "2024-02-01", "--to", "2024-02-29", "--format", "csv");
        assertEquals("type,count,total\nincome,1,3100.00\nexpense,1,950.00\n", all.out());
        Result md = ok(ALICE_PW + "\n", "report", "totals", "--as", "alice", "--password-stdin", "--by", "category", "--format", "md");
        assertEquals("| category | type | count | total |\n|---|---|---:|---:|\n| Groceries | expense | 2 | 1012.55 |\n"
                + "| Rent | expense | 1 | 950.00 |\n| total EUR |  |  | 1962.55 |\n", md.out());
    }

    @Test
    void budgetsAreSetListedAndRemoved() {
        ok(ALICE_PW + "\n", "budget", "set", "Groceries", "2024-03", "400", "--as", "alice", "--password-stdin");
        ok(ALICE_PW + "\n", "budget", "copy", "2024-03", "2024-05", "--as", "alice", "--password-stdin");
        Result list = ok(ALICE_PW + "\n", "budget", "list", "2024-05", "--as", "alice", "--password-stdin", "--format", "csv");
        assertEquals("category,month,amount,currency,carried,available,rollover\nGroceries,2024-05,400.00,EUR,0.00,400.00,off\n", list.out());
        ok(ALICE_PW + "\n", "budget", "remove", "Groceries", "2024-05", "--as", "alice", "--password-stdin");
        Result gone = run(ALICE_PW + "\n", "budget", "remove", "Groceries", "2024-05", "--as", "alice", "--password-stdin");
        assertEquals("finterm: there is no budget for Groceries in 2024-05\n", gone.err());
    }

    @Test
    void administratorsManageAccounts() {
        Result list = ok(ROOT_PW + "\n", "user", "list", "--as", "root", "--password-stdin");
        assertTrue(list.out().contains("alice") && list.out().contains("root"), list.out());
        Result refused = run(ROOT_PW + "\n", "user", "delete", "alice", "--as", "root", "--password-stdin");
        assertEquals(1, refused.code());
        assertEquals("finterm: deleting alice would remove 14 records (14 categories, 0 transactions, 0 budgets); add --yes to do it\n",
                refused.err());
        ok(ROOT_PW + "\n", "user", "role", "alice", "admin", "--as", "root", "--password-stdin");
        ok(ROOT_PW + "\n" + "new-alice-pass-1\n", "user", "passwd", "alice", "--as", "root", "--password-stdin");
        ok("new-alice-pass-1\n", "user", "list", "--as", "alice", "--password-stdin");
        ok(ROOT_PW + "\n", "user", "delete", "alice", "--yes", "--as", "root", "--password-stdin");
        Result login = run("new-alice-pass-1\n", "list", "--as", "alice", "--password-stdin");
        assertEquals("finterm: wrong username or password\n", login.err());
    }

    @Test
    void usersChangeTheirOwnPassword() {
        ok(ALICE_PW + "\nfresh-password-2\n", "passwd", "--as", "alice", "--password-stdin");
        ok("fresh-password-2\n", "list", "--as", "alice", "--password-stdin");
        Result plain = run("fresh-password-2\n", "user", "list", "--as", "alice", "--password-stdin");
        assertEquals("finterm: only an administrator may list the accounts\n", plain.err());
    }

    @Test
    void badInputIsOneSentenceWithTheRightExitCodeAndChangesNothing() {
        add("2024-01-05", "expense", "Groceries", "12.50", "market");
        String before = ok(ALICE_PW + "\n", "list", "--as", "alice", "--password-stdin", "--format", "csv").out();
        record Case(String stdin, int code, String message, String... args) {
        }
        List<Case> cases = List.of(
                new Case("wrong-password\n", 1, "finterm: wrong username or password\n", "list", "--as", "alice", "--password-stdin"),
                new Case(ALICE_PW + "\n", 1, "finterm: wrong username or password\n", "list", "--as", "nobody", "--password-stdin"),
                new Case("", 1, "finterm: standard input ended before password for alice (line 1)\n",
                        "list", "--as", "alice", "--password-stdin"),
                new Case("", 1, "finterm: there is no terminal to ask for the password on; use --password-stdin\n",
                        "list", "--as", "alice"),
                new Case(ALICE_PW + "\n", 1, "finterm: date: '2024-13-01' is not a date: no month 13 (months run from 01 to 12)\n", "add", "--as", "alice",
                        "--password-stdin", "--date", "2024-13-01", "--type", "expense", "--category", "Groceries", "--amount", "1"),
                new Case(ALICE_PW + "\n", 1, "finterm: amount: 'ten' is not a number\n", "add", "--as", "alice",
                        "--password-stdin", "--date", "2024-01-01", "--type", "expense", "--category", "Groceries", "--amount", "ten"),
                new Case(ALICE_PW + "\n", 1, "finterm: amount: at most 2 decimal places for EUR, and '1.050' has 3 (if the dot separates"
                        + " thousands, write 1050 or 1,050)\n", "add", "--as", "alice",
                        "--password-stdin", "--date", "2024-01-01", "--type", "expense", "--category", "Groceries", "--amount", "1.050"),
                new Case(ALICE_PW + "\n", 1, "finterm: amount: must be greater than zero\n", "add", "--as", "alice",
                        "--password-stdin", "--date", "2024-01-01", "--type", "expense", "--category", "Groceries", "--amount", "-4"),
                new Case(ALICE_PW + "\n", 1, "finterm: category: there is no expense category 'Yachts'\n", "add", "--as", "alice",
                        "--password-stdin", "--date", "2024-01-01", "--type", "expense", "--category", "Yachts", "--amount", "4"),
                new Case(ALICE_PW + "\n", 1, "finterm: type: 'spend' is not one of income, expense\n", "add", "--as", "alice",
                        "--password-stdin", "--date", "2024-01-01", "--type", "spend", "--category", "Groceries", "--amount", "4"),
                new Case(ALICE_PW + "\n", 1, "finterm: amt:>fifty: not a number\n", "list", "--as", "alice", "--password-stdin",
                        "--filter", "amt:>fifty"),
                new Case(ALICE_PW + "\n", 1, "finterm: format: 'xml' is not one of table, csv, json\n", "list", "--as", "alice",
                        "--password-stdin", "--format", "xml"),
                new Case(ALICE_PW + "\n", 1, "finterm: by: 'week' is not month, category, month,category, account, payee or tag\n", "report", "totals",
                        "--as", "alice", "--password-stdin", "--by", "week"));
        for (Case c : cases) {
            Result r = run(c.stdin(), c.args());
            assertEquals(c.code(), r.code(), String.join(" ", c.args()) + ": " + r.err());
            assertEquals(c.message(), r.err(), String.join(" ", c.args()));
        }
        assertEquals(before, ok(ALICE_PW + "\n", "list", "--as", "alice", "--password-stdin", "--format", "csv").out());
    }

    @Test
    void cliDatesFollowTheAppsGrammarAndAMonthCoversItsDays() {
        add("today", "expense", "Groceries", "10.00", "today's");
        add("-3", "expense", "Groceries", "20.00", "three days ago");
        add("3/1", "expense", "Groceries", "40.00", "first of March");
        add("2024-02-29", "expense", "Groceries", "80.00", "leap day");
        add("2024-04-01", "expense", "Groceries", "160.00", "April");
        Result list = ok(ALICE_PW + "\n", "list", "--as", "alice", "--password-stdin", "--format", "csv", "--sort", "date");
        assertEquals("id,date,type,category,amount,currency,description,account,payee,tags,status\n"
                + "4,2024-02-29,expense,Groceries,80.00,EUR,leap day,Main,,,uncleared\n"
                + "3,2024-03-01,expense,Groceries,40.00,EUR,first of March,Main,,,uncleared\n"
                + "2,2024-03-17,expense,Groceries,20.00,EUR,three days ago,Main,,,uncleared\n"
                + "1,2024-03-20,expense,Groceries,10.00,EUR,today's,Main,,,uncleared\n"
                + "5,2024-04-01,expense,Groceries,160.00,EUR,April,Main,,,uncleared\n", list.out());
        Result march = ok(ALICE_PW + "\n", "report", "totals", "--as", "alice", "--password-stdin", "--from", "2024-03", "--to",
                "2024-03", "--format", "csv");
        assertEquals("type,count,total\nexpense,3,70.00\n", march.out());
        Result yearToMarch = ok(ALICE_PW + "\n", "report", "totals", "--as", "alice", "--password-stdin", "--from", "2024",
                "--to", "lastmonth", "--format", "csv");
        assertEquals("type,count,total\nexpense,1,80.00\n", yearToMarch.out());
        Result noDay = run(ALICE_PW + "\n", "report", "totals", "--as", "alice", "--password-stdin", "--from", "2026-02-30");
        assertEquals(1, noDay.code());
        assertEquals("finterm: from: '2026-02-30' is not a date: no 30th of February in 2026\n", noDay.err());
        Result notADay = run(ALICE_PW + "\n", "add", "--as", "alice", "--password-stdin", "--date", "2024-03", "--type", "expense",
                "--category", "Groceries", "--amount", "1");
        assertEquals("finterm: date: '2024-03' is more than one day: use 2024-03-05, today, yesterday, -3 or 3/5\n", notADay.err());
        Result budget = run(ALICE_PW + "\n", "budget", "set", "Groceries", "2024-13", "100", "--as", "alice", "--password-stdin");
        assertEquals("finterm: month: '2024-13' is not a month: no month 13 (months run from 01 to 12)\n", budget.err());
    }

    @Test
    void filtersRefuseUnknownKeysAndCategoriesAndSearchTextWithoutAccents() {
        add("2024-03-01", "expense", "Dining", "4.20", "Café Noir");
        add("2024-03-02", "expense", "Dining", "9.00", "pizza");
        Result found = ok(ALICE_PW + "\n", "list", "--as", "alice", "--password-stdin", "--format", "csv", "--filter", "cafe");
        assertEquals("id,date,type,category,amount,currency,description,account,payee,tags,status\n1,2024-03-01,expense,Dining,4.20,EUR,Café Noir,Main,,,uncleared\n",
                found.out());
        Result key = run(ALICE_PW + "\n", "list", "--as", "alice", "--password-stdin", "--filter", "category:Dining");
        assertEquals(1, key.code());
        assertEquals("finterm: category:Dining: unknown filter 'category:' — did you mean cat:? (filters: cat: type: date: amt: cur: acct:"
                + " desc: payee: tag: status: not:; to search for the text, quote it: \"category:Dining\")\n", key.err());
        Result both = run(ALICE_PW + "\n", "report", "totals", "--as", "alice", "--password-stdin", "--filter",
                "cat:Nonexistent amt:>ten");
        assertEquals(1, both.code());
        assertEquals("finterm: filter: 2 bad terms: cat:Nonexistent: there is no category 'Nonexistent'; amt:>ten: not a number\n",
                both.err());
    }

    String csvList(String user, String password) {
        return ok(password + "\n", "list", "--as", user, "--password-stdin", "--format", "csv").out();
    }

    @Test
    void editChangesOnlyTheFieldsGivenAndDeleteNeedsYes() {
        add("2024-03-05", "expense", "Groceries", "12.50", "market");
        Result edit = ok(ALICE_PW + "\n", "edit", "1", "--as", "alice", "--password-stdin", "--amount", "13.00", "--category", "dining",
                "--date", "-1");
        assertEquals("changed transaction 1 (2024-03-19 expense Dining 13.00 EUR market)\n", edit.err());
        assertEquals("id,date,type,category,amount,currency,description,account,payee,tags,status\n1,2024-03-19,expense,Dining,13.00,EUR,market,Main,,,uncleared\n",
                csvList("alice", ALICE_PW));
        Result nothing = run(ALICE_PW + "\n", "edit", "1", "--as", "alice", "--password-stdin");
        assertEquals(2, nothing.code());
        assertTrue(nothing.err().startsWith("nothing to change: give --date, --type, --category, --amount, --currency, --description, --account, --payee, --tags or --split"),
                nothing.err());
        Result unsure = run(ALICE_PW + "\n", "delete", "1", "--as", "alice", "--password-stdin");
        assertEquals(1, unsure.code());
        assertEquals("finterm: this would delete transaction 1 (2024-03-19 expense Dining 13.00 EUR market); add --yes to do it\n",
                unsure.err());
        assertTrue(csvList("alice", ALICE_PW).contains("market"));
        Result deleted = ok(ALICE_PW + "\n", "delete", "1", "--yes", "--as", "alice", "--password-stdin");
        assertEquals("deleted transaction 1 (2024-03-19 expense Dining 13.00 EUR market)\n", deleted.err());
        assertEquals("id,date,type,category,amount,currency,description,account,payee,tags,status\n", csvList("alice", ALICE_PW));
    }

    @Test
    void someoneElsesTransactionAnswersExactlyAsAMissingOne() {
        add("2024-03-05", "expense", "Groceries", "12.50", "market");
        ok(ROOT_PW + "\n" + "bob-password-11\n", "user", "add", "bob", "--as", "root", "--password-stdin");
        for (String id : List.of("1", "99")) {
            String answer = "finterm: there is no transaction " + id + "\n";
            Result edit = run("bob-password-11\n", "edit", id, "--as", "bob", "--password-stdin", "--description", "mine now");
            assertEquals(1, edit.code());
            assertEquals(answer, edit.err());
            Result delete = run("bob-password-11\n", "delete", id, "--yes", "--as", "bob", "--password-stdin");
            assertEquals(1, delete.code());
            assertEquals(answer, delete.err());
            Result asAdmin = run(ROOT_PW + "\n", "delete", id, "--as", "root", "--password-stdin");
            assertEquals(answer, asAdmin.err());
        }
        assertEquals("id,date,type,category,amount,currency,description,account,payee,tags,status\n1,2024-03-05,expense,Groceries,12.50,EUR,market,Main,,,uncleared\n",
                csvList("alice", ALICE_PW));
    }

    @Test
    void theBudgetReportLeavesOutMonthsNotBegunAndSaysWhatUnbudgetedMeans() {
        ok(ALICE_PW + "\n", "budget", "set", "Groceries", "2024-02", "100", "--as", "alice", "--password-stdin");
        ok(ALICE_PW + "\n", "budget", "set", "Groceries", "2024-03", "100", "--as", "alice", "--password-stdin");
        ok(ALICE_PW + "\n", "budget", "set", "Dining", "2024-03", "50", "--as", "alice", "--password-stdin");
        ok(ALICE_PW + "\n", "budget", "set", "Dining", "2024-04", "50", "--as", "alice", "--password-stdin");
        add("2024-01-10", "expense", "Groceries", "80.00", "before any budget");
        add("2024-03-05", "expense", "Groceries", "120.00", "over");
        add("2024-03-06", "expense", "Dining", "60.00", "over too");
        Result r = ok(ALICE_PW + "\n", "report", "budget", "--as", "alice", "--password-stdin", "--format", "csv");
        assertEquals("month,category,planned,actual,difference,difference %,status,budget,carried\n"
                + "2024-02,Groceries,100.00,0.00,-100.00,-100.0,under,100.00,0.00\n"
                + "2024-03,Dining,50.00,60.00,10.00,20.0,over,50.00,0.00\n"
                + "2024-03,Groceries,100.00,120.00,20.00,20.0,over,100.00,0.00\n", r.out());
        Result json = ok(ALICE_PW + "\n", "report", "budget", "--as", "alice", "--password-stdin", "--format", "json", "--to", "2024");
        JsonObject o = JsonParser.parseString(json.out()).getAsJsonObject();
        assertEquals(2, o.getAsJsonArray("mostOftenOver").size(), "Dining and Groceries both went over once");
        assertEquals("[\"2024-01\"]", o.getAsJsonArray("unbudgeted").get(0).getAsJsonObject().getAsJsonArray("inMonths").toString());
        assertEquals(9, o.getAsJsonArray("notBegun").size(), "April to December 2024");
        Result table = ok(ALICE_PW + "\n", "report", "budget", "--as", "alice", "--password-stdin", "--to", "2024");
        assertTrue(table.out().contains("spending in a month with no budget for its category"), table.out());
        assertTrue(table.out().contains("note: 2024-04 to 2024-12 have not begun and are left out"), table.out());
    }

    @Test
    void usageErrorsExitWithTwo() {
        Result unknown = run("", "--no-such-option");
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().startsWith("Unknown option: '--no-such-option'"), unknown.err());
        Result missing = run("", "add", "--date", "2024-01-01");
        assertEquals(2, missing.code());
        assertTrue(missing.err().startsWith("Missing required options"), missing.err());
    }


    @Test
    void theHelpListsEveryCommandAndEachCommandHasItsOwn() {
        String help = ok("", "--help").out();
        for (String command : List.of("init", "user", "passwd", "add", "list", "account", "transfer", "budget", "report", "import", "export",
                "restore", "fsck", "demo", "rates", "currency", "serve", "audit")) {
            assertTrue(help.contains("\n  " + command + " "), command + " in\n" + help);
        }
        assertTrue(ok("", "report", "--help").out().startsWith("Usage: finterm report "));
        assertTrue(ok("", "report", "totals", "-h").out().startsWith("Usage: finterm report totals "));
        Result typo = run("", "lits");
        assertEquals(2, typo.code());
        // picocli offers every near name: "finterm list or finterm audit?"
        assertTrue(typo.err().contains("Did you mean: finterm list"), typo.err());
    }

    @Test
    void aDirectoryNamedLikeACommandIsStillADirectory() throws Exception {
        data = temp.resolve("report");
        ok(ROOT_PW + "\n", "init", "--admin", "root", "--password-stdin");
        assertTrue(Files.isRegularFile(data.resolve("journal.log")));
    }
    @Test
    void aStoreInUseIsOneSentence() {
        try (Store store = Store.open(data)) {
            Result r = run("");
            assertEquals(1, r.code());
            assertEquals("finterm: the store in " + data + " is in use by another finterm process\n", r.err());
        }
    }

    @Test
    void aDataDirectoryThatIsAFileIsOneSentence() throws Exception {
        data = Files.writeString(temp.resolve("notes.txt"), "x");
        Result r = run("");
        assertEquals("finterm: cannot use " + data + " as the data directory: it is a file\n", r.err());
    }

    @Test
    void fsckChecksTheStore() {
        Result r = ok("", "fsck");
        assertTrue(r.out().contains("users: 2 rows"), r.out());
        assertEquals("no problems found\n", r.err());
        assertEquals("rebuilt the tables from the journal\nno problems found\n", ok("", "fsck", "--repair").err());
    }

    @Test
    void aJournalDamagedInTheMiddleIsRefusedByEveryCommandAndFsckSalvagesWhatCameBefore() throws Exception {
        add("2024-01-05", "expense", "Groceries", "12.50", "market");
        add("2024-01-06", "expense", "Groceries", "7.25", "bakery");
        Path journal = data.resolve("journal.log");
        byte[] bytes = Files.readAllBytes(journal);
        int damaged = bytes.length - 70; // inside the bakery commit
        bytes[damaged] ^= 0x10;
        Files.write(journal, bytes);
        Files.deleteIfExists(data.resolve("clean-shutdown"));

        Result refused = run("", "fsck");
        assertEquals(1, refused.code());
        assertTrue(refused.err().startsWith("finterm: the journal " + journal + " is damaged at byte "), refused.err());
        // how many commits come before it depends on the set-up's (logins are audited); what they hold is checked below
        assertTrue(refused.err().matches("(?s).*Nothing was changed\\. Restore the store from a backup \\(finterm restore\\),"
                + " or keep the \\d+ commits before the damage with finterm fsck --salvage.*"), refused.err());
        Result salvaged = ok("", "fsck", "--salvage");
        assertTrue(salvaged.err().startsWith("kept the journal's first "), salvaged.err());
        assertTrue(salvaged.err().contains("the damaged journal is saved as " + data.resolve("journal.log.damaged")), salvaged.err());
        String list = ok(ALICE_PW + "\n", "list", "--as", "alice", "--password-stdin", "--format", "csv").out();
        assertTrue(list.contains("market") && !list.contains("bakery"), list);
    }

    @Test
    void initRefusesAStoreThatHasAccounts() {
        Result r = run(ROOT_PW + "\n", "init", "--admin", "other", "--password-stdin");
        assertEquals(1, r.code());
        assertEquals("finterm: the store in " + data + " already has accounts; nothing was changed\n", r.err());
    }

    @Test
    void aMissingConfigFileIsNamed() {
        Path missing = temp.resolve("nope.properties");
        Result r = run("", "--config", missing.toString());
        assertEquals("finterm: the configuration file " + missing + " does not exist\n", r.err());
    }

    /** A generated CSV and, computed from it independently, the expense totals per month and category. */
    private static java.util.SortedMap<String, long[]> generateCsv(Path file, int rows) throws Exception {
        java.util.Random r = new java.util.Random(7);
        String[] cats = {"Groceries", "Dining", "Rent", "Travel", "Health"};
        java.util.SortedMap<String, long[]> totals = new java.util.TreeMap<>();
        StringBuilder csv = new StringBuilder("date,type,category,amount,description\n");
        for (int i = 0; i < rows; i++) {
            java.time.LocalDate d = java.time.LocalDate.of(2023, 1, 1).plusDays(r.nextInt(365));
            String cat = cats[r.nextInt(cats.length)];
            long cents = 1 + r.nextInt(200_000);
            boolean income = r.nextInt(8) == 0;
            csv.append(d).append(income ? ",income,Salary," : ",expense," + cat + ",")
                    .append(cents / 100).append('.').append(String.format("%02d", cents % 100)).append(",row ").append(i).append('\n');
            if (!income) {
                long[] t = totals.computeIfAbsent(java.time.YearMonth.from(d) + "|" + cat, k -> new long[2]);
                t[0]++;
                t[1] += cents;
            }
        }
        Files.writeString(file, csv);
        return totals;
    }

    @Test
    void listIsNewestFirstAsInTheAppWithCsvAndJsonAmountsUnsignedBesideTheirType() {
        add("2024-01-05", "expense", "Groceries", "12.50", "market");
        add("2024-02-01", "income", "Salary", "3100.00", "pay");
        add("2024-01-20", "expense", "Rent", "950", "rent");
        Result csv = ok(ALICE_PW + "\n", "list", "--as", "alice", "--password-stdin", "--format", "csv");
        assertEquals("id,date,type,category,amount,currency,description,account,payee,tags,status\n"
                + "2,2024-02-01,income,Salary,3100.00,EUR,pay,Main,,,uncleared\n"
                + "3,2024-01-20,expense,Rent,950.00,EUR,rent,Main,,,uncleared\n"
                + "1,2024-01-05,expense,Groceries,12.50,EUR,market,Main,,,uncleared\n", csv.out());
        JsonArray json = JsonParser.parseString(ok(ALICE_PW + "\n", "list", "--as", "alice", "--password-stdin", "--format", "json").out())
                .getAsJsonArray();
        assertEquals("2024-02-01", json.get(0).getAsJsonObject().get("date").getAsString());
        assertEquals("950.00", json.get(1).getAsJsonObject().get("amount").getAsString());
        assertEquals("expense", json.get(1).getAsJsonObject().get("type").getAsString());
        String table = ok(ALICE_PW + "\n", "list", "--as", "alice", "--password-stdin").out();
        assertTrue(table.indexOf("+3100.00") > 0 && table.indexOf("+3100.00") < table.indexOf("-950.00")
                && table.indexOf("-950.00") < table.indexOf("-12.50"), table);
        String oldest = ok(ALICE_PW + "\n", "list", "--as", "alice", "--password-stdin", "--sort", "date", "--format", "csv").out();
        assertTrue(oldest.startsWith("id,date,type,category,amount,currency,description,account,payee,tags,status\n1,2024-01-05,"), oldest);
    }

    @Test
    void aDamagedBackupIsOneSentenceNamingTheJsonPathWithoutGsonsTroubleshootingLink() throws Exception {
        data = temp.resolve("empty");
        Map<String, String> damaged = new java.util.LinkedHashMap<>();
        damaged.put("[1,2,3]", "finterm: the backup is damaged at $ (line 1, column 1): expected an object but found a list\n");
        damaged.put("{\"format\":\"finterm-backup\",\"version\":1,\"users\":[{\"id\":\"1\" \"username\":\"x\"}]}",
                "finterm: the backup is damaged at $.users[0].id (line 1, column 59): it is not valid JSON\n");
        damaged.put("{\"format\":\"finterm-backup\",\"version\":\"one\"}",
                "finterm: the backup is damaged at $.version: expected a whole number but found 'one'\n");
        damaged.put("{\"format\":\"finterm-backup\",\"users\":[",
                "finterm: the backup is damaged at $.users[0] (line 1, column 36): it ends too early; the file is truncated\n");
        for (Map.Entry<String, String> c : damaged.entrySet()) {
            Path file = temp.resolve("damaged.json");
            Files.writeString(file, c.getKey());
            Result r = run("", "restore", file.toString());
            assertEquals(1, r.code(), r.err());
            assertEquals(c.getValue(), r.err(), c.getKey());
        }
    }

    @Test
    void aCountOfOneIsSingularInEveryMessageOfTheCommandLine() throws Exception {
        Path csv = temp.resolve("one.csv");
        Files.writeString(csv, "date,type,category,amount\n2024-03-01,expense,Dining,12.50\n");
        assertEquals("imported 1 transaction into Main (2024-03-01); skipped 0 duplicates\n"
                + "this is import 1; finterm import undo 1 takes it back\n",
                ok(ALICE_PW + "\n", "import", csv.toString(), "--as", "alice", "--password-stdin").err());
        assertEquals("imported 0 transactions into Main; skipped 1 duplicate\nskipped as already booked (--allow-duplicates imports them):\n"
                + "  line 2: 2024-03-01 12.50 (no description)\n",
                ok(ALICE_PW + "\n", "import", csv.toString(), "--as", "alice", "--password-stdin").err());
        Result categories = ok(ALICE_PW + "\n", "report", "categories", "--as", "alice", "--password-stdin");
        assertTrue(categories.out().contains("total 12.50 EUR over 1 category\n"), categories.out());
        ok(ALICE_PW + "\n", "budget", "set", "Dining", "2024-02", "10", "--as", "alice", "--password-stdin");
        assertEquals("created 1 budget\n",
                ok(ALICE_PW + "\n", "budget", "copy", "2024-02", "2024-03", "--as", "alice", "--password-stdin").err());
        ok(ALICE_PW + "\n", "user", "key", "add", "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPTdYE47XNqlBLgt0xlI+TTRmg0h0Bw3ncUwbUCSoIAA alice@laptop",
                "--as", "alice", "--password-stdin");
        String fsck = ok("", "fsck").out();
        assertTrue(fsck.contains("ssh_keys: 1 row\n"), fsck);
        assertTrue(fsck.contains("transactions: 1 row\n"), fsck);
    }

    @Test
    void importedTotalsMatchTheFileAndSurviveExportAndRestore() throws Exception {
        Path csv = temp.resolve("ledger.csv");
        var expected = generateCsv(csv, 3000);
        Result imported = ok(ALICE_PW + "\n", "import", csv.toString(), "--as", "alice", "--password-stdin");
        assertTrue(imported.err().startsWith("imported 3000 transactions into Main (2023-01-01 to 2023-12-31); skipped 0 duplicates"),
                imported.err());
        String report = ok(ALICE_PW + "\n", "report", "totals", "--as", "alice", "--password-stdin", "--by", "month,category",
                "--format", "csv").out();
        List<String> lines = report.lines().toList();
        assertEquals("month,category,type,count,total", lines.get(0));
        List<String> want = new ArrayList<>();
        expected.forEach((key, v) -> want.add(key.replace("|", ",") + ",expense," + v[0] + ","
                + java.math.BigDecimal.valueOf(v[1], 2).toPlainString()));
        assertEquals(want, lines.subList(1, lines.size()));

        Path backup = temp.resolve("backup.json");
        ok(ROOT_PW + "\n", "export", "--out", backup.toString(), "--as", "root", "--password-stdin");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
        data = temp.resolve("restored");
        Result restored = ok("", "restore", backup.toString());
        assertEquals("restored 2 users, 2 accounts, 28 categories, 1 import, 3000 transactions, 0 budgets and 0 exchange rates\n", restored.err());
        assertEquals(report, ok(ALICE_PW + "\n", "report", "totals", "--as", "alice", "--password-stdin", "--by", "month,category",
                "--format", "csv").out());
        ok("", "fsck");
    }

    @Test
    void badFilesAreRefusedWithTheReasonAndChangeNothing() throws Exception {
        add("2024-01-05", "expense", "Groceries", "12.50", "market");
        String before = ok(ALICE_PW + "\n", "list", "--as", "alice", "--password-stdin", "--format", "csv").out();
        record Case(String name, byte[] content, String message) {
        }
        List<Case> cases = List.of(
                new Case("bad-date.csv", "date,type,category,amount\n2024-02-30,expense,Groceries,1\n".getBytes(),
                        "finterm: nothing was imported: 1 row has problems\nline 2: date: '2024-02-30' is not a date: no 30th of February in 2024\n"),
                new Case("bad-amount.csv", "date,type,category,amount\n2024-02-03,expense,Groceries,1.2.3\n".getBytes(),
                        "finterm: nothing was imported: 1 row has problems\nline 2: amount: '1.2.3' is not a number\n"),
                new Case("decimal-comma.csv", "date,category,amount,description\n2026-11-28,Groceries,-54,30,REWE\n".getBytes(),
                        "finterm: nothing was imported: 1 row has problems\n"
                                + "line 2: 5 fields, the header has 4 (a decimal comma in a comma-separated file?)\n"),
                new Case("thousands-dot.csv", "date,type,category,amount\n2024-02-03,expense,Groceries,1.050\n".getBytes(),
                        "finterm: nothing was imported: 1 row has problems\nline 2: amount: at most 2 decimal places for EUR"
                                + ", and '1.050' has 3 (if the dot separates thousands, write 1050 or 1,050)\n"),
                new Case("no-amount.csv", "date,type,category\n2024-02-03,expense,Groceries\n".getBytes(),
                        // not finterm's own header (it has no amount), so read as a bank's file, which has none either
                        "finterm: there is no amount column: add --map amount=COLUMN (the header has 'date', 'type', 'category')\n"),
                new Case("quote.csv", "date,type,category,amount\n2024-02-03,expense,\"Groceries,1\n".getBytes(),
                        "finterm: line 2: the CSV quoting is broken (a quoted field is never closed); nothing was imported\n"),
                new Case("empty.csv", new byte[0], "finterm: empty.csv is empty\n"),
                new Case("binary.csv", new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, (byte) 0xc3, 0x28, 10, 3},
                        "finterm: binary.csv is not a text file: finterm imports CSV, OFX/QFX, QIF, camt.053 and its own JSON\n"),
                new Case("latin1.csv", "date,type,category,amount,description\n2024-02-03,expense,Groceries,1.00,Caf\u00e9\n"
                        .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1),
                        "finterm: the file is not UTF-8 text, which finterm's own CSV always is; nothing was imported\n"));
        for (Case c : cases) {
            Path file = Files.write(temp.resolve(c.name()), c.content());
            Result r = run(ALICE_PW + "\n", "import", file.toString(), "--as", "alice", "--password-stdin");
            assertEquals(1, r.code(), c.name());
            assertEquals(c.message(), r.err().replace(System.lineSeparator(), "\n"), c.name());
        }
        Result missing = run(ALICE_PW + "\n", "import", temp.resolve("nope.csv").toString(), "--as", "alice", "--password-stdin");
        assertEquals("finterm: there is no file " + temp.resolve("nope.csv") + "\n", missing.err());
        Path json = Files.writeString(temp.resolve("broken.json"), "{\"format\":\"finterm-backup\",\"version\":1,\"users\":[{\"id\":");
        data = temp.resolve("empty");
        Result restore = run("", "restore", json.toString());
        assertEquals(1, restore.code());
        assertTrue(restore.err().startsWith("finterm: the backup is damaged at $.users[0].id (line 1, column 54): it ends too early"), restore.err());
        assertTrue(ok("", "fsck").out().contains("users: 0 rows"));
        data = temp.resolve("data");
        assertEquals(before, ok(ALICE_PW + "\n", "list", "--as", "alice", "--password-stdin", "--format", "csv").out());
    }

    /** What must never reach a terminal: C0 and C1 controls but the line feed, bidi controls, zero-width characters. */
    private static final java.util.regex.Pattern UNSAFE =
            java.util.regex.Pattern.compile("[\\x00-\\x09\\x0B-\\x1F\\x7F-\\x9F\\u200B-\\u200F\\u202A-\\u202E\\u2060-\\u2069\\uFEFF]");
    private static final String HOSTILE = "\u001b]52;c;cGF3bmVk\u0007\u001b[2J\u009b31m\u202Etxt.exe\u200B\u2066";

    @Test
    void hostileTextIsStoredNeutralisedAndNeverReachesTheOutputOrTheFiles() throws Exception {
        Path csv = Files.writeString(temp.resolve("hostile.csv"), "date,type,category,amount,description\n"
                + "2024-03-01,expense,\"Snacks" + HOSTILE + "\",4.20,\"kiosk" + HOSTILE + "\"\n");
        List<String> outputs = new ArrayList<>();
        Result imported = ok(ALICE_PW + "\n", "import", csv.toString(), "--as", "alice", "--password-stdin");
        outputs.add(imported.err());
        add("2024-03-02", "expense", "Groceries", "1.00", "shop" + HOSTILE);
        for (String format : List.of("table", "csv", "json")) {
            outputs.add(ok(ALICE_PW + "\n", "list", "--as", "alice", "--password-stdin", "--format", format).out());
        }
        outputs.add(ok(ALICE_PW + "\n", "report", "categories", "--as", "alice", "--password-stdin", "--chart").out());
        outputs.add(ok(ALICE_PW + "\n", "report", "totals", "--as", "alice", "--password-stdin", "--by", "category").out());
        Result badUser = run(ROOT_PW + "\n" + ALICE_PW + "\n", "user", "add", "eve" + HOSTILE, "--as", "root", "--password-stdin");
        assertEquals(1, badUser.code());
        outputs.add(badUser.err());
        Result badCategory = run(ALICE_PW + "\n", "add", "--as", "alice", "--password-stdin", "--date", "2024-03-03", "--type", "expense",
                "--category", "Nope" + HOSTILE, "--amount", "1");
        outputs.add(badCategory.err());
        Path export = temp.resolve("alice.json");
        ok(ALICE_PW + "\n", "export", "--out", export.toString(), "--as", "alice", "--password-stdin");
        outputs.add(Files.readString(export));

        String all = String.join("\n", outputs);
        assertTrue(all.contains("Snacks]52;c;cGF3bmVk[2J31mtxt.exe"), all);
        assertTrue(all.contains("kiosk]52;c;cGF3bmVk[2J31mtxt.exe"), all);
        assertTrue(all.contains("shop]52;c;cGF3bmVk[2J31mtxt.exe"), all);
        java.util.regex.Matcher m = UNSAFE.matcher(all);
        assertTrue(!m.find(), () -> "U+" + Integer.toHexString(all.charAt(m.start())) + " reached the output near: "
                + all.substring(Math.max(0, m.start() - 40), m.start()));
    }

    /** Alice's groceries: twelve ordinary shops from January 2024 and one party on March 2. */
    private void groceriesWithAParty() throws Exception {
        StringBuilder csv = new StringBuilder("date,type,category,amount,description\n");
        for (int i = 0; i < 12; i++) {
            csv.append(String.format("2024-01-%02d,expense,Groceries,%d.%d0,market\n", 2 + 2 * i, 40 + i % 5, i % 10));
        }
        csv.append("2024-03-02,expense,Groceries,2500.00,party\n");
        csv.append("2024-03-01,income,Salary,3100.00,pay\n");
        Path file = Files.writeString(temp.resolve("groceries.csv"), csv);
        ok(ALICE_PW + "\n", "import", file.toString(), "--as", "alice", "--password-stdin");
    }

    @Test
    void reportOutliersAsJsonListsEachUnusualExpenseWithItsScoreAndReason() throws Exception {
        groceriesWithAParty();
        Result r = ok(ALICE_PW + "\n", "report", "outliers", "--as", "alice", "--password-stdin", "--format", "json");
        JsonObject json = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonArray rows = json.getAsJsonArray("rows");
        assertEquals(1, rows.size(), r.out());
        JsonObject party = rows.get(0).getAsJsonObject();
        assertEquals(13, party.get("id").getAsLong());
        assertEquals("2024-03-02", party.get("date").getAsString());
        assertEquals("Groceries", party.get("category").getAsString());
        assertEquals("2500.00", party.get("amount").getAsString());
        assertEquals("party", party.get("description").getAsString());
        assertTrue(party.get("score").getAsDouble() > 3.5);
        assertEquals("€2,500.00 is 59× your median Groceries purchase (€42.20)", party.get("reason").getAsString());

        Result table = ok(ALICE_PW + "\n", "report", "outliers", "--as", "alice", "--password-stdin", "--from", "2024-01-01",
                "--to", "2024-01-31");
        assertTrue(table.out().contains("nothing unusual from 2024-01-01 to 2024-01-31"), table.out());
    }

    @Test
    void reportCategoriesPrintsTheStatisticsAndWithChartItsBars() throws Exception {
        groceriesWithAParty();
        add("2024-03-05", "expense", "Dining", "30.00", "lunch");
        Result r = ok(ALICE_PW + "\n", "report", "categories", "--as", "alice", "--password-stdin", "--from", "2024-03-01", "--chart");
        assertTrue(r.out().startsWith("expense by category, 2024-03-01 to 2024-03-20\n"), r.out());
        assertTrue(r.out().contains("| Groceries |     1 | 2500.00 | 2500.00 | 2500.00 |    0.00 |   3875.00 |    98.8 |"), r.out());
        assertTrue(r.out().contains("total 2530.00 EUR over 2 categories"), r.out());
        assertTrue(r.out().contains("Groceries #"), "no UTF-8 locale: an ASCII chart\n" + r.out());

        Result utf8 = ok(Map.of("HOME", temp.toString(), "LANG", "C.UTF-8"), ALICE_PW + "\n", "report", "categories", "--as", "alice",
                "--password-stdin", "--from", "2024-03-01", "--chart");
        assertTrue(utf8.out().contains("Groceries ███"), utf8.out());
        assertTrue(utf8.out().contains("│ Groceries │     1 │ 2500.00 │"), "box-drawing lines in a UTF-8 locale\n" + utf8.out());
        Result csv = ok(ALICE_PW + "\n", "report", "categories", "--as", "alice", "--password-stdin", "--format", "csv");
        assertEquals("category,count,total,mean,median,std dev,per month,share %", csv.out().lines().findFirst().orElseThrow());
    }

    @Test
    void reportTrendShowsMonthsSlopesAndTheProjectionOfThisMonth() throws Exception {
        groceriesWithAParty();
        Result csv = ok(ALICE_PW + "\n", "report", "trend", "--as", "alice", "--password-stdin", "--from", "2024-01-01", "--format", "csv");
        assertEquals("month,income,expenses,savings,expenses avg 3,avg 6,avg 12\n"
                + "2024-01,0.00,505.60,-505.60,,,\n"
                + "2024-02,0.00,0.00,0.00,,,\n"
                + "2024-03*,3100.00,2500.00,600.00,1001.87,,\n", csv.out());
        Result table = ok(ALICE_PW + "\n", "report", "trend", "--as", "alice", "--password-stdin", "--chart");
        assertTrue(table.out().contains("projected expenses for 2024-03: "), table.out());
        assertTrue(table.out().contains("* income  + expenses  o savings"), table.out());
    }

    @Test
    void reportBudgetComparesPlannedWithActual() throws Exception {
        groceriesWithAParty();
        ok(ALICE_PW + "\n", "budget", "set", "Groceries", "2024-01", "500", "--as", "alice", "--password-stdin");
        ok(ALICE_PW + "\n", "budget", "set", "Groceries", "2024-03", "400", "--as", "alice", "--password-stdin");
        Result r = ok(ALICE_PW + "\n", "report", "budget", "--as", "alice", "--password-stdin", "--format", "csv");
        assertEquals("month,category,planned,actual,difference,difference %,status,budget,carried\n"
                + "2024-01,Groceries,500.00,505.60,5.60,1.1,over,500.00,0.00\n"
                + "2024-03,Groceries,400.00,2500.00,2100.00,525.0,over,400.00,0.00\n", r.out());
        Result chart = ok(ALICE_PW + "\n", "report", "budget", "--as", "alice", "--password-stdin", "--chart");
        assertTrue(chart.out().contains("Groceries #################### 625 % of 400.00 EUR, over by 2100.00 EUR"), chart.out());
        assertTrue(chart.out().contains("most often over budget"), chart.out());
    }

    @Test
    void aBadReportOptionIsNamed() {
        Result scale = run(ALICE_PW + "\n", "report", "trend", "--as", "alice", "--password-stdin", "--scale", "cubic");
        assertEquals(1, scale.code());
        assertEquals("finterm: scale: 'cubic' is not linear or log\n", scale.err());
        Result by = run(ALICE_PW + "\n", "report", "trend", "--as", "alice", "--password-stdin", "--by", "fortnight");
        assertEquals("finterm: by: 'fortnight' is not month or week\n", by.err());
        Result from = run(ALICE_PW + "\n", "report", "budget", "--as", "alice", "--password-stdin", "--from", "2024-05-01", "--to", "2024-04-01");
        assertEquals("finterm: from: 2024-05-01 is after 2024-04-01\n", from.err());
    }

    @Test
    void ratesAreImportedListedAndConvertAnotherCurrencyInTheReports() throws Exception {
        Path file = temp.resolve("eurofxref-hist-90d.xml");
        Files.write(file, io.finterm.rates.Fixtures.bytes("hist-90d.xml"));
        Result imported = ok("", "rates", "import", file.toString());
        assertEquals("stored 6 rates from " + file + " (6 new, 0 changed); newest 2026-11-20\n", imported.out());
        Result list = ok("", "rates", "list", "--currency", "usd", "--from", "2026-11-19", "--format", "csv");
        assertEquals("date,currency,per euro\n2026-11-19,USD,1.1250\n2026-11-20,USD,1.1300\n", list.out());
        Result bad = run("", "rates", "import", temp.resolve("missing.xml").toString());
        assertEquals(1, bad.code());
        assertEquals("finterm: there is no file " + temp.resolve("missing.xml") + "\n", bad.err());

        add("2026-11-20", "expense", "Travel", "113.00", "hotel");
        // every transaction is booked in its account's currency: pounds and dollars need accounts of their own
        for (String currency : List.of("GBP", "USD", "CHF")) {
            ok(ALICE_PW + "\n", "account", "add", "Cash " + currency, "--currency", currency, "--as", "alice", "--password-stdin");
        }
        ok(ALICE_PW + "\n", "add", "--as", "alice", "--password-stdin", "--date", "2026-11-22", "--type", "expense", "--category", "Travel",
                "--amount", "85.00", "--currency", "GBP", "--account", "Cash GBP", "--description", "taxi");
        ok(ALICE_PW + "\n", "add", "--as", "alice", "--password-stdin", "--date", "2026-11-20", "--type", "expense", "--category", "Travel",
                "--amount", "113.00", "--currency", "USD", "--account", "Cash USD", "--description", "dinner");
        Result categories = ok(ALICE_PW + "\n", "report", "categories", "--as", "alice", "--password-stdin", "--from", "2026-11-01",
                "--to", "2026-11-30", "--format", "csv");
        // €113.00 + £85.00 at Friday's 0.85 (Sunday falls back to it) = €100.00 + $113.00 at 1.13 = €100.00
        assertTrue(categories.out().contains("Travel,3,313.00,"), categories.out());
        assertEquals("note: converted 2 transactions at ECB rates of 2026-11-20 (1 at an earlier day's rate: a weekend or holiday)\n",
                categories.err());
        Result totals = ok(ALICE_PW + "\n", "report", "totals", "--as", "alice", "--password-stdin", "--from", "2026-11-01",
                "--to", "2026-11-30", "--format", "csv");
        assertEquals("type,count,total\nexpense,3,313.00\n", totals.out());
        assertEquals(categories.err(), totals.err(), "totals say how they converted, as every report does");
        ok(ALICE_PW + "\n", "add", "--as", "alice", "--password-stdin", "--date", "2026-11-20", "--type", "expense", "--category", "Travel",
                "--amount", "50.00", "--currency", "CHF", "--account", "Cash CHF", "--description", "fondue");
        Result leftOut = ok(ALICE_PW + "\n", "report", "totals", "--as", "alice", "--password-stdin", "--from", "2026-11-01",
                "--to", "2026-11-30", "--format", "csv");
        assertEquals("type,count,total\nexpense,3,313.00\n", leftOut.out(), "never 1:1");
        assertEquals("note: converted 2 transactions at ECB rates of 2026-11-20 (1 at an earlier day's rate: a weekend or holiday); "
                + "left out 1 in CHF: no CHF rate on or before 2026-11-20: run `finterm rates update` or import a rates file\n", leftOut.err());
    }

    @Test
    void everyReportNotesEachConversionAtAMonthOldRateOnStandardError() throws Exception {
        Path file = temp.resolve("rates.csv");
        Files.writeString(file, "Date,GBP,\n2024-01-15,0.8500,\n");
        ok("", "rates", "import", file.toString());
        ok(ALICE_PW + "\n", "account", "add", "Pounds", "--currency", "GBP", "--as", "alice", "--password-stdin");
        for (String[] tx : List.of(new String[] {"2024-02-20", "85.00"}, new String[] {"2024-02-21", "17.00"})) {
            ok(ALICE_PW + "\n", "add", "--as", "alice", "--password-stdin", "--date", tx[0], "--type", "expense", "--category", "Groceries",
                    "--amount", tx[1], "--currency", "GBP", "--account", "Pounds", "--description", "shop");
        }
        // no GBP rate after 15 January: 20 and 21 February take it, 36 and 37 days later
        String note = "note: converted 2 transactions at ECB rates of 2024-01-15 (2 at an earlier day's rate, up to 37 days older than the day"
                + " it converts)\n";
        for (String report : List.of("totals", "categories", "trend", "outliers", "budget")) {
            Result r = ok(ALICE_PW + "\n", "report", report, "--as", "alice", "--password-stdin");
            assertEquals(note, r.err(), report);
            Result json = ok(ALICE_PW + "\n", "report", report, "--as", "alice", "--password-stdin", "--format", "json");
            assertEquals(note, json.err(), report + " as JSON");
        }
        Result totals = ok(ALICE_PW + "\n", "report", "totals", "--as", "alice", "--password-stdin", "--format", "csv");
        assertEquals("type,count,total\nexpense,2,120.00\n", totals.out(), "£102.00 at 0.85");

        // a budget kept in a former base currency is converted too, at the rate of its month's first day
        ok(ALICE_PW + "\n", "currency", "gbp", "--as", "alice", "--password-stdin");
        ok(ALICE_PW + "\n", "budget", "set", "Groceries", "2024-02", "170", "--as", "alice", "--password-stdin");
        ok(ALICE_PW + "\n", "currency", "eur", "--as", "alice", "--password-stdin");
        Result budget = ok(ALICE_PW + "\n", "report", "budget", "--as", "alice", "--password-stdin", "--format", "csv");
        assertEquals("month,category,planned,actual,difference,difference %,status,budget,carried\n2024-02,Groceries,200.00,120.00,-80.00,-40.0,under,200.00,0.00\n",
                budget.out());
        assertEquals("note: converted 2 transactions and 1 budget at ECB rates of 2024-01-15 (3 at an earlier day's rate, up to 37 days"
                + " older than the day it converts)\n", budget.err());
        // the list of the month's budgets shows the same figure, with the same note
        Result list = ok(ALICE_PW + "\n", "budget", "list", "2024-02", "--as", "alice", "--password-stdin", "--format", "csv");
        assertEquals("category,month,amount,currency,carried,available,rollover\nGroceries,2024-02,200.00,EUR,0.00,200.00,off\n", list.out());
        assertEquals(budget.err(), list.err());
    }

    @Test
    void aUserChangesTheirBaseCurrencyAndTheReportsConvertToIt() throws Exception {
        Path file = temp.resolve("eurofxref-hist-90d.xml");
        Files.write(file, io.finterm.rates.Fixtures.bytes("hist-90d.xml"));
        ok("", "rates", "import", file.toString());
        add("2026-11-20", "expense", "Travel", "100.00", "hotel");
        assertEquals("alice keeps their books in EUR\n", ok(ALICE_PW + "\n", "currency", "--as", "alice", "--password-stdin").out());
        assertEquals("alice keeps their books in USD\n", ok(ALICE_PW + "\n", "currency", "usd", "--as", "alice", "--password-stdin").out());
        Result totals = ok(ALICE_PW + "\n", "report", "totals", "--as", "alice", "--password-stdin", "--format", "csv");
        assertEquals("type,count,total\nexpense,1,113.00\n", totals.out(), "€100.00 at 1.13");
        Result bad = run(ALICE_PW + "\n", "currency", "XYZ", "--as", "alice", "--password-stdin");
        assertEquals("finterm: currency: 'XYZ' is not an ISO 4217 currency code\n", bad.err());
    }

    @Test
    void aUserRegistersListsAndRemovesTheirPublicKeys() {
        String line = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPTdYE47XNqlBLgt0xlI+TTRmg0h0Bw3ncUwbUCSoIAA alice@laptop";
        Result added = ok(ALICE_PW + "\n", "user", "key", "add", line, "--as", "alice", "--password-stdin");
        assertEquals("added ssh-ed25519 SHA256:MW7mhx3qFUDvAn+qaQ+D85w2WraJBYL61e1yrxJspec alice@laptop\n", added.out());
        Result again = run(ALICE_PW + "\n", "user", "key", "add", line, "--as", "alice", "--password-stdin");
        assertEquals("finterm: key: is already registered\n", again.err());
        Result list = ok(ALICE_PW + "\n", "user", "key", "list", "--as", "alice", "--password-stdin");
        assertTrue(list.out().contains("SHA256:MW7mhx3qFUDvAn+qaQ+D85w2WraJBYL61e1yrxJspec"), list.out());
        ok(ALICE_PW + "\n", "user", "key", "remove", "SHA256:MW7mhx3qFUDvAn+qaQ+D85w2WraJBYL61e1yrxJspec", "--as", "alice", "--password-stdin");
        Result gone = run(ALICE_PW + "\n", "user", "key", "remove", "SHA256:MW7mhx3qFUDvAn+qaQ+D85w2WraJBYL61e1yrxJspec", "--as", "alice",
                "--password-stdin");
        assertEquals(1, gone.code());
    }

    @Test
    void everyFileFintermWritesIsPrivateToItsOwner() throws Exception {
        add("2024-03-01", "expense", "Dining", "12.50", "lunch");
        Path backup = temp.resolve("backup.json");
        ok(ROOT_PW + "\n", "export", "--out", backup.toString(), "--as", "root", "--password-stdin");
        ok("", "fsck");
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(backup)));
        try (var paths = Files.walk(data)) {
            for (Path p : paths.toList()) {
                String perms = java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                assertEquals(Files.isDirectory(p) ? "rwx------" : "rw-------", perms, p.toString());
            }
        }
    }
}
