package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.FintermException;
import io.finterm.domain.Frequency;
import io.finterm.domain.Money;
import io.finterm.domain.Recurrence;
import io.finterm.domain.Schedule;
import io.finterm.domain.TxKind;
import io.finterm.domain.WeekendPolicy;
import io.finterm.service.NewSchedule;
import io.finterm.service.Session;
import io.finterm.store.Schema;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the schedules' catch-up at login ends when it does not succeed: a refusal is one sentence on the status line and
 * the app goes on; a session that ended meanwhile takes the way out every other ended session takes.
 */
class LoginCatchUpScreenTest {
    private static final LocalDate FIRST = LocalDate.of(2026, 12, 1);

    /** alice, on the login screen on 2026-12-02, with Rent (€800.00 on the 1st, automatic) due since yesterday. */
    private static VirtualTui withRentDue() {
        VirtualTui app = VirtualTui.withAlice(80, 24, false);
        app.services.schedules().add(app.alice(), new NewSchedule("Rent", null, TxKind.EXPENSE, null, "800", false, "Rent", List.of(), "", "",
                List.of(), new Recurrence(Frequency.MONTH, 1, 1, 0, null, FIRST, null, 0), WeekendPolicy.KEEP, true));
        app.clock.advance(Duration.ofDays(8));
        return app;
    }

    @Test
    void anOccurrenceThatCannotBePostedWaitsAndTheLoginSaysSoAsAnErrorFreeSentenceAndTheRestWorks() {
        VirtualTui app = withRentDue();
        // Rent's stored amount is in dollars while its account keeps euros: posting it is refused (as damaged data would be),
        // and the catch-up leaves it waiting rather than failing, so that one bad occurrence never blocks a login
        app.store.write(tx -> {
            List<Schedule> all = new ArrayList<>();
            tx.forEach(Schema.SCHEDULES, all::add);
            Schedule s = all.get(0);
            return tx.update(Schema.SCHEDULES, new Schedule(s.id(), s.userId(), s.name(), s.accountId(), s.kind(), s.toAccountId(),
                    s.categoryId(), Money.of(80_000, "USD"), s.approximate(), s.description(), s.payee(), s.tags(), s.lines(), s.rule(),
                    s.weekend(), s.auto(), s.pausedOn(), s.dueFrom()));
        });
        app.logIn("alice", VirtualTui.ALICE_PW);
        app.assertShowsWhole("1 scheduled transaction waits for approval (Dashboard)");
        assertFalse(app.tui.messageIsError(), app.screen());
        // and the rest works: the Transactions screen opens, without Rent
        app.type("2").assertShows("Transactions");
        assertFalse(app.shows("Rent"), app.screen());
    }

    @Test
    void aRefusalWithoutAReasonStillMakesASentence() {
        assertEquals("scheduled transactions were not caught up (the rest of finterm works as usual)",
                LoginCatchUp.refusal(new FintermException(null)));
        assertEquals("scheduled transactions were not caught up (the rest of finterm works as usual): the store is busy",
                LoginCatchUp.refusal(new FintermException("the store is busy")));
    }

    @Test
    void anAccountRemovedWhileTheCatchUpRunsLogsOutSayingWhy() {
        VirtualTui app = withRentDue().holdBackground();
        app.logIn("alice", VirtualTui.ALICE_PW).runHeldOnly(); // logged in; the catch-up waits
        app.assertShows("Dashboard");
        Session root = app.services.accounts().login("root", VirtualTui.ROOT_PW.toCharArray(), "terminal");
        app.services.userAdmin().deleteUser(root, "alice");
        app.runBackground();
        app.assertShows("Your account was removed by an administrator.");
        assertFalse(app.shows("not caught up"), app.screen());
    }

    @Test
    void aSessionThatWentIdleWhileTheCatchUpRanLogsOutAsAnIdleOneDoes() {
        VirtualTui app = withRentDue().holdBackground();
        app.logIn("alice", VirtualTui.ALICE_PW).runHeldOnly();
        Session alice = app.tui.session();
        app.clock.advance(Duration.ofMinutes(16));
        app.runBackground();
        assertTrue(alice.ended() != null, "the catch-up found the session idle");
        app.assertShows("You were logged out after 15 minutes without a key press.");
        assertFalse(app.shows("not caught up"), app.screen());
    }
}
