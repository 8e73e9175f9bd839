package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code finterm budget set --rollover} and what the budget list and report show of it, through the
 * real entry point. The clock says 2024-03-20. Every figure below is worked out by hand from this data:
 *
 * <pre>
 * Groceries, rolls over from 2023-12, overspending absorbed (the default):
 *   2023-12 budget 400, spent 370          leftover  30  → 2024-01
 *   2024-01 budget 400 + 30  = 430, spent 344  leftover  86  → 2024-02   (344 is 80 % of 430: near)
 *   2024-02 budget 414 + 86  = 500, spent 460  leftover  40  → 2024-03
 *   2024-03 budget 400 + 40  = 440, spent 330  (75 % used)
 *   year to date: budgets 400 + 414 + 400 = 1214, carried into January 30, available 1244, spent 1134
 * Dining, rolls over from 2024-01, overspending carried:
 *   2024-01 budget 100,          spent 120  leftover -20 → 2024-02
 *   2024-02 budget 100 - 20 = 80, spent  40  leftover  40 → 2024-03
 *   2024-03 budget 100 + 40 = 140, spent 70  (50 % used)
 * Transport, rolls over from 2024-01, overspending absorbed:
 *   2024-01 budget 50, spent 80: -30 absorbed, nothing passes on
 *   2024-02 budget 50 + 0, spent 0   leftover  50 → 2024-03
 *   2024-03 no budget, carried 50: it still shows, with 50 available
 * </pre>
 */
class BudgetRolloverCliTest {
    private static final String PW = CliTest.ALICE_PW + "\n";

    @TempDir
    Path temp;
    private final CliTest cli = new CliTest();

    @BeforeEach
    void aliceWithAStore() {
        cli.temp = temp;
        cli.aStoreWithAliceInIt();
    }

    private CliTest.Result run(String... args) {
        List<String> all = new ArrayList<>(Arrays.asList(args));
        all.addAll(List.of("--as", "alice", "--password-stdin"));
        return cli.run(Map.of("HOME", temp.toString(), "LANG", "C.UTF-8"), PW, all.toArray(String[]::new));
    }

    private CliTest.Result ok(String... args) {
        CliTest.Result r = run(args);
        assertEquals(0, r.code(), r.err());
        return r;
    }

    private void spend(String date, String category, String amount) {
        cli.add(date, "expense", category, amount, "spent");
    }

    /** The three categories above, set up as a person would type it. */
    private void threeRollingCategories() {
        ok("budget", "set", "Groceries", "2023-12", "400", "--rollover");
        ok("budget", "set", "Groceries", "2024-01", "400");
        ok("budget", "set", "Groceries", "2024-02", "414");
        ok("budget", "set", "Groceries", "2024-03", "400");
        ok("budget", "set", "Dining", "2024-01", "100", "--rollover", "--overspending", "carry");
        ok("budget", "set", "Dining", "2024-02", "100");
        ok("budget", "set", "Dining", "2024-03", "100");
        ok("budget", "set", "Transport", "2024-01", "50", "--rollover", "--overspending", "absorb");
        ok("budget", "set", "Transport", "2024-02", "50");
        spend("2023-12-10", "Groceries", "370.00");
        spend("2024-01-10", "Groceries", "344.00");
        spend("2024-02-10", "Groceries", "460.00");
        spend("2024-03-10", "Groceries", "330.00");
        spend("2024-01-12", "Dining", "120.00");
        spend("2024-02-12", "Dining", "40.00");
        spend("2024-03-12", "Dining", "70.00");
        spend("2024-01-15", "Transport", "80.00");
    }

