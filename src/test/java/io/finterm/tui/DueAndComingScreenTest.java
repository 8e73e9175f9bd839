package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Frequency;
import io.finterm.domain.Money;
import io.finterm.domain.Recurrence;
import io.finterm.domain.TxKind;
import io.finterm.domain.WeekendPolicy;
import io.finterm.service.Due;
import io.finterm.service.Entry;
import io.finterm.service.NewSchedule;
import io.finterm.service.Session;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The dashboard's "Due and coming" and the catch-up at login. The clock starts on Tuesday 2026-11-24;
 * alice's schedules start on Tuesday 2026-12-01 and the clock then moves to 2026-12-02, so that their
 * first occurrence fell due between two visits.
 */
class DueAndComingScreenTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 12, 1);

    private static NewSchedule monthly(String name, TxKind kind, String amount, boolean approximate, String category, boolean auto) {
        return new NewSchedule(name, null, kind, null, amount, approximate, category, List.of(), "", "", List.of(),
                new Recurrence(Frequency.MONTH, 1, 1, 0, null, FIRST, null, 0), WeekendPolicy.KEEP, auto);
    }

    /**
     * alice, on the login screen on 2026-12-02, with Rent (€800.00 on the 1st, automatic), Gym (€30.00 on the
     * 1st, to approve), Power (about €85.00 on the 1st, to approve) and Salary (€2,500.00 on the 15th, automatic).
     */
    private static VirtualTui withSchedules(int columns, int rows) {
        VirtualTui app = VirtualTui.withAlice(columns, rows, false);
        Session alice = app.alice();
        app.services.transactions().add(alice, new Entry(LocalDate.of(2026, 11, 3), TxKind.EXPENSE, "Groceries", Money.of(4_480, "EUR"), "market"));
        app.services.schedules().add(alice, monthly("Rent", TxKind.EXPENSE, "800", false, "Rent", true));
        app.services.schedules().add(alice, monthly("Gym", TxKind.EXPENSE, "30", false, "Health", false));
        app.services.schedules().add(alice, monthly("Power", TxKind.EXPENSE, "85", true, "Utilities", false));
        app.services.schedules().add(alice, new NewSchedule("Salary", null, TxKind.INCOME, null, "2500", false, "Salary", List.of(), "", "",
                List.of(), new Recurrence(Frequency.MONTH, 1, 15, 0, null, FIRST, null, 0), WeekendPolicy.KEEP, true));
        app.clock.advance(Duration.ofDays(8)); // to Wednesday 2026-12-02
        return app;
    }

    @Test
    void aLoginPostsTheAutomaticScheduleThatFellDueAndSaysSoAndWhatWaits() {
        VirtualTui app = withSchedules(100, 30).logIn("alice", VirtualTui.ALICE_PW);
        app.assertShows("posted 1 scheduled transaction; 2 wait for approval (Dashboard)");
        // Rent is booked once: on the Transactions screen, and not in the panel any more
        app.type("2").assertShows("Rent");
        List<String> rent = app.screen().lines().filter(l -> l.contains("Rent") && l.contains("800.00")).toList();
        assertEquals(1, rent.size(), app.screen());
        app.type("1");
        assertFalse(app.screen().lines().anyMatch(l -> l.contains("! 1 Dec") && l.contains("Rent")), app.screen());
    }

    @Test
    void aLoginWithNothingDueSaysNothingAboutSchedules() {
        VirtualTui app = VirtualTui.withAlice(100, 30, false).logIn("alice", VirtualTui.ALICE_PW);
        app.assertShows("Dashboard");
        assertFalse(app.shows("scheduled transaction"), app.screen());
        assertFalse(app.shows(DuePanel.TITLE), "no schedules: the panel leaves its place to the pie\n" + app.screen());
        app.assertShows("Where the money went");
    }

    @Test
    void theCatchUpSentenceCountsWhatWasPostedAndWhatWaits() {
        Due waiting = new Due("Gym", FIRST, FIRST, TxKind.EXPENSE, Money.of(3_000, "EUR"), false, "Main", "", "Health", "", false, true);
        io.finterm.service.Posted posted = new io.finterm.service.Posted("Rent", FIRST, FIRST, 7, Money.of(80_000, "EUR"), "Main", TxKind.EXPENSE);
        assertEquals(null, LoginCatchUp.sentence(io.finterm.service.CatchUp.NONE));
        assertEquals("posted 2 scheduled transactions",
                LoginCatchUp.sentence(new io.finterm.service.CatchUp(List.of(posted, posted), List.of())));
        assertEquals("1 scheduled transaction waits for approval (Dashboard)",
                LoginCatchUp.sentence(new io.finterm.service.CatchUp(List.of(), List.of(waiting))));
        assertEquals("posted 1 scheduled transaction; 2 wait for approval (Dashboard)",
                LoginCatchUp.sentence(new io.finterm.service.CatchUp(List.of(posted), List.of(waiting, waiting))));
    }

    @ParameterizedTest(name = "at {0}x{1}")
    @CsvSource({"80, 24", "100, 30"})
    void thePanelListsWhatWaitsFirstThenWhatComesWholeBesideTheOtherPanels(int columns, int rows) {
        VirtualTui app = withSchedules(columns, rows).logIn("alice", VirtualTui.ALICE_PW).press(KeyType.ArrowDown).press(KeyType.ArrowUp);
        List<String> lines = app.screen().lines().toList();
        int title = indexOf(lines, DuePanel.TITLE, app);
        int column = lines.get(title).indexOf(DuePanel.TITLE);
        List<String> panel = lines.subList(title + 1, Math.min(lines.size(), title + 4)).stream()
                .map(l -> l.length() > column ? l.substring(column) : "").toList();
        // all in Main, which the title names once; waiting first (marked !, the first one chosen ›), then the
        // coming salary; every word whole
        assertTrue(lines.get(title).contains(DuePanel.TITLE + " in Main"), app.screen());
        assertTrue(panel.get(0).matches("›! 1 Dec\\s+Gym\\s+-€30.00\\s*"), panel + "\n" + app.screen());
        assertTrue(panel.get(1).matches(" ! 1 Dec\\s+Power\\s+~-€85.00\\s*"), panel + "\n" + app.screen());
        assertTrue(panel.get(2).matches("   15 Dec\\s+Salary\\s+\\+€2,500.00\\s*"), panel + "\n" + app.screen());
        assertFalse(String.join("\n", panel).contains("…"), app.screen());
        // the other panels are all still there, and the status line names the panel's keys
        for (String other : List.of("Expenses by category", "Daily spending", "Budgets", "Income, expenses and savings, 12 months",
                "Most unusual", "A post  S skip")) {
            app.assertShows(other);
        }
    }

    @Test
    void aKeyPostsTheChosenWaitingOccurrenceWhichThenShowsOnTransactions() {
        VirtualTui app = withSchedules(100, 30).logIn("alice", VirtualTui.ALICE_PW);
        app.type("A").assertShows("posted Gym of 2026-12-01: €30.00 in Main");
        assertFalse(app.screen().lines().anyMatch(l -> l.contains("Gym") && l.contains("! 1 Dec")), app.screen());
        assertTrue(app.services.schedules().due(app.alice(), 30).stream().noneMatch(d -> d.schedule().equals("Gym") && d.date().equals(FIRST)));
        app.type("2").assertShows("Gym");
        assertTrue(app.screen().lines().anyMatch(l -> l.contains("Gym") && l.contains("30.00")), app.screen());
    }

    @Test
    void anApproximateOneAsksItsRealAmountBeforeItIsPosted() {
        VirtualTui app = withSchedules(100, 30).logIn("alice", VirtualTui.ALICE_PW);
        app.type("j").type("A").assertShows("Post Power of 2026-12-01").assertShows("It is about €85.00");
        for (int i = 0; i < 6; i++) {
            app.press(KeyType.Backspace);
        }
        app.type("91.37").press(KeyType.Enter).assertShows("posted Power of 2026-12-01: €91.37 in Main");
        app.type("2");
        assertTrue(app.screen().lines().anyMatch(l -> l.contains("Power") && l.contains("91.37")), app.screen());
    }

    @Test
    void aRefusedAmountStaysInThePromptBesideItsField() {
        VirtualTui app = withSchedules(100, 30).logIn("alice", VirtualTui.ALICE_PW);
        app.type("j").type("A");
        for (int i = 0; i < 6; i++) {
            app.press(KeyType.Backspace);
        }
        app.type("lots").press(KeyType.Enter).assertShows("Post Power of 2026-12-01").assertShows("✗");
        assertTrue(app.services.schedules().due(app.alice(), 30).stream().anyMatch(d -> d.schedule().equals("Power") && d.waiting()));
    }

    @Test
    void skipRemovesTheChosenOccurrenceWithoutPostingIt() {
        VirtualTui app = withSchedules(100, 30).logIn("alice", VirtualTui.ALICE_PW);
        app.type("S").assertShows("skipped Gym of 2026-12-01: it will not be posted");
        assertFalse(app.screen().lines().anyMatch(l -> l.contains("Gym") && l.contains("1 Dec")), app.screen());
        assertTrue(app.services.schedules().due(app.alice(), 30).stream().noneMatch(d -> d.schedule().equals("Gym") && d.date().equals(FIRST)));
        app.type("2");
        assertFalse(app.shows("Gym"), "skipped, so nothing was booked\n" + app.screen());
    }

    @Test
    void postingOneThatIsNotDueYetAsksFirst() {
        VirtualTui app = withSchedules(100, 30).logIn("alice", VirtualTui.ALICE_PW);
        app.type("jj").type("A").assertShows("Post Salary of 2026-12-15 now,");
        app.type("n");
        assertTrue(app.services.schedules().due(app.alice(), 30).stream().anyMatch(d -> d.schedule().equals("Salary")));
        app.type("A").type("y").assertShows("posted Salary of 2026-12-15: €2,500.00 in Main");
    }

    private static int indexOf(List<String> lines, String text, VirtualTui app) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        throw new AssertionError("no '" + text + "' on\n" + app.screen());
    }
}
