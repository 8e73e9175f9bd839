package io.finterm.service;

import static io.finterm.service.ScheduleSpecs.expense;
import static io.finterm.service.ScheduleSpecs.monthly;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.analysis.Totals;
import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.Occurrence;
import io.finterm.domain.OccurrenceState;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.store.Schema;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * Each change to a schedule or to one of its occurrences is a step of the person's, and what a catch-up posts is one
 * step too, which a person can undo: the occurrence is then skipped, so that no catch-up posts it again.
 */
class UndoSchedulesTest {
    /** The fixture's today is Thursday 2026-03-05; Rent falls on the 10th. */
    private static final LocalDate MARCH_10 = LocalDate.of(2026, 3, 10);
    private final Accounts fx = new Accounts();
    private final ScheduleService schedules = fx.schedules;
    private Session alice = fx.alice();

    private void rent(boolean auto) {
        schedules.add(alice, expense("Rent", "1050.00", "Rent", monthly(10, MARCH_10), auto));
    }

    private void later(int days) {
        fx.clock.advance(Duration.ofDays(days));
        alice = fx.alice();
    }

    private void undoneAndRedone(String label, Consumer<Session> change) {
        List<String> before = StoreState.of(fx.store);
        change.accept(alice);
        List<String> after = StoreState.of(fx.store);
        assertNotEquals(before, after);
        assertEquals(label, fx.undo.undo(alice, 1).get(0).label());
        assertEquals(before, StoreState.of(fx.store));
        assertEquals(label, fx.undo.redo(alice, 1).get(0).label());
        assertEquals(after, StoreState.of(fx.store));
        assertTrue(fx.store.check().ok());
    }

    private List<Occurrence> occurrences() {
        List<Occurrence> out = new ArrayList<>();
        fx.store.read(rd -> {
            rd.forEach(Schema.OCCURRENCES, out::add);
            return null;
        });
        return out;
    }

    private List<Transaction> transactions() {
        return fx.transactions.list(alice, Filter.ALL, Sort.DATE_ASC, 0, 1000).stream().map(Listed::transaction).toList();
    }

    private Totals totals() {
        return fx.reports.totals(alice, null, null, Totals.By.MONTH_CATEGORY, null, Filter.ALL);
    }

    @Test
    void aNewScheduleIsUndoneAndRedone() {
        undoneAndRedone("new schedule 'Rent'", s -> schedules.add(s, expense("Rent", "1050.00", "Rent", monthly(10, MARCH_10), true)));
        long gym = fx.transactions.add(alice, new Entry(LocalDate.of(2026, 3, 1), TxKind.EXPENSE, "Entertainment", Money.of(3_000, "EUR"),
                "Gym")).id();
        undoneAndRedone("new schedule 'Gym'", s -> schedules.repeat(s, gym, "Gym", monthly(1, LocalDate.of(2026, 4, 1)),
                io.finterm.domain.WeekendPolicy.KEEP, false));
    }

    @Test
    void editPauseResumeAndDeleteOfAScheduleAreEachUndoneAndRedone() {
        rent(false);
        undoneAndRedone("edit of schedule 'Rent'", s -> schedules.edit(s, "Rent", new ScheduleChange(null, null, null, "1100.00",
                null, null, null, null, null, null, null, null, null, null)));
        undoneAndRedone("pause of schedule 'Rent'", s -> schedules.pause(s, "rent"));
        later(40); // 10 March and 10 April fall while it is paused: resume skips them
        undoneAndRedone("resume of schedule 'Rent'", s -> schedules.resume(s, "Rent"));
        assertEquals(2, occurrences().size());
        undoneAndRedone("delete of schedule 'Rent'", s -> schedules.delete(s, "Rent")); // with the skipped occurrences
        fx.undo.undo(alice, 1);
        assertEquals(2, occurrences().size());
    }

    @Test
    void skipChangeApproveAndLinkOfAnOccurrenceAreEachUndoneAndRedone() {
        rent(false);
        undoneAndRedone("skip of 'Rent' on 2026-03-10", s -> schedules.skip(s, "Rent", MARCH_10));
        undoneAndRedone("change of 'Rent' on 2026-04-10", s -> schedules.change(s, "Rent", LocalDate.of(2026, 4, 10), "999.00", null));
        undoneAndRedone("approval of 'Rent' on 2026-04-10 (€999.00)", s -> schedules.approve(s, "Rent", LocalDate.of(2026, 4, 10), null));
        long paid = fx.transactions.add(alice, new Entry(LocalDate.of(2026, 5, 9), TxKind.EXPENSE, "Rent", Money.of(105_000, "EUR"),
                "rent by hand")).id();
        undoneAndRedone("link of 'Rent' on 2026-05-10 to transaction " + paid, s -> schedules.link(s, "Rent", LocalDate.of(2026, 5, 10), paid));
    }

    @Test
    void anUndonePostOfTheCatchUpLeavesTheOccurrenceSkippedSoTheNextCatchUpDoesNotPostItAndRedoPostsItBack() {
        rent(true);
        List<String> before = StoreState.of(fx.store);
        Totals totalsBefore = totals();
        List<AccountLine> balancesBefore = fx.accountBook.list(alice);
        later(6);
        assertEquals(1, schedules.catchUp(alice).posted().size());
        List<String> posted = StoreState.of(fx.store);
        assertEquals(1, transactions().size());

        assertEquals("Rent posted by its schedule", fx.undo.undo(alice, 1).get(0).label());
        assertEquals(List.of(), transactions());
        assertEquals(totalsBefore, totals());
        assertEquals(balancesBefore, fx.accountBook.list(alice));
        assertEquals(List.of(OccurrenceState.SKIPPED), occurrences().stream().map(Occurrence::state).toList());
        assertEquals(MARCH_10, occurrences().get(0).date());
        assertNotEquals(before, StoreState.of(fx.store)); // the skipped row is the difference

        later(1);
        assertEquals(List.of(), schedules.catchUp(alice).posted());
        assertEquals(List.of(), transactions());

        assertEquals("Rent posted by its schedule", fx.undo.redo(alice, 1).get(0).label());
        assertEquals(posted, StoreState.of(fx.store));
        assertEquals(OccurrenceState.POSTED, occurrences().get(0).state());
        assertTrue(fx.store.check().ok());
    }

