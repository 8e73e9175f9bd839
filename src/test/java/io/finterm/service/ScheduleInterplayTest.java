package io.finterm.service;

import static io.finterm.service.ScheduleSpecs.expense;
import static io.finterm.service.ScheduleSpecs.monthly;
import static io.finterm.service.ScheduleSpecs.transfer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.domain.WeekendPolicy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Schedules name accounts and categories: deleting those is refused with a sentence naming them, a merge moves them. */
class ScheduleInterplayTest {
    private final Accounts fx = new Accounts();
    private final ScheduleService schedules = fx.schedules;
    private Session alice = fx.alice();

    @Test
    void deletingACategoryAScheduleUsesIsRefusedNamingTheSchedule() {
        schedules.add(alice, expense("Weekly shop", "60.00", "Groceries", monthly(1, LocalDate.of(2026, 4, 1)), false));
        var e = assertThrows(ValidationException.class, () -> fx.categories.delete(alice, TxKind.EXPENSE, "Groceries"));
        assertEquals("category: Groceries is used by the schedule Weekly shop; give it another category first "
                + "(finterm schedule edit NAME --category C), or merge Groceries into another expense category, which moves it",
                e.getMessage());
        schedules.add(alice, new NewSchedule("Market", "Main", TxKind.EXPENSE, null, "30.00", false, null,
                List.of(new Entry.SplitEntry("Groceries", Money.of(2000, "EUR"), "veg"), new Entry.SplitEntry("Dining", Money.of(1000, "EUR"), "")),
                "", "", List.of(), monthly(2, LocalDate.of(2026, 4, 2)), WeekendPolicy.KEEP, false));
        var both = assertThrows(ValidationException.class, () -> fx.categories.delete(alice, TxKind.EXPENSE, "Groceries"));
        assertEquals(true, both.getMessage().startsWith("category: Groceries is used by the schedules Market and Weekly shop; give them"),
                both.getMessage());
        assertEquals(2, schedules.list(alice).size());
    }

    @Test
    void mergingACategoryMovesItsSchedulesAndTheirSplitLines() {
        fx.categories.add(alice, TxKind.EXPENSE, "Food");
        schedules.add(alice, expense("Weekly shop", "60.00", "Groceries", monthly(1, LocalDate.of(2026, 4, 1)), false));
        schedules.add(alice, new NewSchedule("Market", "Main", TxKind.EXPENSE, null, "30.00", false, null,
                List.of(new Entry.SplitEntry("Groceries", Money.of(2000, "EUR"), "veg"), new Entry.SplitEntry("Dining", Money.of(1000, "EUR"), "")),
                "", "", List.of(), monthly(2, LocalDate.of(2026, 4, 2)), WeekendPolicy.KEEP, false));
        fx.categories.merge(alice, TxKind.EXPENSE, "Groceries", "Food");
        assertEquals("Food", schedules.show(alice, "Weekly shop").view().category());
        fx.clock.advance(Duration.ofDays(28)); // 2026-04-02: both are due
        alice = fx.alice();
        schedules.approve(alice, "Weekly shop", LocalDate.of(2026, 4, 1), null);
        schedules.approve(alice, "Market", LocalDate.of(2026, 4, 2), null);
        List<String> booked = fx.transactions.list(alice, Filter.ALL, Sort.DATE_ASC, 0, 10).stream().map(Listed::category).toList();
        assertEquals(List.of("Food", "Food" + Listed.SPLIT_SEPARATOR + "Dining"), booked);
    }

    @Test
    void deletingAnAccountASchedulesBooksIntoIsRefusedNamingTheSchedule() {
        fx.accountBook.add(alice, NewAccount.named("Savings"));
        schedules.add(alice, transfer("Saving", "Main", "Savings", "100.00", monthly(1, LocalDate.of(2026, 4, 1)), false));
        var e = assertThrows(ValidationException.class, () -> fx.accountBook.delete(alice, "Savings"));
        assertEquals("account: 'Savings' is named by the schedule Saving; remove it first (finterm schedule delete NAME), "
                + "or close the account instead", e.getMessage());
        schedules.delete(alice, "Saving");
        fx.accountBook.delete(alice, "Savings");
        assertEquals(1, fx.accountBook.list(alice).size());
    }

    @Test
    void closingAnAccountARunningScheduleBooksIntoIsRefusedNamingTheScheduleAndAPausedOneLetsItClose() {
        fx.accountBook.add(alice, NewAccount.named("Savings"));
        schedules.add(alice, transfer("Saving", "Main", "Savings", "100.00", monthly(1, LocalDate.of(2026, 4, 1)), false));
        var e = assertThrows(ValidationException.class, () -> fx.accountBook.close(alice, "Savings"));
        assertEquals("account: 'Savings' is where the schedule Saving books; pause or delete it first (finterm schedule pause NAME), "
                + "then close the account", e.getMessage());
        assertEquals(false, fx.accountBook.list(alice).stream().filter(a -> a.account().name().equals("Savings")).findFirst()
                .orElseThrow().account().closed());
        schedules.pause(alice, "Saving");
        assertEquals(true, fx.accountBook.close(alice, "Savings").closed());
    }

    @Test
    void anAutomaticScheduleIntoAClosedAccountIsNotPostedButWaits() {
        fx.accountBook.add(alice, NewAccount.named("Card"));
        schedules.add(alice, new NewSchedule("Netflix", "Card", TxKind.EXPENSE, null, "12.99", false, "Entertainment", List.of(), "", "",
                List.of(), monthly(20, LocalDate.of(2026, 3, 20)), WeekendPolicy.KEEP, true));
        schedules.pause(alice, "Netflix"); // a running schedule's account cannot be closed
        fx.accountBook.close(alice, "Card");
        schedules.resume(alice, "Netflix");
        fx.clock.advance(Duration.ofDays(16)); // 2026-03-21
        alice = fx.alice();
        CatchUp caught = schedules.catchUp(alice);
        assertEquals(List.of(), caught.posted());
        assertEquals(List.of("Netflix 2026-03-20"), caught.waiting().stream().map(d -> d.schedule() + " " + d.on()).toList());
        var e = assertThrows(ValidationException.class, () -> schedules.approve(alice, "Netflix", LocalDate.of(2026, 3, 20), null));
        assertEquals("account: the account 'Card' is closed; reopen it first", e.getMessage());
        fx.accountBook.reopen(alice, "Card");
        assertEquals(1, schedules.catchUp(alice).posted().size());
    }
}
