package io.finterm.service;

import static io.finterm.service.ScheduleSpecs.approximate;
import static io.finterm.service.ScheduleSpecs.expense;
import static io.finterm.service.ScheduleSpecs.monthly;
import static io.finterm.service.ScheduleSpecs.transfer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.domain.Frequency;
import io.finterm.domain.Recurrence;
import io.finterm.domain.Schedule;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.domain.WeekendPolicy;
import io.finterm.store.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Each bad schedule is refused with one sentence naming the option, and nothing is written. */
class ScheduleRefusalsTest {
    private final Accounts fx = new Accounts();
    private final ScheduleService schedules = fx.schedules;
    private final Session alice = fx.alice();

    private List<Object> everything() {
        List<Object> out = new ArrayList<>();
        fx.store.read(rd -> {
            for (var table : List.of(Schema.USERS, Schema.ACCOUNTS, Schema.CATEGORIES, Schema.TRANSACTIONS, Schema.SCHEDULES,
                    Schema.OCCURRENCES)) {
                rd.forEach(table, out::add);
            }
            return null;
        });
        return out;
    }

    /** Runs {@code call}, which must be refused with {@code field}; returns the sentence after checking that nothing changed. */
    private String refused(String field, Executable call) {
        List<Object> before = everything();
        ValidationException e = assertThrows(ValidationException.class, call);
        assertEquals(field, e.field(), e.getMessage());
        assertEquals(before, everything(), "a refusal wrote something");
        return e.getMessage();
    }

    private static NewSchedule with(NewSchedule n, Supplier<Recurrence> rule) {
        return new NewSchedule(n.name(), n.account(), n.kind(), n.toAccount(), n.amount(), n.approximate(), n.category(), n.splits(),
                n.description(), n.payee(), n.tags(), rule.get(), n.weekend(), n.auto());
    }

    @Test
    void aYearlyRuleOnADayItsMonthNeverHasIsRefusedAsOneThatNeverFires() {
        Recurrence feb31 = new Recurrence(Frequency.YEAR, 1, 31, 0, null, LocalDate.of(2026, 2, 1), null, 0);
        String m = refused("every", () -> schedules.add(alice, expense("Odd", "10.00", "Other", feb31, true)));
        assertEquals(true, m.startsWith("every: the rule never fires"), m);
    }

