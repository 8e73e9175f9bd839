package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code finterm schedule find [--accept NAME [--name NEW]]} on a seeded history, through the real entry point. Today is
 * Wednesday 2024-03-20 (CliTest's clock); alice's default account is Main, in EUR.
 */
class ScheduleFindCliTest {
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

    /**
     * Netflix 13.30 on the 15th since 2023-01 (15 times), the City Power bill on the 3rd since 2023-07 (9 times, 76.40 to
     * 84.30), the salary on the 28th since 2023-10 (5 times), and shopping that does not repeat.
     */
    void aHistory() throws Exception {
        StringBuilder csv = new StringBuilder("date,category,amount,payee\n");
        for (int m = 0; m < 15; m++) {
            csv.append(LocalDate.of(2023, 1, 15).plusMonths(m)).append(",Entertainment,-13.30,Netflix\n");
        }
        String[] power = {"-80.00", "-76.40", "-83.10", "-79.90", "-81.25", "-78.00", "-84.30", "-77.70", "-82.60"};
        for (int m = 0; m < power.length; m++) {
            csv.append(LocalDate.of(2023, 7, 3).plusMonths(m)).append(",Utilities,").append(power[m]).append(",City Power\n");
        }
        for (int m = 0; m < 5; m++) {
            csv.append(LocalDate.of(2023, 10, 28).plusMonths(m)).append(",Salary,2500.00,ACME Corp\n");
        }
        String[][] noise = {{"2023-11-04", "-54.20", "Hardware Store"}, {"2023-12-19", "-210.00", "Toy Shop"},
            {"2024-01-07", "-12.90", "Bookshop"}, {"2024-02-22", "-33.15", "Florist"}, {"2024-03-09", "-640.00", "Airline"}};
        for (String[] n : noise) {
            csv.append(n[0]).append(",Shopping,").append(n[1]).append(',').append(n[2]).append('\n');
        }
        Path file = temp.resolve("history.csv");
        Files.writeString(file, csv);
        ok("import", file.toString());
    }

    @Test
    void findListsEachRecurringPaymentWithItsRuleHowOftenItWasSeenAndItsNextDate() throws Exception {
        aHistory();
        CliTest.Result r = ok("schedule", "find");
        String table = r.out();
        assertEquals(List.of("Netflix", "-13.30 EUR", "monthly on the 15th", "15 times since 2023-01", "2024-04-15"),
                ScheduleCliTest.row(table, "Netflix"));
        List<String> power = ScheduleCliTest.row(table, "City Power");
        assertEquals(List.of("City Power", "monthly on the 3rd", "9 times since 2023-07", "2024-04-03"),
                List.of(power.get(0), power.get(2), power.get(3), power.get(4)));
        assertTrue(power.get(1).startsWith("~-") && power.get(1).endsWith(" EUR"), "the bill varies: an estimate, " + power);
        assertEquals(List.of("ACME Corp", "+2500.00 EUR", "monthly on the 28th", "5 times since 2023-10", "2024-03-28"),
                ScheduleCliTest.row(table, "ACME Corp"));
        assertTrue(!table.contains("Airline") && !table.contains("Florist"), "what does not repeat is not offered:\n" + table);
        assertEquals("make one a schedule (it waits for your approval) with finterm schedule find --accept NAME --as alice\n", r.err());
    }

    @Test
    void theJsonHasEverySeriesWithExactDecimalStringsTheRuleAndItsTransactions() throws Exception {
        aHistory();
        JsonArray found = JsonParser.parseString(ok("schedule", "find", "--format", "json").out()).getAsJsonObject().getAsJsonArray("found");
        JsonObject netflix = null;
        for (var e : found) {
            if (e.getAsJsonObject().get("name").getAsString().equals("Netflix")) {
                netflix = e.getAsJsonObject();
            }
        }
        assertTrue(netflix != null, found.toString());
        assertEquals("expense", netflix.get("kind").getAsString());
        assertEquals("Main", netflix.get("account").getAsString());
        assertEquals("Entertainment", netflix.get("category").getAsString());
        assertEquals("Netflix", netflix.get("payee").getAsString());
        assertEquals("13.30", netflix.get("amount").getAsString());
        assertTrue(netflix.get("amount").getAsJsonPrimitive().isString(), "an exact decimal string");
        assertEquals("EUR", netflix.get("currency").getAsString());
        assertEquals(false, netflix.get("approximate").getAsBoolean());
        assertEquals("monthly on the 15th", netflix.get("rule").getAsString());
        assertEquals("month", netflix.get("every").getAsString());
        assertEquals(1, netflix.get("interval").getAsInt());
        assertEquals(15, netflix.get("day").getAsInt());
        assertEquals("2024-04-15", netflix.get("next").getAsString());
        assertEquals(15, netflix.get("times").getAsInt());
        assertEquals("2023-01", netflix.get("since").getAsString());
        assertEquals("2023-01-15", netflix.get("first").getAsString());
        assertEquals("2024-03-15", netflix.get("last").getAsString());
        assertEquals(15, netflix.getAsJsonArray("transactions").size());
    }

    @Test
    void acceptMakesAScheduleThatWaitsForApprovalFromTheNextDateAndPrintsItAsAddDoes() throws Exception {
        aHistory();
        String before = ok("list", "--format", "csv").out();
        CliTest.Result r = ok("schedule", "find", "--accept", "netflix");
        assertEquals("", r.out());
        assertEquals("added the schedule Netflix: expense 13.30 EUR from Main (Entertainment), monthly on the 15th, waits for approval; "
                + "next on 2024-04-15\n", r.err());
        assertEquals(before, ok("list", "--format", "csv").out(), "nothing is posted for the past");
        assertTrue(!ok("schedule", "find").out().contains("Netflix"), "a series with a schedule is not offered again");
        CliTest.Result again = run("schedule", "find", "--accept", "Netflix");
        assertEquals(1, again.code(), again.err());
        assertEquals("finterm: accept: you have a schedule called Netflix already, and what it books is not offered again; "
                + "finterm schedule show Netflix shows it\n", again.err());

        CliTest.Result power = ok("schedule", "find", "--accept", "City Power", "--name", "Power");
        assertEquals("added the schedule Power: expense ~82.60 EUR from Main (Utilities), monthly on the 3rd, waits for approval; "
                + "next on 2024-04-03\n", power.err(), "the latest bill's amount, as an estimate");
    }

    @Test
    void aTakenNameIsRefusedAskingForAnotherWithNameAndNothingIsWritten() throws Exception {
        aHistory();
        ok("schedule", "add", "--name", "Netflix", "--type", "income", "--amount", "1", "--category", "Other", "--every", "year",
                "--start", "2024-12-01");
        String schedules = ok("schedule", "list", "--format", "json").out();
        CliTest.Result r = run("schedule", "find", "--accept", "Netflix");
        assertEquals(1, r.code(), r.err());
        assertEquals("finterm: name: a schedule named Netflix exists: give the new one another name with --name\n", r.err());
        assertEquals(schedules, ok("schedule", "list", "--format", "json").out());
        CliTest.Result named = run("schedule", "find", "--accept", "Netflix", "--name", "NETFLIX");
        assertEquals(1, named.code(), named.err());
        assertEquals("finterm: name: a schedule named Netflix exists: choose another --name\n", named.err(),
                "--name was given: it is the one to change");
        assertEquals(schedules, ok("schedule", "list", "--format", "json").out());
        assertTrue(ok("schedule", "find", "--accept", "Netflix", "--name", "Streaming").err()
                .startsWith("added the schedule Streaming: expense 13.30 EUR"));
    }

    @Test
    void anUnknownNameIsRefusedNamingTheOptionAndWhatWasFound() throws Exception {
        aHistory();
        CliTest.Result r = run("schedule", "find", "--accept", "Spotify");
        assertEquals(1, r.code(), r.err());
        assertTrue(r.err().startsWith("finterm: accept: no recurring payment called Spotify was found; finterm schedule find lists "),
                r.err());
        assertTrue(r.err().contains("Netflix"), r.err());
    }

    @Test
    void nothingFoundSaysSoAndTheJsonIsAnEmptyList() {
        CliTest.Result r = ok("schedule", "find");
        assertEquals("", r.out());
        assertEquals("no recurring payments found that are not scheduled yet\n", r.err());
        assertEquals("{\"found\":[]}\n", ok("schedule", "find", "--format", "json").out());
    }

    @Test
    void nameWithoutAcceptAndFormatWithAcceptAreUsageErrors() {
        CliTest.Result name = run("schedule", "find", "--name", "Power");
        assertEquals(2, name.code(), name.err());
        assertTrue(name.err().contains("--name names the schedule --accept makes: give --accept NAME too"), name.err());
        CliTest.Result format = run("schedule", "find", "--accept", "Netflix", "--format", "json");
        assertEquals(2, format.code(), format.err());
        assertTrue(format.err().contains("leave out --format"), format.err());
    }
}
