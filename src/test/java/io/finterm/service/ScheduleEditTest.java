package io.finterm.service;

import static io.finterm.service.ScheduleSpecs.approximate;
import static io.finterm.service.ScheduleSpecs.expense;
import static io.finterm.service.ScheduleSpecs.monthly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.domain.Money;
import io.finterm.domain.Occurrence;
import io.finterm.domain.OccurrenceState;
import io.finterm.domain.Recurrence;
import io.finterm.domain.Schedule;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.domain.WeekendPolicy;
import io.finterm.store.Schema;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An edit applies to the occurrences to come and to those still waiting, and never pays a past one twice. */
class ScheduleEditTest {
    /** The fixture's today: Thursday 2026-03-05. */
    private final Accounts fx = new Accounts();
    private final ScheduleService schedules = fx.schedules;
    private Session alice = fx.alice();

    private List<LocalDate> booked() {
        return fx.transactions.list(alice, Filter.ALL, Sort.DATE_ASC, 0, 10_000).stream().map(Listed::transaction)
                .map(Transaction::date).toList();
    }

    private static ScheduleChange amount(String amount) {
        return new ScheduleChange(null, null, null, amount, null, null, null, null, null, null, null, null, null, null);
    }

    private static ScheduleChange rule(Recurrence rule) {
        return new ScheduleChange(null, null, null, null, null, null, null, null, null, null, rule, null, null, null);
    }

    private static NewSchedule split(String name, boolean auto) {
        return new NewSchedule(name, "Main", TxKind.EXPENSE, null, "30.00", false, null,
                List.of(new Entry.SplitEntry("Groceries", Money.of(2000, "EUR"), "veg"), new Entry.SplitEntry("Dining", Money.of(1000, "EUR"), "")),
                "", "", List.of(), monthly(1, LocalDate.of(2026, 1, 1)), WeekendPolicy.KEEP, auto);
    }

    private Schedule stored(String name) {
        return fx.store.read(rd -> ScheduleRows.named(rd, alice.userId(), name));
    }