    @Test
    void aRuleWithNoDateBetweenItsStartAndItsEndIsRefused() {
        Recurrence none = new Recurrence(Frequency.MONTH, 1, 1, 0, null, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 20), 0);
        refused("every", () -> schedules.add(alice, expense("Odd", "10.00", "Other", none, true)));
    }

    @Test
    void anEndBeforeTheStartIsRefused() {
        String m = refused("end", () -> schedules.add(alice, with(expense("Odd", "10.00", "Other", null, true),
                () -> new Recurrence(Frequency.MONTH, 1, 1, 0, null, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 1), 0))));
        assertEquals("end: 2026-04-01 is before the start 2026-05-01", m);
    }

    @Test
    void aTransferToTheSameAccountIsRefusedNamingTo() {
        String m = refused("to", () -> schedules.add(alice, transfer("Loop", "Main", "main", "10.00", monthly(1, LocalDate.of(2026, 4, 1)), true)));
        assertEquals("to: a transfer goes to another account than Main, which it leaves", m);
    }

    @Test
    void aTransferAcrossCurrenciesIsRefusedNamingTo() {
        fx.accountBook.add(alice, new NewAccount("Dollars", null, java.util.Currency.getInstance("USD"), null, null, true));
        refused("to", () -> schedules.add(alice, transfer("Fx", "Main", "Dollars", "10.00", monthly(1, LocalDate.of(2026, 4, 1)), true)));
    }

    @Test
    void anApproximateAmountWithAutomaticPostingIsRefused() {
        NewSchedule a = approximate("Power", "80.00", "Utilities", monthly(15, LocalDate.of(2026, 1, 15)));
        String m = refused("approx", () -> schedules.add(alice, new NewSchedule(a.name(), a.account(), a.kind(), null, a.amount(), true,
                a.category(), List.of(), "", "", List.of(), a.rule(), WeekendPolicy.KEEP, true)));
        assertEquals("approx: an approximate amount cannot be posted automatically: it waits for approval, where its real amount "
                + "is given; make the schedule automatic or approximate, not both", m, "one sentence for the app and the command line alike, "
                + "naming no option of either");
    }

    @Test
    void aSecondScheduleOfTheSameNameIsRefusedWhateverItsCase() {
        schedules.add(alice, expense("Rent", "1200.00", "Rent", monthly(1, LocalDate.of(2026, 4, 1)), true));
        assertEquals("name: you have a schedule called Rent already",
                refused("name", () -> schedules.add(alice, expense("RENT", "5.00", "Rent", monthly(2, LocalDate.of(2026, 4, 2)), true))));
        schedules.add(alice, expense("Gym", "30.00", "Health", monthly(2, LocalDate.of(2026, 4, 2)), true));
        refused("name", () -> schedules.edit(alice, "gym", new ScheduleChange(null, null, null, null, null, null, null, null, null, null,
                null, null, null, "rent")));
    }

    @Test
    void unknownNamesAndBadAmountsAreRefusedNamingTheirOption() {
        Recurrence rule = monthly(1, LocalDate.of(2026, 4, 1));
        refused("account", () -> schedules.add(alice, new NewSchedule("X", "Nowhere", TxKind.EXPENSE, null, "1.00", false, "Rent",
                List.of(), "", "", List.of(), rule, WeekendPolicy.KEEP, true)));
        refused("category", () -> schedules.add(alice, expense("X", "1.00", "Nothing", rule, true)));
        refused("amount", () -> schedules.add(alice, expense("X", "1.001", "Rent", rule, true)));
        refused("amount", () -> schedules.add(alice, expense("X", "0", "Rent", rule, true)));
        // Rent is an expense category, not an income one
        refused("category", () -> schedules.add(alice, new NewSchedule("X", "Main", TxKind.INCOME, null, "1.00", false, "Rent",
                List.of(), "", "", List.of(), rule, WeekendPolicy.KEEP, true)));
        refused("to", () -> schedules.add(alice, new NewSchedule("X", "Main", TxKind.EXPENSE, "Main", "1.00", false, "Rent", List.of(),
                "", "", List.of(), rule, WeekendPolicy.KEEP, true)));
        refused("type", () -> schedules.add(alice, new NewSchedule("X", "Main", null, null, "1.00", false, "Rent", List.of(),
                "", "", List.of(), rule, WeekendPolicy.KEEP, true)));
    }

    @Test
    void aThousandAndFirstScheduleIsRefused() {
        Schedule first = schedules.add(alice, expense("S0", "1.00", "Rent", monthly(1, LocalDate.of(2026, 4, 1)), false)).schedule().schedule();
        fx.store.write(tx -> {
            for (int i = 1; i < Schedule.MAX_PER_USER; i++) {
                tx.insert(Schema.SCHEDULES, new Schedule(tx.nextId(Schema.SCHEDULES), first.userId(), "S" + i, first.accountId(),
                        first.kind(), 0, first.categoryId(), first.amount(), false, "", "", List.of(), List.of(), first.rule(),
                        first.weekend(), false, null, first.dueFrom()));
            }
            return null;
        });
        assertEquals("name: you have 1000 schedules, the most one person may keep; delete one you no longer need first",
                refused("name", () -> schedules.add(alice, expense("One more", "1.00", "Rent", monthly(1, LocalDate.of(2026, 4, 1)), false))));
        schedules.add(fx.bob(), expense("One more", "1.00", "Rent", monthly(1, LocalDate.of(2026, 4, 1)), false)); // bob has his own thousand
    }

    @Test
    void anOccurrenceTheScheduleDoesNotHaveIsRefusedAndNothingIsWritten() {
        schedules.add(alice, expense("Rent", "1200.00", "Rent", monthly(1, LocalDate.of(2026, 4, 1)), false));
        assertEquals("date: Rent has no occurrence on 2026-04-15",
                refused("date", () -> schedules.skip(alice, "Rent", LocalDate.of(2026, 4, 15))));
        refused("amount", () -> schedules.change(alice, "Rent", LocalDate.of(2026, 4, 1), null, null));
        refused("amount", () -> schedules.approve(alice, "Rent", LocalDate.of(2026, 4, 1), "abc"));
    }

    @Test
    void anotherUsersScheduleIsAnsweredExactlyAsAMissingOne() {
        schedules.add(alice, expense("Rent", "1200.00", "Rent", monthly(1, LocalDate.of(2026, 4, 1)), false));
        Session bob = fx.bob();
        String missing = refused("name", () -> schedules.show(bob, "Nothing"));
        assertEquals("name: you have no schedule called Nothing; `finterm schedule list` shows yours", missing);
        assertEquals(missing.replace("Nothing", "Rent"), refused("name", () -> schedules.show(bob, "Rent")));
        refused("name", () -> schedules.approve(bob, "Rent", LocalDate.of(2026, 4, 1), null));
        refused("name", () -> schedules.skip(bob, "Rent", LocalDate.of(2026, 4, 1)));
        refused("name", () -> schedules.pause(bob, "Rent"));
        refused("name", () -> schedules.delete(bob, "Rent"));
        assertEquals(List.of(), schedules.list(bob));
        assertEquals(List.of(), schedules.due(bob, 365));
        assertEquals(1, schedules.list(alice).size());
        // bob may have a Rent of his own: names are unique per user
        schedules.add(bob, expense("Rent", "900.00", "Rent", monthly(1, LocalDate.of(2026, 4, 1)), false));
        assertEquals("1200.00", schedules.show(alice, "Rent").view().schedule().amount().toDecimalString());
    }

    @Test
    void aTransactionOfAnotherUserCannotBeLinkedOrRepeated() {
        schedules.add(alice, expense("Rent", "1200.00", "Rent", monthly(1, LocalDate.of(2026, 4, 1)), false));
        Session bob = fx.bob();
        long bobs = fx.transactions.add(bob, new io.finterm.service.Entry(LocalDate.of(2026, 4, 1), TxKind.EXPENSE, "Rent",
                io.finterm.domain.Money.of(120000, "EUR"), "rent")).id();
        List<Object> before = everything();
        assertThrows(NoSuchTransaction.class, () -> schedules.link(alice, "Rent", LocalDate.of(2026, 4, 1), bobs));
        assertThrows(NoSuchTransaction.class, () -> schedules.repeat(alice, bobs, "Copy", monthly(1, LocalDate.of(2026, 5, 1)),
                WeekendPolicy.KEEP, false));
        assertEquals(before, everything());
    }
}
