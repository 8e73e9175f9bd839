package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Frequency;
import io.finterm.domain.Recurrence;
import io.finterm.domain.TxKind;
import io.finterm.domain.WeekendPolicy;
import io.finterm.service.AccountSettings;
import io.finterm.service.Argon2Params;
import io.finterm.service.NewSchedule;
import io.finterm.service.Services;
import io.finterm.service.Session;
import io.finterm.store.Store;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code finterm schedule run|approve|skip|change|link}: what is due, and one occurrence at a time,
 * through the real entry point. Today is 2024-03-20, a Wednesday (CliTest's clock).
 */
class ScheduleRunCliTest {
    static final String HEADER = ScheduleCliTest.CSV_HEADER;
    static final String HINT = "approve one with finterm schedule approve NAME DATE [--amount X] --as alice, "
            + "or skip it with finterm schedule skip NAME DATE --as alice\n";

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

    void power() {
        CliTest.Result added = ok("schedule", "add", "--name", "Power", "--type", "expense", "--amount", "~80", "--category", "Utilities",
                "--every", "month", "--day", "15", "--start", "2024-03-15");
        assertEquals("added the schedule Power: expense ~80.00 EUR from Main (Utilities), monthly on the 15th, waits for approval; "
                + "next on 2024-03-15; 1 occurrence waits for approval\n"
                + "waits for approval: Power 2024-03-15: expense ~80.00 EUR from Main (Utilities)\n" + HINT, added.err());
    }

    @Test
    void runListsWhatWaitsAndUntilPostsAutomaticOccurrencesEarly() {
        ok("schedule", "add", "--name", "Salary", "--type", "income", "--amount", "2500", "--category", "Salary", "--every", "month",
                "--day", "25", "--start", "2024-03-25", "--auto");
        power();
        CliTest.Result now = ok("schedule", "run");
        assertEquals("waits for approval: Power 2024-03-15: expense ~80.00 EUR from Main (Utilities)\n", now.out());
        assertTrue(now.err().endsWith(HINT), now.err());
        assertEquals(HEADER, transactions(), "nothing automatic was due");
        CliTest.Result early = ok("schedule", "run", "--until", "2024-03-31");
        assertEquals("posted Salary 2024-03-25: income 2500.00 EUR into Main (Salary), transaction 1\n"
                + "waits for approval: Power 2024-03-15: expense ~80.00 EUR from Main (Utilities)\n", early.out());
        assertEquals(HEADER + "1,2024-03-25,income,Salary,2500.00,EUR,Salary,Main,,,uncleared\n", transactions());
        assertEquals("waits for approval: Power 2024-03-15: expense ~80.00 EUR from Main (Utilities)\n",
                ok("schedule", "run", "--until", "2024-03-31").out(), "posted once: the second run only lists what waits");
        assertEquals("waits for approval: Power 2024-03-15: expense ~80.00 EUR from Main (Utilities)\n"
                + "will wait for approval: Power 2024-04-15: expense ~80.00 EUR from Main (Utilities)\n",
                ok("schedule", "run", "--until", "2024-04-20").out(), "one whose day has not come is not said to wait yet");
    }

    @Test
    void approvingAnEstimateTakesTheRealAmountAndPostsItOnce() {
        power();
        CliTest.Result noAmount = run("schedule", "approve", "Power", "2024-03-15");
        assertEquals(1, noAmount.code());
        assertEquals("finterm: amount: Power is approximate (~80.00): give the amount of this one, as in --amount 80.00\n",
                noAmount.err());
        CliTest.Result approved = ok("schedule", "approve", "power", "2024-03-15", "--amount", "83.20");
        assertEquals("posted Power 2024-03-15: expense 83.20 EUR from Main (Utilities), transaction 1\n", approved.err(),
                "what approve did, without the notice that points to schedule list: a schedule command is that place");
        CliTest.Result again = run("schedule", "approve", "Power", "2024-03-15", "--amount", "83.20");
        assertEquals(1, again.code(), "once means once: " + again.err());
        assertEquals("nothing is due\n", ok("schedule", "run").out());
        CliTest.Result early = ok("schedule", "approve", "Power", "4/15", "--amount", "80");
        assertEquals("posted Power 2024-04-15: expense 80.00 EUR from Main (Utilities), transaction 2\n", early.err());
        assertEquals(HEADER + "1,2024-03-15,expense,Utilities,83.20,EUR,Power,Main,,,uncleared\n"
                + "2,2024-04-15,expense,Utilities,80.00,EUR,Power,Main,,,uncleared\n", transactions());
    }

    @Test
    void skipChangeAndLinkHandleOneOccurrenceAndShowSaysWhatBecameOfEach() {
        ok("schedule", "add", "--name", "Rent", "--type", "expense", "--amount", "950", "--category", "Rent", "--every", "month",
                "--day", "1", "--start", "2024-04-01", "--auto");
        assertEquals("changed Rent 2024-04-01 only: amount 1000, booked on 2024-03-29\n",
                ok("schedule", "change", "Rent", "2024-04-01", "--amount", "1000", "--date", "2024-03-29").err());
        assertEquals("posted Rent 2024-04-01 (on 2024-03-29): expense 1000.00 EUR from Main (Rent), transaction 1\n",
                ok("schedule", "run", "--until", "2024-03-31").out());
        assertEquals("skipped Rent 2024-05-01: it will not be posted\n", ok("schedule", "skip", "rent", "2024-05-01").err());
        cli.add("2024-06-03", "expense", "Rent", "950", "bank transfer");
        assertEquals("linked Rent 2024-06-01 to transaction 2: it will not be posted\n",
                ok("schedule", "link", "RENT", "2024-06-01", "--transaction", "2").err());
        assertEquals("posted Rent 2024-07-01: expense 950.00 EUR from Main (Rent), transaction 3\n", ok("schedule", "run", "--until", "2024-07-01").out());
        assertEquals(HEADER + "1,2024-03-29,expense,Rent,1000.00,EUR,Rent,Main,,,uncleared\n"
                + "2,2024-06-03,expense,Rent,950.00,EUR,bank transfer,Main,,,uncleared\n"
                + "3,2024-07-01,expense,Rent,950.00,EUR,Rent,Main,,,uncleared\n", transactions());
        String shown = ok("schedule", "show", "Rent").out();
        assertTrue(shown.contains("""
                past:
                  2024-07-01  posted: transaction 3, 950.00 EUR
                  2024-06-01 (on 2024-06-03)  linked to transaction 2
                  2024-05-01  skipped
                  2024-04-01 (on 2024-03-29)  posted: transaction 1, 1000.00 EUR
                """), shown);
        assertTrue(shown.contains("next:\n  2024-08-01  950.00 EUR\n"), shown);
    }

    @Test
    void anOccurrenceCommandWithoutWhatItNeedsOrWithABadDateSaysSoAndChangesNothing() {
        ok("schedule", "add", "--name", "Rent", "--type", "expense", "--amount", "950", "--category", "Rent", "--every", "month",
                "--day", "1", "--start", "2024-04-01", "--auto");
        CliTest.Result nothing = run("schedule", "change", "Rent", "2024-04-01");
        assertEquals(2, nothing.code());
        assertTrue(nothing.err().startsWith("nothing to change: give --amount, --date or both"), nothing.err());
        CliTest.Result date = run("schedule", "skip", "Rent", "2024-13-01");
        assertEquals(1, date.code());
        assertEquals("finterm: date: '2024-13-01' is not a date: no month 13 (months run from 01 to 12)\n", date.err());
        CliTest.Result link = run("schedule", "link", "Rent", "2024-04-01");
        assertEquals(2, link.code());
        assertTrue(link.err().startsWith("Missing required option: '--transaction=ID'"), link.err());
        CliTest.Result notADate = run("schedule", "skip", "Rent", "2024-04-02");
        assertEquals(1, notADate.code(), "the rule gives no 2 April: " + notADate.err());
        assertTrue(notADate.err().startsWith("finterm: ") && notADate.err().indexOf('\n') == notADate.err().length() - 1, notADate.err());
        CliTest.Result past = run("schedule", "run", "--until", "2024-03-01");
        assertEquals(1, past.code());
        assertEquals("finterm: until: 2024-03-01 has passed: what is due up to today is posted anyway; --until posts ahead of time, "
                + "up to a day to come\n", past.err());
        CliTest.Result missing = run("schedule", "skip", "Lease", "2024-04-01");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("Lease"), missing.err());
        assertEquals("posted Rent 2024-04-01: expense 950.00 EUR from Main (Rent), transaction 1\n",
                ok("schedule", "run", "--until", "2024-04-30").out(), "no skip was written");
    }

    @Test
    void changeSaysWhetherTheOccurrencesDateOrTheNewDateWasWrong() {
        ok("schedule", "add", "--name", "Rent", "--type", "expense", "--amount", "950", "--category", "Rent", "--every", "month",
                "--day", "1", "--start", "2024-04-01", "--auto");
        CliTest.Result which = run("schedule", "change", "Rent", "2024-13-01", "--date", "2024-04-02");
        assertEquals(1, which.code());
        assertEquals("finterm: date: '2024-13-01' is not a date: no month 13 (months run from 01 to 12)\n", which.err());
        CliTest.Result to = run("schedule", "change", "Rent", "2024-04-01", "--date", "2024-14-02");
        assertEquals(1, to.code());
        assertEquals("finterm: new date: '2024-14-02' is not a date: no month 14 (months run from 01 to 12)\n", to.err(),
                "the day it would move to is named apart from the occurrence's");
        assertEquals("posted Rent 2024-04-01: expense 950.00 EUR from Main (Rent), transaction 1\n",
                ok("schedule", "run", "--until", "2024-04-30").out(), "no change was written");
    }

    @Test
    void runIsTheCatchUpItselfAndPrintsWhatItPostedOnStdoutWithoutTheLoginNotice() {
        // Rent (automatic, the 1st) and Electricity (an estimate, the 15th) made on 2024-02-20, before either was due
        try (Store store = Store.open(temp.resolve("data"))) {
            Services services = new Services(store, new Services.Settings(new Argon2Params(64, 1, 1), 2,
                    new AccountSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15), Currency.getInstance("EUR")), "", 8,
                    "http://127.0.0.1:9/"), Clock.fixed(Instant.parse("2024-02-20T10:00:00Z"), ZoneOffset.UTC), temp.resolve("exports"));
            Session alice = services.accounts().login("alice", CliTest.ALICE_PW.toCharArray(), "cli");
            services.schedules().add(alice, new NewSchedule("Rent", null, TxKind.EXPENSE, null, "1200.00", false, "Rent", List.of(),
                    "", "", List.of(), new Recurrence(Frequency.MONTH, 1, 1, 0, null, LocalDate.of(2024, 3, 1), null, 0),
                    WeekendPolicy.KEEP, true));
            services.schedules().add(alice, new NewSchedule("Electricity", null, TxKind.EXPENSE, null, "80.00", true, "Utilities",
                    List.of(), "", "", List.of(), new Recurrence(Frequency.MONTH, 1, 15, 0, null, LocalDate.of(2024, 3, 15), null, 0),
                    WeekendPolicy.KEEP, false));
        }
        CliTest.Result r = ok("schedule", "run");
        assertEquals("posted Rent 2024-03-01: expense 1200.00 EUR from Main (Rent), transaction 1\n"
                + "waits for approval: Electricity 2024-03-15: expense ~80.00 EUR from Main (Utilities)\n", r.out());
        assertEquals(HINT, r.err(), "no notice before it: run says itself what it did");
        assertEquals(HEADER + "1,2024-03-01,expense,Rent,1200.00,EUR,Rent,Main,,,uncleared\n", transactions());
    }
}
