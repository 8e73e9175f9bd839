package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.UndoStep;
import io.finterm.store.StepChange;
import io.finterm.store.StepPruning;
import io.finterm.store.Schema;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

/**
 * Retention of the undo history ({@link UndoService#pruneEveryone}): at least the newest 100 steps per
 * person, or all of the last 90 days, whichever keeps more; discarded steps go; the rows' images go with
 * their steps, in bounded transactions; the store checks clean afterwards.
 */
class UndoRetentionTest {
    private final Accounts fx = new Accounts();

    /** A fresh login: the clock moves by days here, and a session ends after 15 idle minutes. */
    private Session alice() {
        return fx.alice();
    }

    private void expenses(int n) {
        for (int i = 0; i < n; i++) {
            fx.transactions.add(fx.alice(), new Entry(LocalDate.of(2026, 3, 1), TxKind.EXPENSE, "Dining", Money.of(100 + i, "EUR"), "meal " + i));
        }
    }

    private List<Long> stepIds() {
        return fx.undo.list(alice(), 10_000).stream().map(UndoService.StepView::id).toList();
    }

    private List<UndoStep> storedSteps() {
        return fx.store.read(rd -> {
            List<UndoStep> out = new ArrayList<>();
            rd.forEach(Schema.STEPS, out::add);
            return out;
        });
    }

    private List<StepChange> storedChanges() {
        return fx.store.read(rd -> {
            List<StepChange> out = new ArrayList<>();
            rd.forEach(Schema.STEP_CHANGES, out::add);
            return out;
        });
    }

    /** Every image left belongs to a step that is left, and each step left still has its image. */
    private void imagesMatchSteps() {
        List<Long> steps = storedSteps().stream().map(UndoStep::id).toList();
        List<Long> imaged = storedChanges().stream().map(StepChange::stepId).distinct().sorted().toList();
        assertEquals(steps.stream().sorted().toList(), imaged);
        assertTrue(fx.store.check().ok(), () -> fx.store.check().toString());
    }

    @Test
    void oldStepsBeyondTheNewestHundredGoAndTheHundredStay() {
        expenses(130);
        List<Long> before = stepIds();
        assertEquals(130, before.size());
        fx.clock.advance(Duration.ofDays(200)); // every step is older than 90 days

        UndoService.Pruned p = fx.undo.pruneEveryone();
        assertEquals(30, p.steps());
        assertEquals(30, p.rows()); // one transaction row each
        assertEquals(before.subList(0, 100), stepIds());
        imagesMatchSteps();
        // the oldest kept can still be undone, all 100 of them in one go
        assertEquals(100, fx.undo.undo(alice(), 100).size());
        assertEquals(30, fx.transactions.list(alice(), Filter.ALL, Sort.DATE_DESC, 0, 1000).size());
    }

    @Test
    void everyStepOfTheLastNinetyDaysStaysWhenThereAreMoreThanAHundred() {
        expenses(40); // old by the time of pruning
        List<Long> old = stepIds();
        fx.clock.advance(Duration.ofDays(100));
        expenses(120);
        List<Long> recent = stepIds().subList(0, 120);
        fx.clock.advance(Duration.ofDays(89)); // the 120 are 89 days old: inside 90

        assertEquals(40, fx.undo.pruneEveryone().steps());
        assertEquals(recent, stepIds());
        assertTrue(stepIds().stream().noneMatch(old::contains));
        imagesMatchSteps();

        fx.clock.advance(Duration.ofDays(2)); // now 91 days old: the newest 100 stay
        assertEquals(20, fx.undo.pruneEveryone().steps());
        assertEquals(recent.subList(0, 100), stepIds());
        imagesMatchSteps();
    }

    @Test
    void withFewerThanAHundredOldStepsTheNewestHundredRuleKeepsOldOnesToo() {
        expenses(30);
        fx.clock.advance(Duration.ofDays(100));
        expenses(50);
        List<Long> all = stepIds();
        assertEquals(0, fx.undo.pruneEveryone().steps());
        assertEquals(all, stepIds());
    }

    @Test
    void discardedStepsGoWithTheirImagesAndNothingElseDoes() {
        expenses(3);
        fx.undo.undo(alice(), 2);
        expenses(1); // clears the two from redo: discarded
        assertEquals(2, storedSteps().stream().filter(s -> s.state() == UndoStep.State.DISCARDED).count());
        List<Long> live = stepIds();

        UndoService.Pruned p = fx.undo.pruneEveryone();
        assertEquals(new UndoService.Pruned(2, 2), p);
        assertTrue(storedSteps().stream().noneMatch(s -> s.state() == UndoStep.State.DISCARDED));
        assertEquals(live, stepIds());
        imagesMatchSteps();
    }

