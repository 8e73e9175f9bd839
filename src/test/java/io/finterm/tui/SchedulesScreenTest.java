package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Frequency;
import io.finterm.domain.Recurrence;
import io.finterm.domain.TxKind;
import io.finterm.domain.WeekendPolicy;
import io.finterm.service.Entry;
import io.finterm.service.NewSchedule;
import io.finterm.service.ScheduleView;
import io.finterm.service.Session;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Schedules screen (tab 0): adding through the form, pausing, posting an occurrence, repeating a transaction. */
class SchedulesScreenTest {
    /** The app's clock says 2026-11-24 (VirtualTui). */
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    private static Recurrence monthly(int day, LocalDate start) {
        return new Recurrence(Frequency.MONTH, 1, day, 0, null, start, null, 0);
    }

    private static NewSchedule expense(String name, String amount, boolean approximate, String category, Recurrence rule, boolean auto) {
        return new NewSchedule(name, null, TxKind.EXPENSE, null, amount, approximate, category, List.of(), "", "", List.of(), rule,
                WeekendPolicy.KEEP, auto);
    }

    private static void noCutText(VirtualTui app) {
        assertFalse(app.screen().lines().skip(1).anyMatch(l -> l.contains("…")), app.screen());
    }

    @Test
    void addingAMonthlyScheduleThroughTheFormShowsItInTheListWithItsRuleInWordsAndNextDate() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        app.logIn("alice", VirtualTui.ALICE_PW).type("0").assertShows("No schedules yet");
        app.type("a").assertShows("New schedule").type("Rent").press(KeyType.Tab).press(KeyType.Tab).press(KeyType.Tab)
                .type("Rent").press(KeyType.Tab).type("1200");
        for (int i = 0; i < 7; i++) { // to Amount is, Description, Payee, Tags, Every, Interval, On
            app.press(KeyType.Tab);
        }
        app.type("1").press(KeyType.Tab).ctrl('u').type("2026-12-01");
        noCutText(app);
        app.ctrl('s');
        app.assertShows("added Rent").assertShows("1 schedule");
        app.assertShows("monthly on the 1st").assertShows("2026-12-01").assertShows("€1,200.00").assertShows("approval");
        noCutText(app);
        List<ScheduleView> made = app.services.schedules().list(app.alice());
        assertEquals(1, made.size());
        assertEquals(1, made.get(0).schedule().rule().day());
        assertEquals(LocalDate.of(2026, 12, 1), made.get(0).next());
        assertEquals(120000, made.get(0).schedule().amount().minor());
    }

    @Test
    void anEstimateIsMarkedWithATildeAndPausingSaysPausedInWords() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        app.services.schedules().add(alice, expense("Power", "80", true, "Utilities", monthly(15, LocalDate.of(2026, 12, 15)), false));
        app.logIn("alice", VirtualTui.ALICE_PW).type("0").assertShows("~€80.00").assertShows("monthly on the 15th");
        app.type("p").assertShows("paused Power").assertShows("paused ");
        assertTrue(app.services.schedules().list(alice).get(0).schedule().paused());
        app.type("p").assertShows("resumed Power");
        app.type("o").type("P").assertShows("the real amount (estimate ~€80.00), dated 2026-12-15, early");
        noCutText(app);
        app.press(KeyType.Escape).press(KeyType.Escape);
        app.type("f").assertShows("would fall to").press(KeyType.Escape).assertShows("1 schedule");
        assertFalse(app.services.schedules().list(alice).get(0).schedule().paused());
        noCutText(app);
    }

    @Test
    void aDueOccurrenceCanBePostedAndThenAppearsOnTheTransactionsScreen() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        app.services.schedules().add(alice, new NewSchedule("Gym", null, TxKind.EXPENSE, null, "35.50", false, "Health", List.of(),
                "Gym membership", "FitCo", List.of(), monthly(20, LocalDate.of(2026, 11, 20)), WeekendPolicy.KEEP, false));
        app.logIn("alice", VirtualTui.ALICE_PW).type("0").assertShows("Gym").assertShows("1 to approve");
        app.type("o").assertShows("Occurrences of Gym").assertShows("2026-11-20").assertShows("due").assertShows("coming");
        noCutText(app);
        app.type("P").assertShows("Post Gym of 2026-11-20 now?").type("y");
        app.assertShows("posted Gym of 2026-11-20").assertShows("posted ");
        app.press(KeyType.Escape).press(KeyType.Escape).type("2").assertShows("Gym membership").assertShows("35.50");
    }

    @Test
    void repeatOnATransactionOpensTheFormFilledFromItAndSavesASchedule() {
        VirtualTui app = VirtualTui.withAlice(100, 30, false);
        Session alice = app.alice();
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 3), TxKind.EXPENSE, "Entertainment",
                io.finterm.domain.Money.parse("12.99", java.util.Currency.getInstance("EUR")), "Streaming", null, "Netflix",
                List.of("tv"), List.of()));
        app.logIn("alice", VirtualTui.ALICE_PW).type("2").assertShows("Streaming").type("R");
        app.assertShows("Repeat a transaction").assertShows("Streaming").assertShows("Entertainment").assertShows("12.99")
                .assertShows("Netflix").assertShows("2026-12-03");
        app.ctrl('s').assertShows("added Streaming");
        ScheduleView made = app.services.schedules().list(alice).get(0);
        assertEquals(1299, made.schedule().amount().minor());
        assertEquals("Netflix", made.schedule().payee());
        assertEquals(LocalDate.of(2026, 12, 3), made.next());
    }

    @Test
    void aRefusalFromTheServiceShowsInTheFormBesideItsFieldAndNothingIsSaved() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        app.logIn("alice", VirtualTui.ALICE_PW).type("0").type("a").type("Water").press(KeyType.Tab).press(KeyType.Tab)
                .press(KeyType.Tab).type("Utilities").press(KeyType.Tab).type("40").press(KeyType.Tab).type("a"); // approximate
        for (int i = 0; i < 11; i++) { // to Posts, the last field
            app.press(KeyType.Tab);
        }
        app.type("a").ctrl('s'); // automatic: an estimate cannot be posted by itself
        app.assertShows("New schedule").assertShowsWhole("✗ Amount is: an approximate amount cannot be posted automatically:");
        assertTrue(app.screen().lines().anyMatch(l -> l.contains("Amount is") && l.contains("✗")), app.screen());
        assertEquals(List.of(), app.services.schedules().list(app.alice()));
    }

    @Test
    void theScheduleScreensFitAt80By24WithNothingCut() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        for (int i = 1; i <= 12; i++) {
            app.services.schedules().add(alice, expense("Bill " + i, "1" + i, i % 2 == 0, "Utilities", monthly(i, TODAY.plusDays(10)), false));
        }
        app.logIn("alice", VirtualTui.ALICE_PW).type("0").assertShows("12 schedules").assertShows("Bill 1 ").assertShows("of 12");
        noCutText(app);
        app.press(KeyType.End).assertShows("Bill 9: monthly on the 9th"); // by name: Bill 1, Bill 10, … Bill 9
        noCutText(app);
        app.type("e").assertShows("Edit a schedule");
        noCutText(app);
        app.ctrl('l').assertShows("Remainder");
        noCutText(app);
        app.press(KeyType.Escape).type("y").type("o").assertShows("Occurrences of Bill 9").assertShows("coming");
        noCutText(app);
        app.resize(100, 30).assertShows("coming");
        noCutText(app);
    }

    @Test
    void theTabBarStillFitsAt80ColumnsForAnAdministratorWithTheSchedulesTab() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        app.logIn("root", VirtualTui.ROOT_PW).type("0").assertShows(" 0 Schedules ").assertShows(" 6 ");
        String bar = app.screen().lines().findFirst().orElse("");
        assertTrue(bar.contains("root"), "the user's name still shows: " + bar);
    }

    @Test
    void theTabBarShowsEachOtherScreenByItsWholeNameOrByItsKeyAloneNeverByAPieceOfItsName() {
        VirtualTui admin = VirtualTui.withAlice(80, 24, false);
        admin.logIn("root", VirtualTui.ROOT_PW).type("0").assertShows(" 0 Schedules ");
        String bar = admin.screen().lines().findFirst().orElse("");
        assertFalse(bar.contains("…"), "no screen named by a piece of its name: " + bar);
        assertTrue(bar.contains(" 1  2  3 "), "the other screens by key: " + bar);
        VirtualTui alice = VirtualTui.withAlice(100, 30, false);
        alice.logIn("alice", VirtualTui.ALICE_PW).type("2");
        String wide = alice.screen().lines().findFirst().orElse("");
        assertFalse(wide.contains("…"), wide);
        assertTrue(wide.contains(" 2 Transactions "), wide);
    }

    @Test
    void anOccurrenceCanBeLinkedToATransactionPickedFromAListSkippedOrChangedOnItsOwn() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        app.services.schedules().add(alice, expense("Phone", "20", false, "Utilities", monthly(5, LocalDate.of(2026, 11, 5)), false));
        long paid = app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 6), TxKind.EXPENSE, "Utilities",
                io.finterm.domain.Money.parse("20", java.util.Currency.getInstance("EUR")), "Phone bill", null, "", List.of(),
                List.of())).id();
        app.logIn("alice", VirtualTui.ALICE_PW).type("0").type("o").assertShows("Occurrences of Phone");
        app.type("l").assertShows("Link a transaction").assertShows("2026-11-06  Phone bill").press(KeyType.Enter);
        app.assertShows("linked 2026-11-06 Phone bill to Phone of 2026-11-05").assertShows("linked");
        app.type("s").assertShows("Skip Phone of 2026-12-05?").type("y").assertShows("skipped Phone of 2026-12-05");
        app.type("c").assertShows("Change Phone of 2027-01-05").ctrl('u').type("25").press(KeyType.Enter).press(KeyType.Enter);
        app.assertShows("changed Phone of 2027-01-05: amount 25").assertShows("€25.00");
        noCutText(app);
        var detail = app.services.schedules().show(alice, "Phone");
        var linked = detail.handled().stream().filter(o -> o.date().equals(LocalDate.of(2026, 11, 5))).findFirst().orElseThrow();
        assertEquals(io.finterm.domain.OccurrenceState.LINKED, linked.state());
        assertEquals(paid, linked.transactionId());
        assertTrue(detail.handled().stream().anyMatch(o -> o.date().equals(LocalDate.of(2026, 12, 5))
                && o.state() == io.finterm.domain.OccurrenceState.SKIPPED), detail.handled().toString());
        var changed = detail.next().stream().filter(d -> d.date().equals(LocalDate.of(2027, 1, 5))).findFirst().orElseThrow();
        assertEquals(2500, changed.amount().minor());
        app.type("s").type("y"); // the changed one is still open: it can be skipped
        app.press(KeyType.End).type("P").assertShows("is linked already");
    }

    @Test
    void editingAScheduleChangesWhatItBooksFromNowOn() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        app.services.schedules().add(alice, expense("Rent", "1200", false, "Rent", monthly(1, LocalDate.of(2026, 12, 1)), false));
        app.logIn("alice", VirtualTui.ALICE_PW).type("0").type("e").assertShows("Edit a schedule").assertShows("1200.00");
        for (int i = 0; i < 4; i++) { // Type, Account, Category, Amount
            app.press(KeyType.Tab);
        }
        app.ctrl('u').type("1250").ctrl('s').assertShows("saved Rent").assertShows("€1,250.00");
        assertEquals(125000, app.services.schedules().list(alice).get(0).schedule().amount().minor());
        assertEquals(LocalDate.of(2026, 12, 1), app.services.schedules().list(alice).get(0).next());
    }

    @Test
    void aDayOfTheMonthTheFormCannotReadIsNamedBesideOnAndNothingIsSaved() {
        VirtualTui app = VirtualTui.withAlice(100, 30, false);
        app.logIn("alice", VirtualTui.ALICE_PW).type("0").type("a").type("Rent").press(KeyType.Tab).press(KeyType.Tab)
                .press(KeyType.Tab).type("Rent").press(KeyType.Tab).type("1200");
        for (int i = 0; i < 7; i++) {
            app.press(KeyType.Tab);
        }
        app.type("32").ctrl('s');
        assertTrue(app.screen().lines().anyMatch(l -> l.contains("✗ On: '32' is not a day of the month: give 1 to 31, or last") && !l.contains("Tags")), app.screen());
        assertTrue(app.caretLine().contains("On"), "the focus goes to the field: " + app.screen());
        assertEquals(List.of(), app.services.schedules().list(app.alice()));
    }

    @Test
    void theHelpOfTheSchedulesScreenAndItsFormListsTheirKeysWhole() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        app.logIn("alice", VirtualTui.ALICE_PW).type("0").press(KeyType.F1).assertShows("Keys: Schedules")
                .assertShowsWhole("pause or resume it: a paused schedule posts nothing,");
        app.press(KeyType.Escape).type("a").press(KeyType.F1).assertShows("Keys: New schedule")
                .assertShowsWhole("Ctrl-S save");
    }

    @Test
    void aWeeklyTransferToAnotherAccountIsAddedThroughTheFormWithItsToAccount() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        app.services.accountBook().add(alice, new io.finterm.service.NewAccount("Savings", io.finterm.domain.AccountType.SAVINGS,
                java.util.Currency.getInstance("EUR"), "0", LocalDate.of(2026, 1, 1), true));
        app.logIn("alice", VirtualTui.ALICE_PW).type("0").type("a").type("Save").press(KeyType.Tab).type("t")
                .press(KeyType.Tab).press(KeyType.Tab).assertShows("To").type("Sav").press(KeyType.Tab).type("50");
        for (int i = 0; i < 5; i++) { // Amount is, Description, Payee, Tags, Every
            app.press(KeyType.Tab);
        }
        app.type("w").press(KeyType.Tab).press(KeyType.Tab).type("fri").press(KeyType.Tab).ctrl('u').type("2026-11-27");
        app.ctrl('s').assertShows("added Save").assertShows("weekly on Friday").assertShows("Main → Savings")
                .assertShows("2026-11-27").assertShows("transfer");
        noCutText(app);
        ScheduleView made = app.services.schedules().list(alice).get(0);
        assertEquals(TxKind.TRANSFER_OUT, made.schedule().kind());
        assertEquals("Savings", made.toAccount());
        assertEquals(java.time.DayOfWeek.FRIDAY, made.schedule().rule().weekday());
    }

    @Test
    void theOccurrencesOfAScheduleDeletedInAnotherSessionSaySoInsteadOfFailing() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session alice = app.alice();
        app.services.schedules().add(alice, expense("Phone", "20", false, "Utilities", monthly(5, LocalDate.of(2026, 12, 5)), false));
        app.logIn("alice", VirtualTui.ALICE_PW).type("0").type("o").assertShows("Occurrences of Phone");
        app.services.schedules().delete(alice, "Phone"); // the command line, meanwhile
        app.tui.navigation().tabPage('1'); // nothing else moves; the page reloads as it comes to the top again
        app.tui.push(new HelpPage());
        app.press(KeyType.Escape).assertShows("Esc goes back to the schedules");
        app.press(KeyType.Escape).assertShows("No schedules yet");
    }

    /** A page on top of the occurrences, so that going back reloads them as after any other visit. */
    private static final class HelpPage extends Page {
        HelpPage() {
            super(null);
        }

        @Override
        String title() {
            return "Other";
        }

        @Override
        void draw(Painter p) {
        }

        @Override
        List<KeyHelp> keys() {
            return List.of();
        }

        @Override
        String hints() {
            return "";
        }
    }
}