    @Test
    void theConfirmationSaysWhatRollsOverAndFromWhen() {
        assertEquals("budget for Groceries in 2023-12: 400.00 EUR, rolls over from 2023-12 (overspending absorbed)\n",
                ok("budget", "set", "groceries", "2023-12", "400", "--rollover").err());
        assertEquals("budget for Groceries in 2024-01: 380.00 EUR, rolls over from 2023-12 (overspending absorbed)\n",
                ok("budget", "set", "Groceries", "2024-01", "380").err(), "without an option the setting stays, and is said");
        assertEquals("budget for Dining in 2024-01: 100.00 EUR, rolls over from 2024-01 (overspending carried)\n",
                ok("budget", "set", "Dining", "2024-01", "100", "--rollover", "--overspending", "CARRY").err());
        assertEquals("budget for Dining in 2024-03: 90.00 EUR, does not roll over from 2024-03 on\n",
                ok("budget", "set", "Dining", "2024-03", "90", "--no-rollover").err());
        assertEquals("budget for Dining in 2024-04: 90.00 EUR, does not roll over (since 2024-03)\n",
                ok("budget", "set", "Dining", "2024-04", "90").err());
        assertEquals("budget for Rent in 2024-01: 900.00 EUR\n", ok("budget", "set", "Rent", "2024-01", "900").err(),
                "a category that never rolled over gets the line it always had");
    }

    @Test
    void optionsThatDoNotGoTogetherAreRefusedByNameAndNothingIsSet() {
        CliTest.Result alone = run("budget", "set", "Groceries", "2024-03", "400", "--overspending", "carry");
        assertEquals(2, alone.code());
        assertTrue(alone.err().startsWith("--overspending goes with --rollover: it says what a month's overspending does to the next month\n"),
                alone.err());
        CliTest.Result both = run("budget", "set", "Groceries", "2024-03", "400", "--rollover", "--no-rollover");
        assertEquals(2, both.code());
        assertTrue(both.err().startsWith("--rollover and --no-rollover: choose one\n"), both.err());
        CliTest.Result word = run("budget", "set", "Groceries", "2024-03", "400", "--rollover", "--overspending", "some\u001btimes");
        assertEquals(2, word.code());
        assertTrue(word.err().startsWith("--overspending: 'sometimes' is not carry or absorb\n"), word.err());
        assertEquals("category,month,amount,currency,carried,available,rollover\n",
                ok("budget", "list", "2024-03", "--format", "csv").out(), "no budget was set by a refused command");
        CliTest.Result income = run("budget", "set", "Salary", "2024-03", "400", "--rollover");
        assertEquals(1, income.code());
        assertTrue(income.err().contains("Salary is an income category: only the budgets of expense categories roll over"), income.err());
    }

    @Test
    void theListShowsTheBudgetWhatWasCarriedWhatIsAvailableAndHowEachRollsOver() {
        threeRollingCategories();
        ok("budget", "set", "Rent", "2024-03", "900");
        ok("budget", "set", "Entertainment", "2024-03", "1460"); // the longest name, four digits: the table still fits 80 columns
        assertEquals("category,month,amount,currency,carried,available,rollover\n"
                        + "Dining,2024-03,100.00,EUR,40.00,140.00,carry\n"
                        + "Entertainment,2024-03,1460.00,EUR,0.00,1460.00,off\n"
                        + "Groceries,2024-03,400.00,EUR,40.00,440.00,absorb\n"
                        + "Rent,2024-03,900.00,EUR,0.00,900.00,off\n"
                        + "Transport,2024-03,,EUR,50.00,50.00,absorb\n",
                ok("budget", "list", "2024-03", "--format", "csv").out());
        JsonArray json = JsonParser.parseString(ok("budget", "list", "2024-02", "--format", "json").out()).getAsJsonArray();
        JsonObject dining = json.get(0).getAsJsonObject(); // by name
        assertEquals(List.of("Dining", "100.00", "-20.00", "80.00", "carry"), List.of(dining.get("category").getAsString(),
                dining.get("amount").getAsString(), dining.get("carried").getAsString(), dining.get("available").getAsString(),
                dining.get("rollover").getAsString()));
        String table = ok("budget", "list", "2024-03").out();
        assertTrue(table.lines().allMatch(l -> l.length() <= 80), table);
        assertTrue(table.startsWith("budgets of 2024-03 in EUR\n"), table);
        assertEquals(List.of("Transport", "", "50.00", "50.00", "absorb"), cells(table, "│ Transport"));
    }