    @Test
    void aCatchUpIsOneStepForEverythingItPostedAndItDoesNotClearWhatThePersonCouldRedo() {
        rent(true);
        schedules.add(alice, expense("Gym", "30.00", "Entertainment", monthly(8, LocalDate.of(2026, 3, 8)), true));
        Transaction coffee = fx.transactions.add(alice, new Entry(LocalDate.of(2026, 3, 5), TxKind.EXPENSE, "Dining",
                Money.of(350, "EUR"), "coffee"));
        fx.undo.undo(alice, 1);
        later(40); // Gym on 8 March and 8 April, Rent on 10 March and 10 April
        assertEquals(4, schedules.catchUp(alice).posted().size());

        UndoService.StepView newest = fx.undo.list(alice, 2).get(0);
        assertEquals("Gym, Rent posted by their schedules (4 times)", newest.label()); // the schedules by name
        assertEquals("add of 'coffee' €3.50 on 2026-03-05", fx.undo.redo(alice, 1).get(0).label());
        assertEquals(5, transactions().size());
        assertTrue(transactions().stream().anyMatch(t -> t.id() == coffee.id()));
    }

    @Test
    void undoOfACatchUpIsRefusedWhenAPostedRowWasEditedOutsideTheHistory() {
        rent(true);
        later(6);
        schedules.catchUp(alice);
        Transaction t = transactions().get(0);
        fx.store.write(tx -> tx.update(Schema.TRANSACTIONS, t.withPayeeAndTags("Landlord", List.of())));
        List<String> now = StoreState.of(fx.store);

        FintermException e = assertThrows(FintermException.class, () -> fx.undo.undo(alice, 1));
        assertEquals("cannot undo Rent posted by its schedule: transaction " + t.id() + " (2026-03-10 'Landlord') was edited "
                + "after this step; nothing was undone", e.getMessage());
        assertEquals(now, StoreState.of(fx.store));
    }

    @Test
    void aScheduleStartedInThePastIsOneStepAndWhatItPostedAnotherWhoseUndoLeavesTheScheduleWithItsDaysSkipped() {
        schedules.add(alice, expense("Rent", "1050.00", "Rent", monthly(1, LocalDate.of(2026, 1, 1)), true));
        assertEquals(List.of("Rent posted by its schedule (3 times)", "new schedule 'Rent'"),
                fx.undo.list(alice, 2).stream().map(UndoService.StepView::label).toList());
        fx.undo.undo(alice, 1);
        assertEquals(List.of(), transactions());
        assertEquals(List.of(OccurrenceState.SKIPPED, OccurrenceState.SKIPPED, OccurrenceState.SKIPPED),
                occurrences().stream().map(Occurrence::state).toList());
        assertEquals(List.of(), schedules.catchUp(alice).posted());
        assertEquals(1, schedules.list(alice).size());
    }

    @Test
    void undoingTheScheduleAfterItsPostsTakesTheSkippedDaysWithItAndRedoingBothPostsThemAgain() {
        schedules.add(alice, expense("Rent", "1050.00", "Rent", monthly(1, LocalDate.of(2026, 1, 1)), true));
        List<String> posted = StoreState.of(fx.store);
        fx.undo.undo(alice, 2);
        assertEquals(List.of(), schedules.list(alice));
        assertEquals(List.of(), occurrences());
        assertEquals(List.of(), transactions());
        fx.undo.redo(alice, 2);
        assertEquals(posted, StoreState.of(fx.store));
        assertEquals(3, transactions().size());
    }

    @Test
    void anOccurrenceWithItsOwnAmountPostedByTheCatchUpIsSkippedByTheUndoAndNotPostedAgain() {
        rent(true);
        schedules.change(alice, "Rent", MARCH_10, "999.00", null);
        later(6);
        assertEquals(io.finterm.domain.Money.of(99_900, "EUR"), schedules.catchUp(alice).posted().get(0).amount());
        fx.undo.undo(alice, 1);
        assertEquals(List.of(), transactions());
        later(1);
        assertEquals(List.of(), schedules.catchUp(alice).posted());
        assertEquals(List.of(), transactions());
    }

    @Test
    void redoTakesTheStepUndoneLastEvenWhenACatchUpCameBetween() {
        rent(true);
        schedules.delete(alice, "Rent");
        fx.undo.undo(alice, 1); // the schedule is back
        later(6);
        assertEquals(1, schedules.catchUp(alice).posted().size());
        assertEquals("Rent posted by its schedule", fx.undo.undo(alice, 1).get(0).label());
        // the catch-up was undone last: redo is the catch-up, not the older delete
        assertEquals("Rent posted by its schedule", fx.undo.redo(alice, 1).get(0).label());
        assertEquals(1, transactions().size());
        // the delete comes next, and is refused: the occurrence the redone catch-up posted is in its way
        List<String> now = StoreState.of(fx.store);
        FintermException e = assertThrows(FintermException.class, () -> fx.undo.redo(alice, 1));
        assertTrue(e.getMessage().startsWith("cannot redo delete of schedule 'Rent': schedule 'Rent' has the occurrence of 2026-03-10"),
                e.getMessage());
        assertEquals(now, StoreState.of(fx.store));
        assertTrue(fx.store.check().ok());
    }
}