    @Test
    void movingTheDayOfAPaidMonthToAnEarlierDayDoesNotPayThatMonthAgain() {
        schedules.add(alice, expense("Rent", "1200.00", "Rent", monthly(1, LocalDate.of(2026, 1, 1)), true));
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1)), booked());
        ScheduleView edited = schedules.edit(alice, "Rent", rule(monthly(3, LocalDate.of(2026, 1, 1))));
        assertEquals(List.of(), schedules.catchUp(alice).posted(), "March was paid on the 1st: the 3rd is not due");
        assertEquals(3, booked().size());
        assertEquals(LocalDate.of(2026, 4, 3), edited.next());
        fx.clock.advance(Duration.ofDays(29)); // 2026-04-03
        alice = fx.alice();
        assertEquals(List.of(LocalDate.of(2026, 4, 3)), schedules.catchUp(alice).posted().stream().map(Posted::on).toList());
    }

    @Test
    void anEditOfTheAmountKeepsAnEarlierOccurrenceWaitingAfterALaterOneWasApproved() {
        schedules.add(alice, approximate("Power", "80.00", "Utilities", monthly(15, LocalDate.of(2026, 1, 15))));
        schedules.approve(alice, "Power", LocalDate.of(2026, 2, 15), "82.10");
        schedules.edit(alice, "Power", amount("95.00"));
        assertEquals(List.of("2026-01-15 95.00"), schedules.due(alice, 0).stream()
                .map(d -> d.on() + " " + d.amount().toDecimalString()).toList());
        assertEquals(1, schedules.show(alice, "Power").view().waiting());
        Posted january = schedules.approve(alice, "Power", LocalDate.of(2026, 1, 15), "79.00");
        assertEquals(LocalDate.of(2026, 1, 15), january.on());
    }

    @Test
    void aChangeOfTheRuleIsRefusedWhileAnOccurrenceOfTheOldRuleWaitsNamingItAndTheCommands() {
        schedules.add(alice, approximate("Power", "80.00", "Utilities", monthly(15, LocalDate.of(2026, 1, 15))));
        schedules.approve(alice, "Power", LocalDate.of(2026, 2, 15), "82.10");
        var e = assertThrows(ValidationException.class, () -> schedules.edit(alice, "Power", rule(monthly(20, LocalDate.of(2026, 1, 20)))));
        assertEquals("every: Power's rule cannot change while occurrences of it still wait: 2026-01-15; approve or skip them first "
                + "(finterm schedule approve|skip Power DATE)", e.getMessage());
        assertEquals(15, stored("Power").rule().day(), "nothing was written");
        schedules.skip(alice, "Power", LocalDate.of(2026, 1, 15));
        schedules.edit(alice, "Power", rule(monthly(20, LocalDate.of(2026, 1, 20))));
        assertEquals(List.of("2026-03-20"), schedules.due(alice, 30).stream().map(d -> d.on().toString()).toList());
    }

    @Test
    void changingTheAmountOfASplitScheduleDropsTheOwnAmountOfAChangedOccurrence() {
        schedules.add(alice, split("Shop", false));
        schedules.change(alice, "Shop", LocalDate.of(2026, 1, 1), "30.00", LocalDate.of(2026, 1, 3));
        schedules.change(alice, "Shop", LocalDate.of(2026, 2, 1), "30.00", null);
        schedules.edit(alice, "Shop", new ScheduleChange(null, null, null, "36.00", null, null,
                List.of(new Entry.SplitEntry("Groceries", Money.of(2400, "EUR"), "veg"), new Entry.SplitEntry("Dining", Money.of(1200, "EUR"), "")),
                null, null, null, null, null, null, null));
        assertEquals(List.of("2026-01-03 36.00", "2026-02-01 36.00", "2026-03-01 36.00"), schedules.due(alice, 0).stream()
                .map(d -> d.on() + " " + d.amount().toDecimalString()).toList());
        Posted moved = schedules.approve(alice, "Shop", LocalDate.of(2026, 1, 3), null);
        assertEquals(Money.of(3600, "EUR"), moved.amount());
    }

    /** A CHANGED row the lines cannot book, written past the service (as an older finterm or a restore may have left it). */
    private void unbookable(String name, LocalDate date) {
        Schedule s = stored(name);
        fx.store.write(tx -> tx.insert(Schema.OCCURRENCES, new Occurrence(tx.nextId(Schema.OCCURRENCES), s.userId(), s.id(), date,
                OccurrenceState.CHANGED, 0, Money.of(1000, "EUR"), null)));
    }

    @Test
    void anOccurrenceThatCannotBePostedWaitsWithItsReasonAndTheOthersArePosted() {
        schedules.add(alice, split("Shop", true));
        schedules.add(alice, expense("Rent", "1200.00", "Rent", monthly(2, LocalDate.of(2026, 4, 2)), true));
        fx.clock.advance(Duration.ofDays(59)); // 2026-05-03
        alice = fx.alice();
        unbookable("Shop", LocalDate.of(2026, 4, 1));
        CatchUp caught = schedules.catchUp(alice);
        assertEquals(List.of("Rent 2026-04-02", "Rent 2026-05-02", "Shop 2026-05-01"),
                caught.posted().stream().map(p -> p.schedule() + " " + p.on()).toList());
        assertEquals(List.of("Shop 2026-04-01"), caught.waiting().stream().map(d -> d.schedule() + " " + d.on()).toList());
        var e = assertThrows(ValidationException.class, () -> schedules.approve(alice, "Shop", LocalDate.of(2026, 4, 1), null));
        assertEquals(true, e.getMessage().startsWith("amount: Shop is split, and its lines add up to 30.00"), e.getMessage());
        assertEquals(List.of(), schedules.catchUp(alice).posted());
    }

    @Test
    void theServersCatchUpGoesOnToTheNextUserWhenOnesOccurrenceCannotBePosted() {
        Session bob = fx.bob();
        schedules.add(alice, split("Shop", true));
        schedules.add(bob, expense("Gym", "30.00", "Health", monthly(2, LocalDate.of(2026, 4, 2)), true));
        unbookable("Shop", LocalDate.of(2026, 4, 1));
        fx.clock.advance(Duration.ofDays(30)); // 2026-04-04
        assertEquals(1L, schedules.catchUpEveryone(), "bob's Gym; alice's Shop waits");
    }

    @Test
    void anOccurrenceNamingAnotherUsersTransactionNeverShowsThatTransaction() {
        Session bob = fx.bob();
        Transaction his = fx.transactions.add(bob, new Entry(LocalDate.of(2026, 2, 20), TxKind.EXPENSE, "Health", Money.of(987654, "EUR"),
                "private"));
        schedules.add(alice, expense("Gym", "30.00", "Health", monthly(10, LocalDate.of(2026, 2, 10)), false));
        Schedule s = stored("Gym");
        fx.store.write(tx -> tx.insert(Schema.OCCURRENCES, new Occurrence(tx.nextId(Schema.OCCURRENCES), s.userId(), s.id(),
                LocalDate.of(2026, 2, 10), OccurrenceState.LINKED, his.id(), null, null)));
        OccurrenceView shown = schedules.show(alice, "Gym").handled().get(0);
        assertEquals(List.of(LocalDate.of(2026, 2, 10), Money.of(3000, "EUR"), 0L), List.of(shown.on(), shown.amount(), shown.transactionId()));
    }
}
