package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Frequency;
import io.finterm.domain.Money;
import io.finterm.domain.Recurrence;
import io.finterm.domain.Schedule;
import io.finterm.domain.TxKind;
import io.finterm.domain.WeekendPolicy;
import io.finterm.service.Entry;
import io.finterm.service.NewSchedule;
import io.finterm.service.Session;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The payments found in the history ({@code h} on the Schedules screen), and accepting one with Enter. Today is 2026-11-24. */
class FoundSchedulesScreenTest {
    /** Netflix 13.30 on the 15th since 2025-09 (15 times) and the City Power bill on the 3rd since 2026-02 (10 times, varying). */
    private static void history(VirtualTui app) {
        Session alice = app.alice();
        for (int m = 0; m < 15; m++) {
            app.services.transactions().add(alice, new Entry(LocalDate.of(2025, 9, 15).plusMonths(m), TxKind.EXPENSE, "Entertainment",
                    Money.of(1330, "EUR"), "", null, "Netflix", List.of(), List.of()));
        }
        long[] power = {8000, 7640, 8310, 7990, 8125, 7800, 8430, 7770, 8260, 7910};
        for (int m = 0; m < power.length; m++) {
            app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 2, 3).plusMonths(m), TxKind.EXPENSE, "Utilities",
                    Money.of(power[m], "EUR"), "", null, "City Power", List.of(), List.of()));
        }
    }

    private static void noCutText(VirtualTui app) {
        assertFalse(app.screen().lines().skip(1).anyMatch(l -> l.contains("…")), app.screen());
    }

    private static Schedule schedule(VirtualTui app, String name) {
        return app.services.schedules().list(app.alice()).stream().map(v -> v.schedule()).filter(s -> s.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no schedule " + name));
    }

    @Test
    void hListsThePaymentsThatRepeatAndEnterMakesTheSelectedOneAScheduleWaitingForApproval() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        history(app);
        app.logIn("alice", VirtualTui.ALICE_PW).type("0").assertShows("h found");
        app.type("h").assertShows("Found in your history").assertShows("2 payments that repeat");
        app.assertShows("Netflix").assertShows("2026-12-15").assertShows("-€13.30")
                .assertShows("monthly on the 15th · 15 times since 2025-09 · Main, Entertainment");
        app.assertShows("City Power").assertShows("2026-12-03").assertShows("~-€");
        noCutText(app);
        assertTrue(app.selected("City Power"), app.screen());
        app.type("j");
        assertTrue(app.selected("Netflix"), app.screen());
        app.press(KeyType.Enter).assertShows("added the schedule Netflix: it waits for your approval from 2026-12-15");
        assertFalse(app.screen().contains("Netflix  "), "an accepted payment is no longer offered:\n" + app.screen());
        app.assertShows("1 payment that repeats;");
        Schedule netflix = schedule(app, "Netflix");
        assertFalse(netflix.auto());
        assertEquals(LocalDate.of(2026, 12, 15), netflix.rule().start());
        app.press(KeyType.Escape).assertShows("Schedules").assertShows("Netflix").assertShows("approval");
    }

    @Test
    void aTakenNameAsksForAnotherInASmallPromptWhichRefusesTheTakenOneAgain() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        history(app);
        app.services.schedules().add(app.alice(), new NewSchedule("City Power", null, TxKind.INCOME, null, "1.00", false, "Other",
                List.of(), "", "", List.of(), new Recurrence(Frequency.YEAR, 1, 1, 0, null, LocalDate.of(2027, 1, 1), null, 0),
                WeekendPolicy.KEEP, false));
        app.logIn("alice", VirtualTui.ALICE_PW).type("0").type("h").assertShows("City Power");
        assertTrue(app.selected("City Power"), app.screen());
        app.press(KeyType.Enter).assertShows("Another name for City Power")
                .assertShows("One of your schedules is called City Power already.");
        app.assertShows("Enter make it a schedule under this name  Esc cancel");
        app.press(KeyType.Enter).assertShowsWhole("✗ a schedule named City Power exists: choose another name");
        assertFalse(app.screen().contains("--name"), "there is no --name on a screen:\n" + app.screen());
        app.type(" bill").press(KeyType.Enter).assertShows("added the schedule City Power bill");
        Schedule bill = schedule(app, "City Power bill");
        assertTrue(bill.approximate(), "the amounts vary");
        assertFalse(bill.auto());
        assertEquals(Money.of(7910, "EUR"), bill.amount(), "the latest payment's");
        assertEquals(2, app.services.schedules().list(app.alice()).size());
    }

    @Test
    void thePromptForAnotherNameNamesTheScheduleThatHasItAsItIsSpelled() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        history(app);
        app.services.schedules().add(app.alice(), new NewSchedule("NETFLIX", null, TxKind.INCOME, null, "1.00", false, "Other",
                List.of(), "", "", List.of(), new Recurrence(Frequency.YEAR, 1, 1, 0, null, LocalDate.of(2027, 1, 1), null, 0),
                WeekendPolicy.KEEP, false));
        app.logIn("alice", VirtualTui.ALICE_PW).type("0").type("h").assertShows("Netflix").type("j");
        assertTrue(app.selected("Netflix"), app.screen());
        app.press(KeyType.Enter).assertShows("Another name for Netflix").assertShows("One of your schedules is called NETFLIX already.");
        app.press(KeyType.Escape).assertShows("Enter make it a schedule  j k move");
    }

    @Test
    void aRefusalOnTheNameThatIsNotATakenNameIsSaidAndAsksForNoOtherName() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        history(app);
        for (int i = 0; i < Schedule.MAX_PER_USER; i++) {
            app.services.schedules().add(app.alice(), new NewSchedule("Plan " + i, null, TxKind.EXPENSE, null, "1.00", false, "Other",
                    List.of(), "", "", List.of(), new Recurrence(Frequency.YEAR, 1, 1, 0, null, LocalDate.of(2027, 1, 1), null, 0),
                    WeekendPolicy.KEEP, false));
        }
        app.logIn("alice", VirtualTui.ALICE_PW).type("0").type("h").assertShows("City Power");
        app.press(KeyType.Enter).assertShows("the most one person may keep");
        assertFalse(app.shows("Another name for"), "the name is not taken:\n" + app.screen());
    }

    @Test
    void withNothingToOfferThePageSaysWhatCountsAsRecurring() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        app.logIn("alice", VirtualTui.ALICE_PW).type("0").type("h").assertShows("No recurring payments found that are not scheduled yet");
        app.assertShowsWhole("A payment counts when it comes back with the same payee or description, a similar amount (within a "
                + "tenth), weekly, every 2 weeks, monthly or yearly.");
        assertFalse(app.shows("Enter make it a schedule"), "nothing to make a schedule of:\n" + app.screen());
        app.press(KeyType.Enter).assertShows("No recurring payments found");
        noCutText(app);
    }
}
