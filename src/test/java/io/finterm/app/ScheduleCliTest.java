package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code finterm schedule add|list|show|edit|pause|resume|delete}, through the real entry point. Today is
 * 2024-03-20, a Wednesday (CliTest's clock); alice's default account is Main, in EUR.
 */
class ScheduleCliTest {
    static final String CSV_HEADER = "id,date,type,category,amount,currency,description,account,payee,tags,status\n";

    @TempDir
    Path temp;
    final CliTest cli = new CliTest();

    @BeforeEach
    void aStoreWithAliceInIt() {
        cli.temp = temp;
        cli.aStoreWithAliceInIt();
    }

    CliTest.Result ok(String... args) {
        return cli.ok(AccountCliTest.PW, AccountCliTest.asAlice(args));
    }

    CliTest.Result run(String... args) {
        return cli.run(AccountCliTest.PW, AccountCliTest.asAlice(args));
    }

    String transactions() {
        return ok("list", "--format", "csv", "--sort", "date").out();
    }

    JsonArray schedules() {
        return JsonParser.parseString(ok("schedule", "list", "--format", "json").out()).getAsJsonObject().getAsJsonArray("schedules");
    }

    /** The cells of the table row that starts with {@code name}, trimmed. */
    static List<String> row(String table, String name) {
        return Arrays.stream(table.split("\n")).filter(l -> l.startsWith("| " + name + " ")).findFirst()
                .map(l -> Arrays.stream(l.substring(1, l.length() - 1).split("\\|")).map(String::strip).toList())
                .orElseThrow(() -> new AssertionError("no row " + name + " in\n" + table));
    }

    @Test
    void aMonthlyRentWhoseStartLiesInThePastIsPostedForEveryMonthSinceAndOnlyOnce() {
        CliTest.Result added = ok("schedule", "add", "--name", "Rent", "--type", "expense", "--amount", "950", "--category", "Rent",
                "--every", "month", "--day", "1", "--start", "2024-01-01", "--auto");
        assertEquals("", added.out());
        assertEquals("""
                added the schedule Rent: expense 950.00 EUR from Main (Rent), monthly on the 1st, posted automatically; next on 2024-04-01
                posted Rent 2024-01-01: expense 950.00 EUR from Main (Rent), transaction 1
                posted Rent 2024-02-01: expense 950.00 EUR from Main (Rent), transaction 2
                posted Rent 2024-03-01: expense 950.00 EUR from Main (Rent), transaction 3
                """, added.err());
        String posted = CSV_HEADER
                + "1,2024-01-01,expense,Rent,950.00,EUR,Rent,Main,,,uncleared\n"
                + "2,2024-02-01,expense,Rent,950.00,EUR,Rent,Main,,,uncleared\n"
                + "3,2024-03-01,expense,Rent,950.00,EUR,Rent,Main,,,uncleared\n";
        assertEquals(posted, transactions(), "the schedule's name is the description when it has none");
        assertEquals("nothing is due\n", ok("schedule", "run").out());
        assertEquals(posted, transactions(), "once means once: another command and another run post nothing again");
    }

    @Test
    void listShowsEachScheduleWithItsRuleInWordsItsNextDateAndItsAmountAndTheJsonIsExact() {
        ok("account", "add", "Savings", "--type", "savings");
        ok("schedule", "add", "--name", "Rent", "--type", "expense", "--amount", "1,200", "--category", "Rent", "--every", "month",
                "--day", "last", "--weekend", "before", "--start", "2024-03-01", "--auto", "--payee", "Landlord", "--tags", "home,fixed");
        ok("schedule", "add", "--name", "Power", "--type", "expense", "--amount", "~80", "--category", "Utilities", "--every", "month",
                "--weekday", "2nd tue", "--start", "2024-04-01", "--count", "12");
        ok("schedule", "add", "--name", "Saving", "--type", "transfer", "--to", "Savings", "--amount", "200", "--every", "week",
                "--interval", "2", "--weekday", "fri", "--start", "2024-03-22", "--end", "2024-12-31", "--auto");
        ok("schedule", "add", "--name", "Salary", "--type", "income", "--amount", "2,500", "--category", "Salary", "--every", "month",
                "--day", "30", "--weekend", "after", "--start", "2024-03-30", "--auto");
        String table = ok("--ascii", "schedule", "list").out();
        assertEquals(List.of("Rent", "2024-03-29", "-1200.00 EUR", "monthly on the last business day", "auto"), row(table, "Rent"), table);
        assertEquals(List.of("Power", "2024-04-09", "~-80.00 EUR", "monthly on the 2nd Tuesday", "approval"), row(table, "Power"), table);
        assertEquals(List.of("Saving", "2024-03-22", "-200.00 EUR", "every 2 weeks on Friday", "auto"), row(table, "Saving"), table);
        assertEquals(List.of("Salary", "2024-04-01", "+2500.00 EUR", "monthly on the 30th", "auto"), row(table, "Salary"),
                "2024-03-30 is a Saturday: the next date says where the weekend moved it\n" + table);
        table.lines().forEach(l -> assertTrue(l.length() <= 100, "the list fits in 100 columns: " + l.length() + "\n" + table));
        String shown = ok("schedule", "show", "Salary").out();
        assertTrue(shown.contains("monthly on the 30th, moved to the business day after"), "show has the whole rule: " + shown);

        JsonArray all = schedules();
        assertEquals(4, all.size());
        JsonObject rent = all.asList().stream().map(e -> e.getAsJsonObject()).filter(o -> o.get("name").getAsString().equals("Rent"))
                .findFirst().orElseThrow();
        assertEquals("expense", rent.get("type").getAsString());
        assertEquals("Main", rent.get("account").getAsString());
        assertEquals("", rent.get("to").getAsString());
        assertEquals("1200.00", rent.get("amount").getAsString(), "an exact decimal string");
        assertEquals("EUR", rent.get("currency").getAsString());
        assertFalse(rent.get("approximate").getAsBoolean());
        assertEquals("Rent", rent.get("category").getAsString());
        assertEquals("Landlord", rent.get("payee").getAsString());
        assertEquals("[\"fixed\",\"home\"]", rent.getAsJsonArray("tags").toString(), "tags are kept sorted");
        assertEquals("month", rent.get("every").getAsString());
        assertEquals(1, rent.get("interval").getAsInt());
        assertEquals("last", rent.get("day").getAsString());
        assertTrue(rent.get("weekday").isJsonNull());
        assertEquals("2024-03-01", rent.get("start").getAsString());
        assertTrue(rent.get("end").isJsonNull());
        assertTrue(rent.get("count").isJsonNull());
        assertEquals("before", rent.get("weekend").getAsString());
        assertTrue(rent.get("auto").getAsBoolean());
        assertFalse(rent.get("paused").getAsBoolean());
        assertEquals("2024-03-29", rent.get("next").getAsString(), "2024-03-31 is a Sunday");
        assertEquals(0, rent.get("waiting").getAsInt());
        JsonObject power = all.asList().stream().map(e -> e.getAsJsonObject()).filter(o -> o.get("name").getAsString().equals("Power"))
                .findFirst().orElseThrow();
        assertTrue(power.get("approximate").getAsBoolean(), "~80 is an estimate");
        assertEquals("80.00", power.get("amount").getAsString());
        assertEquals(2, power.get("nth").getAsInt());
        assertEquals("tuesday", power.get("weekday").getAsString());
        assertEquals(12, power.get("count").getAsInt());
        assertFalse(power.get("auto").getAsBoolean());
        JsonObject saving = all.asList().stream().map(e -> e.getAsJsonObject()).filter(o -> o.get("name").getAsString().equals("Saving"))
                .findFirst().orElseThrow();
        assertEquals("transfer", saving.get("type").getAsString());
        assertEquals("Savings", saving.get("to").getAsString());
        assertEquals("", saving.get("category").getAsString());
        assertEquals(2, saving.get("interval").getAsInt());
        assertEquals("2024-12-31", saving.get("end").getAsString());
        assertEquals("posted Saving 2024-03-22: transfer 200.00 EUR from Main to Savings, transaction 1\n",
                ok("schedule", "run", "--until", "2024-03-22").out());
    }

    @Test
    void aSplitScheduleKeepsItsLinesAndShowShowsThemWithTheNextOccurrences() {
        CliTest.Result added = ok("schedule", "add", "--name", "Weekly shop", "--type", "expense", "--amount", "60", "--split",
                "Groceries=45", "--split", "Health=15=pharmacy", "--every", "week", "--start", "2024-03-23", "--description", "shop");
        assertEquals("added the schedule Weekly shop: expense 60.00 EUR from Main (split), weekly on Saturday, waits for approval; "
                + "next on 2024-03-23\n", added.err());
        assertEquals("""
                schedule: Weekly shop
                books: expense 60.00 EUR from Main (split)
                  line: Groceries 45.00 EUR
                  line: Health 15.00 EUR (pharmacy)
                description: shop
                rule: weekly on Saturday
                mode: waits for approval
                next:
                  2024-03-23  60.00 EUR
                  2024-03-30  60.00 EUR
                  2024-04-06  60.00 EUR
                  2024-04-13  60.00 EUR
                  2024-04-20  60.00 EUR
                  2024-04-27  60.00 EUR
                """, ok("schedule", "show", "weekly shop").out());
        JsonObject shop = schedules().get(0).getAsJsonObject();
        assertEquals("[{\"category\":\"Groceries\",\"amount\":\"45.00\",\"memo\":\"\"},"
                + "{\"category\":\"Health\",\"amount\":\"15.00\",\"memo\":\"pharmacy\"}]", shop.getAsJsonArray("lines").toString());
    }

    @Test
    void editChangesTheFutureOnlyAndRenames() {
        ok("schedule", "add", "--name", "Rent", "--type", "expense", "--amount", "950", "--category", "Rent", "--every", "month",
                "--start", "2024-02-01", "--auto");
        CliTest.Result edited = ok("schedule", "edit", "rent", "--amount", "1000", "--day", "last", "--weekend", "before",
                "--rename", "Flat rent");
        assertEquals("changed the schedule Flat rent: expense 1000.00 EUR from Main (Rent), monthly on the last business day, "
                + "posted automatically; next on 2024-03-29\n", edited.err());
        assertEquals(CSV_HEADER + "1,2024-02-01,expense,Rent,950.00,EUR,Rent,Main,,,uncleared\n"
                + "2,2024-03-01,expense,Rent,950.00,EUR,Rent,Main,,,uncleared\n", transactions(), "what was posted stays as it was");
        CliTest.Result approval = ok("schedule", "edit", "Flat rent", "--no-auto");
        assertTrue(approval.err().contains(", waits for approval;"), approval.err());
        CliTest.Result nothing = run("schedule", "edit", "Flat rent");
        assertEquals(2, nothing.code());
        assertTrue(nothing.err().startsWith("nothing to change: give an option of schedule add"), nothing.err());
        CliTest.Result gone = run("schedule", "edit", "Rent", "--amount", "5");
        assertEquals(1, gone.code());
        assertTrue(gone.err().startsWith("finterm: ") && gone.err().contains("Rent") && gone.err().indexOf('\n') == gone.err().length() - 1,
                gone.err());
    }

    @Test
    void aPausedScheduleHasNothingDueAndResumingSkipsWhatFellMeanwhile() {
        ok("schedule", "add", "--name", "Gym", "--type", "expense", "--amount", "30", "--category", "Health", "--every", "month",
                "--day", "25", "--start", "2024-03-25", "--auto");
        assertEquals("paused the schedule Gym; finterm schedule resume Gym starts it again (what falls until then is skipped)\n",
                ok("schedule", "pause", "gym").err());
        String table = ok("--ascii", "schedule", "list").out();
        assertEquals("paused", row(table, "Gym").get(4), table);
        assertTrue(schedules().get(0).getAsJsonObject().get("paused").getAsBoolean());
        assertEquals("changed the schedule Gym: expense 35.00 EUR from Main (Health), monthly on the 25th, posted automatically, "
                + "paused since 2024-03-20\n", ok("schedule", "edit", "Gym", "--amount", "35").err());
        assertTrue(ok("schedule", "show", "Gym").out().contains("mode: posted automatically; paused since 2024-03-20\nnext: none while it is paused\n"));
        assertEquals("nothing is due up to 2024-04-30\n", ok("schedule", "run", "--until", "2024-04-30").out());
        assertEquals("resumed the schedule Gym; next on 2024-03-25\n", ok("schedule", "resume", "Gym").err(),
                "nothing fell while it was paused: its first date is still to come");
        assertEquals(CSV_HEADER, transactions());
    }

    @Test
    void deletingAScheduleKeepsTheTransactionsItPosted() {
        ok("schedule", "add", "--name", "Rent", "--type", "expense", "--amount", "950", "--category", "Rent", "--every", "month",
                "--start", "2024-03-01", "--auto");
        assertEquals("deleted the schedule Rent; the transactions it posted stay\n", ok("schedule", "delete", "RENT").err());
        assertEquals(CSV_HEADER + "1,2024-03-01,expense,Rent,950.00,EUR,Rent,Main,,,uncleared\n", transactions());
        assertEquals(0, schedules().size());
        CliTest.Result empty = ok("schedule", "list");
        assertEquals("", empty.out());
        assertEquals("you have no schedules yet; add one with finterm schedule add (finterm schedule add --help says how)\n", empty.err());
    }

    @Test
    void repeatingATransactionMakesAScheduleFromItThatStartsAfterIt() {
        cli.add("2024-03-05", "expense", "Entertainment", "12.99", "Streaming");
        CliTest.Result added = ok("schedule", "add", "--name", "Streaming", "--from-transaction", "1", "--every", "month", "--auto");
        assertEquals("added the schedule Streaming: expense 12.99 EUR from Main (Entertainment), monthly on the 5th, "
                + "posted automatically; next on 2024-04-05\n", added.err());
        assertEquals(CSV_HEADER + "1,2024-03-05,expense,Entertainment,12.99,EUR,Streaming,Main,,,uncleared\n", transactions(),
                "the transaction stands for the first occurrence: nothing is posted again");
        CliTest.Result both = run("schedule", "add", "--name", "Other", "--from-transaction", "1", "--every", "month", "--amount", "5");
        assertEquals(2, both.code());
        assertTrue(both.err().startsWith("--from-transaction takes what it books from the transaction: leave out --amount"), both.err());
    }

    @Test
    void eachRefusalOfTheIssueIsOneSentenceAndWritesNothing() {
        String[][] refused = {
            {"finterm: every: the rule never fires", "--every", "year", "--day", "31", "--start", "2024-02-01", "--type", "expense",
                "--category", "Rent", "--amount", "10"},
            {"finterm: end: 2024-02-01 is before the start 2024-03-01", "--every", "month", "--start", "2024-03-01", "--end",
                "2024-02-01", "--type", "expense", "--category", "Rent", "--amount", "10"},
            {"finterm: to: ", "--every", "month", "--start", "2024-03-01", "--type", "transfer", "--to", "Main", "--amount", "10"},
            {"finterm: approx: an approximate amount cannot be posted automatically: it waits for approval, where its real amount is "
                + "given; make the schedule automatic or approximate, not both", "--every", "month", "--start", "2024-03-01", "--type", "expense",
                "--category", "Rent", "--amount", "10", "--approx", "--auto"},
            {"finterm: every: the rule never fires", "--every", "month", "--day", "1", "--start", "2024-01-05", "--end", "2024-01-20",
                "--type", "expense", "--category", "Rent", "--amount", "10"},
        };
        for (String[] r : refused) {
            String[] args = new String[r.length - 1 + 4];
            args[0] = "schedule";
            args[1] = "add";
            args[2] = "--name";
            args[3] = "Bad";
            System.arraycopy(r, 1, args, 4, r.length - 1);
            CliTest.Result result = run(args);
            String what = String.join(" ", args);
            assertEquals(1, result.code(), what + ": " + result.err());
            assertTrue(result.err().startsWith(r[0]), what + ": " + result.err());
            assertEquals(1, result.err().split("\n").length, what + " is one sentence: " + result.err());
            assertFalse(result.err().contains("Exception") || result.err().contains("\tat "), result.err());
        }
        assertEquals(0, schedules().size(), "nothing was written");
        assertEquals(CSV_HEADER, transactions());
    }

    @Test
    void whatIsMissingOrContradictsOnTheLineIsAUsageErrorNamingTheOption() {
        String[][] usage = {
            {"give --start DATE", "--type", "expense", "--category", "Rent", "--amount", "10", "--every", "month"},
            {"give --every day|week|month|year", "--type", "expense", "--category", "Rent", "--amount", "10", "--start", "2024-03-01"},
            {"a transfer needs --to ACCOUNT", "--type", "transfer", "--amount", "10", "--every", "month", "--start", "2024-03-01"},
            {"a transfer has no category: leave out --category", "--type", "transfer", "--to", "Main", "--category", "Rent",
                "--amount", "10", "--every", "month", "--start", "2024-03-01"},
            {"--to is for a transfer (--type transfer)", "--type", "expense", "--to", "Main", "--category", "Rent",
                "--amount", "10", "--every", "month", "--start", "2024-03-01"},
            {"give --category, or split it", "--type", "expense", "--amount", "10", "--every", "month", "--start", "2024-03-01"},
            {"--end and --count both bound the rule", "--type", "expense", "--category", "Rent", "--amount", "10", "--every", "month",
                "--start", "2024-03-01", "--end", "2024-05-01", "--count", "3"},
        };
        for (String[] u : usage) {
            String[] args = new String[u.length - 1 + 4];
            args[0] = "schedule";
            args[1] = "add";
            args[2] = "--name";
            args[3] = "Bad";
            System.arraycopy(u, 1, args, 4, u.length - 1);
            CliTest.Result result = run(args);
            assertEquals(2, result.code(), String.join(" ", args) + ": " + result.err());
            assertTrue(result.err().startsWith(u[0]), String.join(" ", args) + ": " + result.err());
        }
        CliTest.Result weekday = run("schedule", "add", "--name", "Bad", "--type", "expense", "--category", "Rent", "--amount", "10",
                "--every", "month", "--weekday", "2nd tuesdy", "--start", "2024-03-01");
        assertEquals(1, weekday.code());
        assertEquals("finterm: weekday: '2nd tuesdy' is not a weekday: give mon, tue, wed, thu, fri, sat or sun (or the whole name), "
                + "as in tue or 2nd tue\n", weekday.err());
        CliTest.Result type = run("schedule", "add", "--name", "Bad", "--type", "refund", "--category", "Rent", "--amount", "10",
                "--every", "month", "--start", "2024-03-01");
        assertEquals("finterm: type: 'refund' is not one of expense, income, transfer\n", type.err());
        assertEquals(0, schedules().size(), "nothing was written");
    }

    @Test
    void aSecondScheduleOfTheSameNameIsRefused() {
        ok("schedule", "add", "--name", "Rent", "--type", "expense", "--amount", "950", "--category", "Rent", "--every", "month",
                "--start", "2024-04-01");
        CliTest.Result twin = run("schedule", "add", "--name", "rent", "--type", "expense", "--amount", "9", "--category", "Rent",
                "--every", "month", "--start", "2024-04-01");
        assertEquals(1, twin.code());
        assertEquals("finterm: name: you have a schedule called Rent already\n", twin.err());
        assertEquals(1, schedules().size());
    }

    @Test
    void theHelpOfEachSubcommandSaysWhatItDoesAndWhatEachOptionTakes() {
        String all = cli.ok("", "schedule", "--help").out().replaceAll("\\s+", " ");
        for (String sub : List.of("add", "list", "show", "edit", "pause", "resume", "delete", "run", "approve", "skip", "change", "link")) {
            assertTrue(all.contains(" " + sub + " "), sub + " in " + all);
        }
        String add = ok("schedule", "add", "--help").out().replaceAll("\\s+", " ");
        for (String phrase : List.of("--every=day|week|month|year", "--weekday=DAY", "\"2nd tue\"", "--weekend=keep|before|after",
                "schedule.holidays", "Not with --auto", "~1200", "--from-transaction=ID", "--split=CATEGORY=AMOUNT[=MEMO]")) {
            assertTrue(add.contains(phrase), phrase + " in " + add);
        }
        assertTrue(ok("schedule", "edit", "--help").out().contains("--[no-]auto"));
        assertTrue(ok("schedule", "approve", "--help").out().replaceAll("\\s+", " ").contains("the date its rule gives, or the day it is booked"));
    }

    @Test
    void aRuleOptionOfEditChangesThatPartOfTheRuleAndKeepsTheRest() {
        ok("schedule", "add", "--name", "Gym", "--type", "expense", "--amount", "30", "--category", "Health", "--every", "month",
                "--day", "25", "--start", "2024-03-25", "--end", "2024-12-31");
        assertTrue(ok("schedule", "edit", "Gym", "--count", "3").err().contains(", monthly on the 25th, 3 times from 2024-03-25, "),
                "--count takes the place of --end");
        assertTrue(ok("schedule", "edit", "Gym", "--every", "week").err().contains(", weekly on Monday, 3 times from 2024-03-25, "),
                "another unit takes its day from the start again (a Monday)");
        assertTrue(ok("schedule", "edit", "Gym", "--weekday", "fri").err().contains(", weekly on Friday, 3 times from 2024-03-25, "));
        assertTrue(ok("schedule", "edit", "Gym", "--start", "2024-04-01").err().contains(", weekly on Friday, 3 times from 2024-04-01, "),
                "a new start keeps the weekday");
        assertTrue(ok("schedule", "edit", "Gym", "--end", "2024-06-30").err().contains(", weekly on Friday, until 2024-06-30, "),
                "--end takes the place of --count");
    }
}
