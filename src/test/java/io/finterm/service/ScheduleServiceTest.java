package io.finterm.service;

import static io.finterm.service.ScheduleSpecs.approximate;
import static io.finterm.service.ScheduleSpecs.daily;
import static io.finterm.service.ScheduleSpecs.expense;
import static io.finterm.service.ScheduleSpecs.monthly;
import static io.finterm.service.ScheduleSpecs.transfer;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Money;
import io.finterm.domain.Occurrence;
import io.finterm.domain.OccurrenceState;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.domain.WeekendPolicy;
import io.finterm.store.Schema;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Schedules catch up once and only once, edits apply to the future, and each occurrence can be handled by hand. */
class ScheduleServiceTest {
    /** The fixture's today: Thursday 2026-03-05. */
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
    private final Accounts fx = new Accounts();
    private final ScheduleService schedules = fx.schedules;
    private Session alice = fx.alice();

    private List<Transaction> transactions() {
        return fx.transactions.list(alice, Filter.ALL, Sort.DATE_ASC, 0, 10_000).stream().map(Listed::transaction).toList();
    }

    private List<LocalDate> dates() {
        return transactions().stream().map(Transaction::date).toList();
    }

    private List<Occurrence> occurrences() {
        List<Occurrence> out = new ArrayList<>();
        fx.store.read(rd -> {
            rd.forEach(Schema.OCCURRENCES, out::add);
            return null;
        });
        return out;
    }

    /** Moves today forward, and logs in again (the old session would have ended, idle). */
    private void later(int days) {
        fx.clock.advance(Duration.ofDays(days));
        alice = fx.alice();
    }

    private static List<LocalDate> days(String... iso) {
        return java.util.Arrays.stream(iso).map(LocalDate::parse).toList();
    }

    @Test
    void aScheduleWhoseStartLiesInThePastPostsEveryAutomaticOccurrenceAtOnceAndListsTheOthersAsDue() {
        Added rent = schedules.add(alice, expense("Rent", "1200.00", "Rent", monthly(1, LocalDate.of(2025, 12, 1)), true));
        assertEquals(days("2025-12-01", "2026-01-01", "2026-02-01", "2026-03-01"),
                rent.caughtUp().posted().stream().map(Posted::on).toList());
        assertEquals(days("2025-12-01", "2026-01-01", "2026-02-01", "2026-03-01"), dates());
        for (Transaction t : transactions()) {
            assertEquals(Money.of(120000, "EUR"), t.amount());
            assertEquals(TxKind.EXPENSE, t.kind());
            assertEquals("Rent", t.description()); // the name, as the description is blank
        }
        assertEquals(LocalDate.of(2026, 4, 1), rent.schedule().next());

        Added power = schedules.add(alice, approximate("Electricity", "80.00", "Utilities", monthly(15, LocalDate.of(2026, 1, 15))));
        assertEquals(List.of(), power.caughtUp().posted());
        assertEquals(days("2026-01-15", "2026-02-15"), power.caughtUp().waiting().stream().map(Due::on).toList());
        assertEquals(4, transactions().size(), "an occurrence that needs approval is not posted");
        List<Due> due = schedules.due(alice, 0);
        assertEquals(List.of("Electricity 2026-01-15 waiting", "Electricity 2026-02-15 waiting"),
                due.stream().map(d -> d.schedule() + " " + d.on() + (d.waiting() ? " waiting" : "")).toList());
        assertEquals(2, schedules.list(alice).stream().filter(v -> v.schedule().name().equals("Electricity")).findFirst()
                .orElseThrow().waiting());
    }

    @Test
    void onceMeansOnceRunningTheCatchUpAgainPostsNothingMoreUntilTheNextDate() {
        schedules.add(alice, expense("Rent", "1200.00", "Rent", monthly(1, LocalDate.of(2026, 1, 1)), true));
        assertEquals(3, transactions().size());
        assertEquals(List.of(), schedules.run(alice, null).posted());
        assertEquals(List.of(), schedules.catchUp(alice).posted());
        assertEquals(3, transactions().size());
        later(27); // 2026-04-01
        assertEquals(days("2026-04-01"), schedules.catchUp(alice).posted().stream().map(Posted::on).toList());
        assertEquals(List.of(), schedules.catchUp(alice).posted());
        assertEquals(4, occurrences().size());
    }