    @Test
    void theBudgetReportShowsWhatWasCarriedInEveryFormat() {
        threeRollingCategories();
        assertEquals("month,category,planned,actual,difference,difference %,status,budget,carried\n"
                        + "2024-01,Dining,100.00,120.00,20.00,20.0,over,100.00,0.00\n"
                        + "2024-01,Groceries,430.00,344.00,-86.00,-20.0,near,400.00,30.00\n"
                        + "2024-01,Transport,50.00,80.00,30.00,60.0,over,50.00,0.00\n"
                        + "2024-02,Dining,80.00,40.00,-40.00,-50.0,under,100.00,-20.00\n"
                        + "2024-02,Groceries,500.00,460.00,-40.00,-8.0,near,414.00,86.00\n"
                        + "2024-02,Transport,50.00,0.00,-50.00,-100.0,under,50.00,0.00\n"
                        + "2024-03,Dining,140.00,70.00,-70.00,-50.0,under,100.00,40.00\n"
                        + "2024-03,Groceries,440.00,330.00,-110.00,-25.0,under,400.00,40.00\n"
                        + "2024-03,Transport,50.00,0.00,-50.00,-100.0,under,0.00,50.00\n",
                ok("report", "budget", "--format", "csv").out());

        JsonObject json = JsonParser.parseString(ok("report", "budget", "--format", "json").out()).getAsJsonObject();
        JsonObject february = find(json.getAsJsonArray("rows"), "2024-02", "Groceries");
        assertEquals(List.of("414.00", "86.00", "500.00", "500.00", "460.00", "-40.00"), figures(february, "budget", "carried",
                "available", "planned", "actual", "difference"));
        JsonObject groceries = find(json.getAsJsonArray("yearToDate"), null, "Groceries");
        assertEquals(List.of("1214.00", "30.00", "1244.00", "1244.00", "1134.00", "-110.00"), figures(groceries, "budget", "carried",
                "available", "planned", "actual", "difference"));
        JsonObject dining = find(json.getAsJsonArray("yearToDate"), null, "Dining");
        assertEquals(List.of("300.00", "0.00", "300.00", "230.00"), figures(dining, "budget", "carried", "available", "actual"));

        String table = ok("report", "budget").out();
        assertTrue(table.lines().allMatch(l -> l.length() <= 80), table);
        assertEquals(List.of("2024-03", "Groceries", "400.00", "40.00", "330.00", "-110.00", "under"), cells(table, "│ 2024-03 │ Groceries"));
        assertEquals(List.of("Groceries", "1214.00", "30.00", "1134.00", "-110.00", "near"), cells(table, "│ Groceries"));
        assertTrue(table.contains("\ncarried: rolled over from the month before; diff is actual - budget - carried\n"), table);
    }

    @Test
    void theChartSaysWhatWasCarriedBesideTheBudget() {
        threeRollingCategories();
        String march = ok("report", "budget", "--chart").out();
        assertTrue(march.contains(" 75 % of €400.00 + €40.00 carried\n"), march);
        assertTrue(march.contains(" 50 % of €100.00 + €40.00 carried\n"), march);
        String february = ok("report", "budget", "--chart", "--to", "2024-02").out();
        assertTrue(february.contains(" 50 % of €100.00 - €20.00 carried\n"), february);
        assertTrue(february.contains(" 92 % of €414.00 + €86.00 carried\n"), february);
        String before = ok("report", "budget", "--chart", "--from", "2023-12", "--to", "2023-12").out();
        assertTrue(before.contains(" 93 % of €400.00\n"), before + ": 370 of 400 (92.5 % rounds up), nothing carried into the first month");
    }

    /** The cells of the first line of a text table that starts with {@code marker}, trimmed. */
    private static List<String> cells(String table, String marker) {
        String line = table.lines().filter(l -> l.startsWith(marker)).findFirst().orElseThrow(() -> new AssertionError(marker + " in\n" + table));
        List<String> cells = new ArrayList<>(Arrays.stream(line.split("│")).map(String::strip).toList());
        cells.remove(0); // before the first rule
        return cells;
    }

    private static JsonObject find(JsonArray rows, String month, String category) {
        for (var e : rows) {
            JsonObject o = e.getAsJsonObject();
            if (o.get("category").getAsString().equals(category) && (month == null || o.get("month").getAsString().equals(month))) {
                return o;
            }
        }
        throw new AssertionError(month + " " + category + " in " + rows);
    }

    private static List<String> figures(JsonObject o, String... keys) {
        return Arrays.stream(keys).map(k -> o.get(k).getAsString()).toList();
    }
}