    @Test
    void anUndoneStepBeyondRetentionStaysWithEverythingAfterItSoThatRedoKeepsItsOrder() {
        UndoService tight = new UndoService(fx.store, fx.accounts, new UndoService.Retention(1, 0));
        expenses(5);
        List<Long> five = stepIds(); // newest first
        fx.undo.undo(alice(), 4); // the four newest are undone; the oldest is done
        fx.clock.advance(Duration.ofDays(1));

        // alice's oldest (done, older than what she undid), and the older of the administrator's two user creations
        assertEquals(2, tight.pruneEveryone().steps());
        assertEquals(five.subList(0, 4), stepIds());
        assertEquals(4, fx.undo.redo(alice(), 4).size());
        // the pruned step's expense stays (pruning forgets a step, it takes nothing back), and the four are back
        assertEquals(5, fx.transactions.list(alice(), Filter.ALL, Sort.DATE_DESC, 0, 100).size());
        imagesMatchSteps();
    }

    @Test
    void anUndoBetweenThePlanAndItsWritesKeepsTheStepsItUndidSoRedoHasNoGap() {
        expenses(130);
        List<Long> before = stepIds(); // newest first
        fx.clock.advance(Duration.ofDays(200)); // every step is older than 90 days: the 30 oldest go
        StepPruning pruning = new StepPruning(fx.store);
        StepPruning.Plan plan = pruning.plan(100, fx.clock.instant().minus(Duration.ofDays(90)));
        assertEquals(30, plan.steps()); // alice's 30 oldest; the administrator's two are within the newest hundred

        // a session on the server undoes 105 steps after the plan was read: five planned ones are now UNDONE
        assertEquals(105, fx.undo.undo(alice(), 105).size());
        StepPruning.Pruned p = pruning.carryOut(plan);

        assertEquals(25, p.steps(), "the five planned steps undone since stay");
        assertEquals(before.subList(0, 105), stepIds(), "the undone steps and all after them stay; only the 25 older ones went");
        List<UndoService.Reversed> redone = fx.undo.redo(alice(), 105);
        assertEquals(105, redone.size());
        // redo applies the oldest undone first: the fifth-oldest kept, then every later one, none skipped
        List<Long> oldestFirst = new ArrayList<>(before.subList(0, 105));
        java.util.Collections.reverse(oldestFirst);
        assertEquals(oldestFirst, redone.stream().map(UndoService.Reversed::id).toList());
        assertEquals(130, fx.transactions.list(alice(), Filter.ALL, Sort.DATE_DESC, 0, 1000).size());
        imagesMatchSteps();
    }

    @Test
    void aStepNoLongerBeyondRetentionWhenItsWriteComesStays() {
        expenses(130);
        fx.clock.advance(Duration.ofDays(200));
        StepPruning pruning = new StepPruning(fx.store);
        StepPruning.Plan plan = pruning.plan(100, fx.clock.instant().minus(Duration.ofDays(90)));
        List<Long> before = stepIds();
        // after the plan: five undone and then cleared by a new change, so four of the planned steps are among the newest 100 again
        fx.undo.undo(alice(), 5);
        expenses(1);
        List<Long> live = stepIds();
        assertEquals(126, live.size());

        StepPruning.Pruned p = pruning.carryOut(plan);

        assertEquals(30, plan.steps());
        assertEquals(26, p.steps(), "the 26 oldest are still beyond the newest hundred; the other four planned are not");
        assertEquals(live.subList(0, 100), stepIds(), "the newest hundred stay, even those the plan had meant to remove");
        assertTrue(stepIds().containsAll(before.subList(100, 104)), "the four planned steps that are among the newest hundred again");
        assertEquals(100, fx.undo.undo(alice(), 100).size());
    }

    @Test
    void aBigStepIsRemovedInTransactionsOfAtMostTheChunkSize() {
        Transaction first = fx.transactions.add(alice(), new Entry(LocalDate.of(2026, 3, 1), TxKind.EXPENSE, "Dining",
                Money.of(100, "EUR"), "first"));
        fx.undo.undo(alice(), 1);
        long aliceId = alice().userId(); // before the write: a login writes
        // one step of 25 new rows, made as a service marks a step
        fx.store.write(tx -> {
            tx.recordStep(aliceId, UndoStep.Kind.CHANGE, "big", fx.clock.instant());
            LongStream.range(0, 25).forEach(i -> tx.insert(Schema.TRANSACTIONS, new Transaction(tx.nextId(Schema.TRANSACTIONS),
                    aliceId, first.accountId(), first.date(), TxKind.EXPENSE, first.categoryId(), Money.of(100 + i, "EUR"), "row", 0)));
            return null;
        });
        fx.undo.undo(alice(), 1);
        expenses(1); // discards the big step (25 images) and the first (1)
        long version = fx.store.version();

        StepPruning.Pruned p = new StepPruning(fx.store, 10).prune(100, fx.clock.instant());
        assertEquals(new StepPruning.Pruned(2, 26), p);
        // 26 images and 2 steps at 10 deleted images a transaction (a step's own row not counted beyond it): 3 commits
        assertEquals(3, fx.store.version() - version);
        imagesMatchSteps();
    }
}