    @Test
    void twoSessionsCatchingUpTheSameUserAtOncePostEachOccurrenceOnce() throws Exception {
        schedules.add(alice, expense("Coffee", "3.50", "Dining", daily(TODAY.plusDays(1)), true));
        assertEquals(0, transactions().size());
        later(500); // 500 daily occurrences are due: more than two batches
        Session one = fx.alice();
        Session two = fx.alice();
        CountDownLatch go = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<CatchUp> a = pool.submit(() -> {
                go.await();
                return schedules.catchUp(one);
            });
            Future<CatchUp> b = pool.submit(() -> {
                go.await();
                return schedules.catchUp(two);
            });
            go.countDown();
            assertEquals(500, a.get().posted().size() + b.get().posted().size());
        } finally {
            pool.shutdownNow();
        }
        List<LocalDate> booked = dates();
        assertEquals(500, booked.size());
        assertEquals(500, booked.stream().distinct().count());
        assertEquals(TODAY.plusDays(1), booked.get(0));
        assertEquals(TODAY.plusDays(500), booked.get(499));
        assertEquals(500, occurrences().stream().filter(o -> o.state() == OccurrenceState.POSTED).count());
    }

    @Test
    void theServersDailyCatchUpPostsEveryUsersAutomaticOccurrencesAndNothingThatWaits() {
        Session bob = fx.bob();
        schedules.add(alice, expense("Rent", "1200.00", "Rent", monthly(1, LocalDate.of(2026, 4, 1)), true));
        schedules.add(bob, expense("Gym", "30.00", "Health", monthly(2, LocalDate.of(2026, 4, 2)), true));
        schedules.add(bob, approximate("Power", "80.00", "Utilities", monthly(3, LocalDate.of(2026, 4, 3))));
        assertEquals(0L, schedules.catchUpEveryone());
        fx.clock.advance(Duration.ofDays(30)); // 2026-04-04
        assertEquals(2L, schedules.catchUpEveryone());
        assertEquals(0L, schedules.catchUpEveryone());
        alice = fx.alice();
        assertEquals(days("2026-04-01"), dates());
        Session bobLater = fx.bob();
        assertEquals(List.of("Gym"), fx.transactions.list(bobLater, Filter.ALL, Sort.DATE_ASC, 0, 10).stream()
                .map(l -> l.transaction().description()).toList());
        assertEquals(List.of("Power 2026-04-03"), schedules.due(bobLater, 0).stream().map(d -> d.schedule() + " " + d.on()).toList());
    }

    @Test
    void anEditAppliesToTheFutureAndToWhatStillWaits() {
        schedules.add(alice, expense("Rent", "1200.00", "Rent", monthly(1, LocalDate.of(2026, 1, 1)), true));
        schedules.add(alice, approximate("Electricity", "80.00", "Utilities", monthly(15, LocalDate.of(2026, 2, 15))));
        schedules.edit(alice, "rent", new ScheduleChange(null, null, null, "1300.00", null, null, null, null, null, null, null, null,
                null, null));
        schedules.edit(alice, "Electricity", new ScheduleChange(null, null, null, "95.00", null, null, null, null, null, null, null,
                null, null, null));
        assertEquals(Money.of(9500, "EUR"), schedules.due(alice, 0).get(0).amount(), "a waiting occurrence takes the new terms");
        later(27); // 2026-04-01
        schedules.catchUp(alice);
        assertEquals(List.of(120000L, 120000L, 120000L, 130000L), transactions().stream().map(t -> t.amount().minor()).toList());
    }

    @Test
    void anEditOfTheRuleNeverBringsBackAnOccurrenceHandledBefore() {
        schedules.add(alice, expense("Rent", "1200.00", "Rent", monthly(1, LocalDate.of(2026, 1, 1)), true));
        // The same dates again, from an earlier start: the ones posted must not come back.
        schedules.edit(alice, "Rent", new ScheduleChange(null, null, null, null, null, null, null, null, null, null,
                monthly(1, LocalDate.of(2025, 10, 1)), null, null, null));
        assertEquals(List.of(), schedules.catchUp(alice).posted());
        assertEquals(3, transactions().size());
    }

    @Test
    void pausingStopsTheScheduleAndResumingSkipsWhatFellWhilePaused() {
        schedules.add(alice, expense("Rent", "1200.00", "Rent", monthly(1, LocalDate.of(2026, 1, 1)), true));
        ScheduleView paused = schedules.pause(alice, "Rent");
        assertEquals(TODAY, paused.schedule().pausedOn());
        assertNull(paused.next());
        later(97); // 2026-06-10
        assertEquals(List.of(), schedules.catchUp(alice).posted());
        assertEquals(List.of(), schedules.due(alice, 30));
        schedules.resume(alice, "Rent");
        assertEquals(List.of(), schedules.catchUp(alice).posted());
        ScheduleDetail detail = schedules.show(alice, "Rent");
        assertEquals(List.of("2026-06-01 SKIPPED", "2026-05-01 SKIPPED", "2026-04-01 SKIPPED", "2026-03-01 POSTED",
                "2026-02-01 POSTED", "2026-01-01 POSTED"), detail.handled().stream().map(o -> o.date() + " " + o.state()).toList());
        assertEquals(LocalDate.of(2026, 7, 1), detail.view().next());
        later(21); // 2026-07-01
        assertEquals(days("2026-07-01"), schedules.catchUp(alice).posted().stream().map(Posted::on).toList());
    }

    @Test
    void deletingAScheduleKeepsTheTransactionsItPosted() {
        schedules.add(alice, expense("Rent", "1200.00", "Rent", monthly(1, LocalDate.of(2026, 1, 1)), true));
        schedules.delete(alice, "RENT");
        assertEquals(List.of(), schedules.list(alice));
        assertEquals(List.of(), occurrences());
        assertEquals(days("2026-01-01", "2026-02-01", "2026-03-01"), dates());
    }

    @Test
    void deletingAPostedTransactionDoesNotMakeItComeBack() {
        schedules.add(alice, expense("Rent", "1200.00", "Rent", monthly(1, LocalDate.of(2026, 1, 1)), true));
        Transaction february = transactions().get(1);
        fx.transactions.delete(alice, february.id());
        assertEquals(List.of(), schedules.catchUp(alice).posted());
        assertEquals(days("2026-01-01", "2026-03-01"), dates());
    }

    @Test
    void aScheduledTransferPostsBothLegsWithItsPayeeAndTags() {
        fx.accountBook.add(alice, NewAccount.named("Savings"));
        NewSchedule spec = transfer("Saving", "Main", "Savings", "250.00", monthly(2, LocalDate.of(2026, 3, 2)), true);
        schedules.add(alice, new NewSchedule(spec.name(), spec.account(), spec.kind(), spec.toAccount(), spec.amount(), false, null,
                List.of(), "monthly saving", "Me", List.of("plan"), spec.rule(), spec.weekend(), true));
        List<Transaction> legs = transactions();
        assertEquals(List.of(TxKind.TRANSFER_OUT, TxKind.TRANSFER_IN), legs.stream().map(Transaction::kind).sorted().toList());
        for (Transaction t : legs) {
            assertEquals(LocalDate.of(2026, 3, 2), t.date());
            assertEquals(Money.of(25000, "EUR"), t.amount());
            assertEquals("monthly saving", t.description());
            assertEquals("Me", t.payee());
            assertEquals(List.of("plan"), t.tags());
        }
    }

    @Test
    void anApproximateOccurrenceIsApprovedWithItsRealAmount() {
        schedules.add(alice, approximate("Electricity", "80.00", "Utilities", monthly(15, LocalDate.of(2026, 2, 15))));
        var e = assertThrows(ValidationException.class, () -> schedules.approve(alice, "Electricity", LocalDate.of(2026, 2, 15), null));
        assertEquals("amount: Electricity is approximate (~80.00): give the amount of this one, as in --amount 80.00", e.getMessage());
        assertEquals(0, transactions().size());
        Posted p = schedules.approve(alice, "Electricity", LocalDate.of(2026, 2, 15), "83.20");
        assertEquals(Money.of(8320, "EUR"), p.amount());
        assertEquals(List.of(8320L), transactions().stream().map(t -> t.amount().minor()).toList());
        assertEquals(List.of(), schedules.due(alice, 0));
        var again = assertThrows(ValidationException.class, () -> schedules.approve(alice, "Electricity", LocalDate.of(2026, 2, 15), "1"));
        assertEquals("date: Electricity's occurrence of 2026-02-15 was posted already, as transaction " + p.transactionId(),
                again.getMessage());
    }

    @Test
    void aFutureOccurrencePostedEarlyIsNotPostedAgainWhenItsDayComes() {
        schedules.add(alice, expense("Rent", "1200.00", "Rent", monthly(1, LocalDate.of(2026, 4, 1)), true));
        Posted early = schedules.approve(alice, "Rent", LocalDate.of(2026, 4, 1), null);
        assertEquals(LocalDate.of(2026, 4, 1), early.on());
        later(27); // 2026-04-01
        assertEquals(List.of(), schedules.catchUp(alice).posted());
        assertEquals(days("2026-04-01"), dates());
    }

    @Test
    void anOccurrenceMovedOffAWeekendIsNamedByEitherDate() {
        // 2026-03-01 is a Sunday: booked on Friday 2026-02-27 with "before".
        NewSchedule spec = expense("Rent", "1200.00", "Rent", monthly(1, LocalDate.of(2026, 3, 1)), false);
        schedules.add(alice, new NewSchedule(spec.name(), spec.account(), spec.kind(), null, spec.amount(), false, spec.category(),
                List.of(), "", "", List.of(), spec.rule(), WeekendPolicy.BEFORE, false));
        assertEquals(days("2026-02-27"), schedules.due(alice, 0).stream().map(Due::on).toList());
        Posted p = schedules.approve(alice, "Rent", LocalDate.of(2026, 2, 27), null);
        assertEquals(LocalDate.of(2026, 3, 1), p.date());
        assertEquals(days("2026-02-27"), dates());
    }

    @Test
    void skippingChangingAndLinkingHandleOneOccurrenceEach() {
        schedules.add(alice, expense("Gym", "30.00", "Health", monthly(10, LocalDate.of(2026, 3, 10)), true));
        schedules.skip(alice, "Gym", LocalDate.of(2026, 3, 10));
        schedules.change(alice, "Gym", LocalDate.of(2026, 4, 10), "35.00", null);
        schedules.change(alice, "Gym", LocalDate.of(2026, 4, 10), null, LocalDate.of(2026, 4, 12)); // again: the latest wins, the amount stays
        long bank = fx.transactions.add(alice, new Entry(LocalDate.of(2026, 5, 9), TxKind.EXPENSE, "Health", Money.of(3000, "EUR"),
                "GYM DIRECT DEBIT")).id();
        schedules.link(alice, "Gym", LocalDate.of(2026, 5, 10), bank);
        var twice = assertThrows(ValidationException.class, () -> schedules.link(alice, "Gym", LocalDate.of(2026, 6, 10), bank));
        assertEquals("transaction: transaction " + bank + " stands for an occurrence of a schedule already", twice.getMessage());
        List<Due> coming = schedules.due(alice, 100);
        assertEquals(List.of("2026-04-12 35.00", "2026-06-10 30.00"),
                coming.stream().map(d -> d.on() + " " + d.amount().toDecimalString()).toList());
        later(39); // 2026-04-13
        assertEquals(List.of("2026-04-12 35.00"), schedules.catchUp(alice).posted().stream()
                .map(p -> p.on() + " " + p.amount().toDecimalString()).toList());
        later(60); // 2026-06-12
        assertEquals(days("2026-06-10"), schedules.catchUp(alice).posted().stream().map(Posted::on).toList());
        assertEquals(days("2026-04-12", "2026-05-09", "2026-06-10"), dates());
    }

    @Test
    void aScheduleFromEitherLegOfATransferIsATransferFromTheAccountTheMoneyLeft() {
        fx.accountBook.add(alice, NewAccount.named("Savings"));
        var legs = fx.transfers.transfer(alice, new TransferEntry("Main", "Savings", "250.00", null, LocalDate.of(2026, 3, 2), "save"));
        Added fromIn = schedules.repeat(alice, legs.in().id(), "Saving", monthly(2, LocalDate.of(2026, 4, 2)), WeekendPolicy.KEEP, true);
        assertEquals(List.of("Main", "Savings", ""), List.of(fromIn.schedule().account(), fromIn.schedule().toAccount(),
                fromIn.schedule().category()));
        assertEquals(TxKind.TRANSFER_OUT, fromIn.schedule().schedule().kind());
        assertEquals(Money.of(25000, "EUR"), fromIn.schedule().schedule().amount());
    }

    @Test
    void aScheduleFromATransactionRepeatsItsCategoryAmountAndDescription() {
        long lunch = fx.transactions.add(alice, new Entry(LocalDate.of(2026, 3, 2), TxKind.EXPENSE, "Dining", Money.of(1250, "EUR"),
                "team lunch")).id();
        Added weekly = schedules.repeat(alice, lunch, "Team lunch", new io.finterm.domain.Recurrence(io.finterm.domain.Frequency.WEEK,
                1, 0, 0, null, LocalDate.of(2026, 3, 9), null, 0), WeekendPolicy.KEEP, false);
        assertEquals("Dining", weekly.schedule().category());
        assertEquals(Money.of(1250, "EUR"), weekly.schedule().schedule().amount());
        assertEquals("team lunch", weekly.schedule().schedule().description());
        assertEquals(LocalDate.of(2026, 3, 9), weekly.schedule().next());
        assertTrue(weekly.schedule().rule().startsWith("weekly") || weekly.schedule().rule().startsWith("every"),
                weekly.schedule().rule());
    }
}
