package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Frequency;
import io.finterm.domain.Money;
import io.finterm.domain.Schedule;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.store.Store;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recurring payments found in a user's history on a file store: what is offered, what a schedule covers already, and the
 * schedule that accepting one makes. The fixture's today is Thursday 2026-03-05.
 */
class FoundSchedulesTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
    @TempDir
    Path temp;
    private Accounts fx;
    private Session alice;

    @BeforeEach
    void aFileStore() {
        fx = new Accounts(Store.open(temp.resolve("store")));
        alice = fx.alice();
    }

    @AfterEach
    void close() {
        fx.store.close();
    }

    private long pay(Session s, LocalDate date, TxKind kind, String category, String amount, String payee) {
        return fx.transactions.add(s, new Entry(date, kind, category, Money.parse(amount, java.util.Currency.getInstance("EUR")), "",
                null, payee, List.of(), List.of())).id();
    }

    /** Netflix, 13.30 on the 15th of every month from 2025-01 to 2026-02: 14 times. */
    private List<Long> netflix(Session s) {
        List<Long> ids = new java.util.ArrayList<>();
        for (int m = 0; m < 14; m++) {
            ids.add(pay(s, LocalDate.of(2025, 1, 15).plusMonths(m), TxKind.EXPENSE, "Entertainment", "13.30", "Netflix"));
        }
        return ids;
    }

    private Optional<FoundSchedule> found(Session s, String name) {
        return fx.schedules.find(s).stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst();
    }

    private int transactionCount() {
        return fx.transactions.list(alice, Filter.ALL, Sort.DATE_ASC, 0, 10_000).size();
    }

    @Test
    void aMonthlySubscriptionIsOfferedWithItsRuleItsNextDateAndTheTransactionsItWasFoundIn() {
        List<Long> ids = netflix(alice);
        FoundSchedule f = found(alice, "Netflix").orElseThrow(() -> new AssertionError("Netflix was not found"));
        assertEquals(TxKind.EXPENSE, f.kind());
        assertEquals("Main", f.account());
        assertEquals("Entertainment", f.category());
        assertEquals(Money.of(1330, "EUR"), f.amount());
        assertFalse(f.approximate());
        assertEquals(Frequency.MONTH, f.rule().every());
        assertEquals(1, f.rule().interval());
        assertEquals(15, f.rule().day());
        assertEquals("monthly on the 15th", f.words());
        assertEquals(LocalDate.of(2026, 3, 15), f.next());
        assertEquals(LocalDate.of(2025, 1, 15), f.first());
        assertEquals(LocalDate.of(2026, 2, 15), f.last());
        assertEquals(14, f.times());
        assertEquals(ids.stream().sorted().toList(), f.transactionIds().stream().sorted().toList());
        assertEquals("Netflix, 13.30 EUR monthly on the 15th, 14 times since 2025-01", f.line());
    }

    @Test
    void acceptingMakesAScheduleThatWaitsForApprovalFromTheNextDateAndPostsNothingForThePast() {
        List<Long> ids = netflix(alice);
        int before = transactionCount();
        Added added = fx.schedules.accept(alice, "NETFLIX", null);
        Schedule s = added.schedule().schedule();
        assertEquals("Netflix", s.name());
        assertFalse(s.auto(), "a found schedule waits for approval");
        assertFalse(s.approximate(), "every payment was 13.30");
        assertEquals(Money.of(1330, "EUR"), s.amount());
        assertEquals("Netflix", s.payee(), "it copies the latest transaction");
        assertEquals(LocalDate.of(2026, 3, 15), s.rule().start());
        assertEquals(LocalDate.of(2026, 3, 15), s.dueFrom());
        assertEquals(LocalDate.of(2026, 3, 15), added.schedule().next());
        assertEquals(List.of(), added.caughtUp().posted());
        assertEquals(List.of(), added.caughtUp().waiting());
        assertEquals(before, transactionCount(), "nothing is posted for the past");
        assertTrue(found(alice, "Netflix").isEmpty(), "a series its schedule covers is not offered again");
        assertEquals(ids.size(), before);
    }

    @Test
    void aBillWhoseAmountVariesBecomesAnApproximateScheduleOfItsLatestAmount() {
        String[] amounts = {"80.00", "76.40", "83.10", "79.90", "81.25", "78.00", "84.30", "77.70"};
        for (int m = 0; m < amounts.length; m++) {
            pay(alice, LocalDate.of(2025, 7, 3).plusMonths(m), TxKind.EXPENSE, "Utilities", amounts[m], "City Power");
        }
        assertTrue(found(alice, "City Power").orElseThrow(() -> new AssertionError("City Power was not found")).approximate());
        Schedule s = fx.schedules.accept(alice, "city power", "Power").schedule().schedule();
        assertEquals("Power", s.name());
        assertTrue(s.approximate(), "the amounts vary: each occurrence asks for its real amount");
        assertFalse(s.auto());
        assertEquals(Money.of(7770, "EUR"), s.amount(), "the latest payment's amount");
        assertEquals(LocalDate.of(2026, 3, 3), s.rule().start());
        List<Due> due = fx.schedules.due(alice, 0);
        assertEquals(1, due.size(), "the 3 March payment, not entered yet, waits for approval: " + due);
        assertTrue(due.get(0).waiting());
        assertEquals(8, transactionCount(), "and is not posted");
    }

    @Test
    void acceptingASeriesWithAMissedPaymentLeavesOnlyTheOneLatePaymentWaiting() {
        // the gym on the 1st until 1 January 2026: February missed, 1 March not entered yet (4 days late on 5 March)
        for (int m = 0; m < 11; m++) {
            pay(alice, LocalDate.of(2025, 3, 1).plusMonths(m), TxKind.EXPENSE, "Health", "25.00", "Gym");
        }
        FoundSchedule f = found(alice, "Gym").orElseThrow(() -> new AssertionError("Gym was not found"));
        assertEquals(LocalDate.of(2026, 3, 1), f.next(), "February went unpaid: it is not booked now");
        Added added = fx.schedules.accept(alice, "Gym", null);
        assertEquals(1, added.caughtUp().waiting().size(), "only 1 March waits: " + added.caughtUp().waiting());
        assertEquals(LocalDate.of(2026, 3, 1), added.caughtUp().waiting().get(0).date());
        assertEquals(1, fx.schedules.due(alice, 0).size());
    }

    @Test
    void aPayeeNamedWithADigitIsNotOfferedAgainOnceAccepted() {
        for (int m = 0; m < 10; m++) {
            pay(alice, LocalDate.of(2025, 5, 20).plusMonths(m), TxKind.EXPENSE, "Utilities", "19.99", "O2");
        }
        assertTrue(found(alice, "O2").isPresent(), "O2 was not found");
        assertEquals("O2", fx.schedules.accept(alice, "O2", null).schedule().schedule().name());
        assertEquals(List.of(), fx.schedules.find(alice), "O2's schedule covers it");
    }

    @Test
    void anAcceptedScheduleBooksTheSeriesDescriptionWithoutTheReferenceOfItsLatestPayment() {
        for (int m = 0; m < 8; m++) {
            fx.transactions.add(alice, new Entry(LocalDate.of(2025, 7, 9).plusMonths(m), TxKind.EXPENSE, "Entertainment",
                    Money.parse("10.99", java.util.Currency.getInstance("EUR")), "PAYPAL *SPOTIFY " + (25313507023L + 31 * m), null, "",
                    List.of(), List.of()));
        }
        Schedule s = fx.schedules.accept(alice, "PAYPAL *SPOTIFY", null).schedule().schedule();
        assertEquals("PAYPAL *SPOTIFY", s.description(), "no reference number on every booking to come");
    }

    @Test
    void aTakenNameIsRefusedWithTheOptionToGiveAnotherAndNothingIsWritten() {
        netflix(alice);
        // an income schedule called Netflix does not cover the expense series, but takes its name
        fx.schedules.add(alice, new NewSchedule("Netflix", "Main", TxKind.INCOME, null, "5.00", false, "Other", List.of(), "", "",
                List.of(), ScheduleSpecs.monthly(1, TODAY.plusDays(30)), io.finterm.domain.WeekendPolicy.KEEP, false));
        NameTaken e = assertThrows(NameTaken.class, () -> fx.schedules.accept(alice, "Netflix", null));
        assertEquals("name", e.field());
        assertEquals("Netflix", e.existing());
        assertEquals("name: a schedule named Netflix exists: give the new one another name with --name", e.getMessage());
        assertEquals(1, fx.schedules.list(alice).size());
        NameTaken again = assertThrows(NameTaken.class, () -> fx.schedules.accept(alice, "Netflix", "netflix"));
        assertEquals("name: a schedule named Netflix exists: choose another --name", again.getMessage());
        assertEquals("Netflix 2", fx.schedules.accept(alice, "Netflix", "Netflix 2").schedule().schedule().name());
    }

    @Test
    void anOfferWhosePaymentsChangedBetweenTheReadAndTheWriteIsRefusedAndNothingIsWritten() {
        List<Long> ids = netflix(alice);
        io.finterm.domain.User user = fx.store.read(rd -> rd.get(io.finterm.store.Schema.USERS, alice.userId())).orElseThrow();
        io.finterm.analysis.RecurringFinder.Found offer = fx.store.read(rd -> FoundSchedules.chosen(rd, user.id(), TODAY, "Netflix"));
        fx.transactions.delete(alice, ids.get(ids.size() - 1));
        ValidationException e = assertThrows(ValidationException.class,
                () -> fx.store.write(tx -> FoundSchedules.accepted(tx, user, offer, null)));
        assertEquals("accept: the payments Netflix was found in changed while it was being accepted (one was deleted, or a "
                + "schedule covers them now): look for recurring payments again", e.getMessage());
        assertEquals(List.of(), fx.schedules.list(alice));
    }

    @Test
    void anUnknownNameIsRefusedNamingTheOptionAndTheNamesFound() {
        netflix(alice);
        ValidationException e = assertThrows(ValidationException.class, () -> fx.schedules.accept(alice, "Spotify", null));
        assertEquals("accept", e.field());
        assertTrue(e.getMessage().contains("no recurring payment called Spotify was found"), e.getMessage());
        assertTrue(e.getMessage().contains("Netflix"), e.getMessage());
        assertEquals(List.of(), fx.schedules.list(alice));
    }

    @Test
    void aScheduleOfTheSameKindAndAccountWithThePayeeCoversTheSeriesWhateverItsAmount() {
        netflix(alice);
        fx.schedules.add(alice, new NewSchedule("Streaming", "Main", TxKind.INCOME, null, "13.30", false, "Salary", List.of(),
                "", "netflix", List.of(), ScheduleSpecs.monthly(15, TODAY.plusDays(10)), io.finterm.domain.WeekendPolicy.KEEP, false));
        assertTrue(found(alice, "Netflix").isPresent(), "income named Netflix is not the subscription");
        fx.schedules.delete(alice, "Streaming");
        fx.schedules.add(alice, new NewSchedule("Streaming", "Main", TxKind.EXPENSE, null, "15.99", false, "Entertainment", List.of(),
                "", "netflix", List.of(), ScheduleSpecs.monthly(15, TODAY.plusDays(10)), io.finterm.domain.WeekendPolicy.KEEP, false));
        assertTrue(found(alice, "Netflix").isEmpty(), "the price went up from 13.30 to 15.99: the same subscription, scheduled");
    }

    @Test
    void aSeriesWhoseTransactionsAScheduleStandsForIsNotOfferedWhateverItsTermsBecame() {
        // Gym, 25.00 on the 1st, posted by its own schedule since 2025-06
        fx.schedules.add(alice, new NewSchedule("Gym", "Main", TxKind.EXPENSE, null, "25.00", false, "Health", List.of(), "", "",
                List.of(), ScheduleSpecs.monthly(1, LocalDate.of(2025, 6, 1)), io.finterm.domain.WeekendPolicy.KEEP, true));
        assertTrue(transactionCount() >= 9);
        fx.schedules.edit(alice, "Gym", new ScheduleChange(null, null, null, "90.00", null, null, null, null, null, null,
                null, null, null, null));
        assertEquals(List.of(), fx.schedules.find(alice), "the posted transactions stand for the schedule's occurrences");
    }

    @Test
    void transfersAndAnotherUsersHistoryAreNotOffered() {
        netflix(alice);
        fx.accountBook.add(alice, NewAccount.named("Savings"));
        for (int m = 0; m < 12; m++) {
            fx.transfers.transfer(alice, new TransferEntry("Main", "Savings", "200.00", null, LocalDate.of(2025, 3, 1).plusMonths(m),
                    "saving"));
        }
        assertEquals(List.of("Netflix"), fx.schedules.find(alice).stream().map(FoundSchedule::name).toList());
        Session bob = fx.bob();
        assertEquals(List.of(), fx.schedules.find(bob));
        ValidationException e = assertThrows(ValidationException.class, () -> fx.schedules.accept(bob, "Netflix", null));
        assertEquals("accept", e.field());
        assertEquals(List.of(), fx.schedules.list(alice));
        assertEquals(List.of(), fx.schedules.list(bob));
    }
}
