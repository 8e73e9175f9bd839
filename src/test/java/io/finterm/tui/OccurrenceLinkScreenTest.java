package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.AccountType;
import io.finterm.domain.Frequency;
import io.finterm.domain.Money;
import io.finterm.domain.OccurrenceState;
import io.finterm.domain.Recurrence;
import io.finterm.domain.TxKind;
import io.finterm.domain.WeekendPolicy;
import io.finterm.service.Entry;
import io.finterm.service.NewAccount;
import io.finterm.service.NewSchedule;
import io.finterm.service.Session;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code l} on the Occurrences page: a pick list of the transactions that could stand for the occurrence
 * (its account, its way, within 10 days, not standing for another one), closest first; none is said in words.
 */
class OccurrenceLinkScreenTest {
    private static final Currency EUR = Currency.getInstance("EUR");

    private static NewSchedule expense(String name, String amount, int day) {
        return new NewSchedule(name, null, TxKind.EXPENSE, null, amount, false, "Utilities", List.of(), "", "", List.of(),
                new Recurrence(Frequency.MONTH, 1, day, 0, null, LocalDate.of(2026, 11, day), null, 0), WeekendPolicy.KEEP, false);
    }

    private static long spend(VirtualTui app, Session s, LocalDate day, TxKind kind, String amount, String what, String account) {
        return app.services.transactions().add(s, new Entry(day, kind, kind == TxKind.INCOME ? "Salary" : "Utilities",
                Money.parse(amount, EUR), what, account, "", List.of(), List.of())).id();
    }

    /** Alice's schedules Gym (linked already to "Gym fee") and Phone, due 2026-11-05, and transactions around that day. */
    private static VirtualTui withTransactions(Session[] alice, long[] ids) {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        Session s = app.alice();
        alice[0] = s;
        app.services.accountBook().add(s, new NewAccount("Savings", AccountType.SAVINGS, EUR, "0", LocalDate.of(2026, 1, 1), true));
        app.services.schedules().add(s, expense("Gym", "30", 4));
        app.services.schedules().add(s, expense("Phone", "20", 5));
        ids[0] = spend(app, s, LocalDate.of(2026, 11, 9), TxKind.EXPENSE, "19.90", "Far shop", null);
        ids[1] = spend(app, s, LocalDate.of(2026, 11, 4), TxKind.EXPENSE, "21.00", "Near shop", null);
        spend(app, s, LocalDate.of(2026, 11, 16), TxKind.EXPENSE, "20.00", "Too late", null);
        spend(app, s, LocalDate.of(2026, 11, 5), TxKind.INCOME, "20.00", "Refund", null);
        spend(app, s, LocalDate.of(2026, 11, 5), TxKind.EXPENSE, "20.00", "Other account", "Savings");
        long gym = spend(app, s, LocalDate.of(2026, 11, 6), TxKind.EXPENSE, "30.00", "Gym fee", null);
        app.services.schedules().link(s, "Gym", LocalDate.of(2026, 11, 4), gym);
        return app;
    }

    @Test
    void linkingOffersTheAccountsNearTransactionsGoingTheSameWayClosestFirstAndLinksThePickedOne() {
        Session[] alice = new Session[1];
        long[] ids = new long[2];
        VirtualTui app = withTransactions(alice, ids);
        app.logIn("alice", VirtualTui.ALICE_PW).type("0").type("j").type("o").assertShows("Occurrences of Phone");
        app.type("l").assertShows("Which transaction stands for Phone of 2026-11-05?");
        String screen = app.screen();
        assertTrue(screen.contains("Near shop") && screen.contains("Far shop"), screen);
        assertTrue(screen.indexOf("2026-11-04  Near shop") < screen.indexOf("2026-11-09  Far shop"), "closest first:\n" + screen);
        for (String left : List.of("Too late", "Refund", "Other account", "Gym fee")) {
            assertFalse(screen.contains(left), left + " is not a candidate:\n" + screen);
        }
        assertFalse(screen.contains("Transaction  "), "no id is asked for:\n" + screen);
        app.press(KeyType.Escape);
        assertFalse(app.shows("Which transaction stands for"), app.screen());
        assertTrue(app.services.schedules().show(alice[0], "Phone").handled().stream().noneMatch(o -> o.state() == OccurrenceState.LINKED));
        app.type("l").press(KeyType.ArrowDown).press(KeyType.ArrowUp).type("j").press(KeyType.Enter);
        app.assertShows("linked 2026-11-09 Far shop to Phone of 2026-11-05");
        var linked = app.services.schedules().show(alice[0], "Phone").handled().stream()
                .filter(o -> o.date().equals(LocalDate.of(2026, 11, 5))).findFirst().orElseThrow();
        assertEquals(OccurrenceState.LINKED, linked.state());
        assertEquals(ids[0], linked.transactionId());
    }

    @Test
    void whenNoTransactionIsNearTheScreenSaysSoInOneSentence() {
        Session[] alice = new Session[1];
        VirtualTui app = withTransactions(alice, new long[2]);
        String main = app.services.accountBook().list(alice[0]).stream().filter(l -> !l.account().name().equals("Savings"))
                .findFirst().orElseThrow().account().name();
        app.logIn("alice", VirtualTui.ALICE_PW).type("0").type("j").type("o").assertShows("Occurrences of Phone");
        app.type("j").type("l"); // 2026-12-05: nothing booked near it
        app.assertShows("no transaction in " + main + " within 10 days of 2026-12-05 goes the same way");
        assertFalse(app.shows("Which transaction stands for"), app.screen());
    }

    @Test
    void aTransactionLinkedElsewhereMeanwhileIsRefusedInOneSentence() {
        Session[] alice = new Session[1];
        long[] ids = new long[2];
        VirtualTui app = withTransactions(alice, ids);
        app.logIn("alice", VirtualTui.ALICE_PW).type("0").type("j").type("o").type("l").assertShows("Near shop");
        // another session links the closest one to the next Gym occurrence before Enter
        app.services.schedules().link(alice[0], "Gym", LocalDate.of(2026, 12, 4), ids[1]);
        app.press(KeyType.Enter);
        app.assertShows("transaction " + ids[1] + " stands for an occurrence of a schedule already");
        assertTrue(app.services.schedules().show(alice[0], "Phone").handled().stream().noneMatch(o -> o.state() == OccurrenceState.LINKED));
    }
}
