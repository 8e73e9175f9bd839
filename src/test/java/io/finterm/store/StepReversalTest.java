package io.finterm.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Category;
import io.finterm.domain.Frequency;
import io.finterm.domain.Recurrence;
import io.finterm.domain.WeekendPolicy;
import io.finterm.domain.Money;
import io.finterm.domain.Occurrence;
import io.finterm.domain.OccurrenceState;
import io.finterm.domain.Schedule;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.UndoStep;
import io.finterm.domain.User;
import io.finterm.testdata.LedgerGenerator;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Steps recorded by write transactions, and their undo and redo, on a file store. */
class StepReversalTest {
    private static final Instant AT = Instant.parse("2026-11-30T10:00:00Z");
    private static final LocalDate DAY = LocalDate.of(2026, 11, 1);

    @TempDir
    Path dir;
    Store store;
    User alice;
    Category rent;
    Category food;

    @BeforeEach
    void open() {
        store = Store.open(dir);
        store.write(tx -> {
            alice = LedgerGenerator.insertUser(tx, "alice");
            rent = tx.insert(Schema.CATEGORIES, new Category(tx.nextId(Schema.CATEGORIES), alice.id(), TxKind.EXPENSE, "Rent"));
            food = tx.insert(Schema.CATEGORIES, new Category(tx.nextId(Schema.CATEGORIES), alice.id(), TxKind.EXPENSE, "Food"));
            return null;
        });
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Transaction rentOf(long id, long cents) {
        return Transaction.entry(id, alice.id(), alice.id(), DAY, TxKind.EXPENSE, rent.id(), new Money(cents, LedgerGenerator.EUR), "Rent");
    }

    private Transaction addAsStep(long cents) {
        return store.write(tx -> {
            tx.recordStep(alice.id(), UndoStep.Kind.CHANGE, "add of 'Rent'", AT);
            return tx.insert(Schema.TRANSACTIONS, rentOf(tx.nextId(Schema.TRANSACTIONS), cents));
        });
    }

    private UndoStep latest() {
        return store.read(rd -> {
            List<UndoStep> steps = rd.scan(Schema.STEPS_BY_USER, KeyRange.prefix(alice.id()), Paging.first(1).reversed()).rows();
            return steps.get(0);
        });
    }

    private long undo(UndoStep step) {
        return store.write(tx -> StepReversal.undo(tx, step, AT.plusSeconds(60)));
    }

    private long redo(UndoStep step) {
        return store.write(tx -> StepReversal.redo(tx, step, AT.plusSeconds(120)));
    }

    private long rentTotal() {
        return store.read(rd -> Schema.monthlyTotals(rd, KeyRange.prefix(alice.id(), Schema.month(YearMonth.from(DAY)))).stream()
                .mapToLong(MonthlyTotal::sum).sum());
    }

    @Test
    void anUndoneAddIsGoneWithItsTotalsAndRedoBringsItBackAfterARestart() {
        Transaction t = addAsStep(105_000);
        UndoStep step = latest();
        assertEquals("add of 'Rent'", step.label());
        assertEquals(1, undo(step));
        assertTrue(store.read(rd -> rd.get(Schema.TRANSACTIONS, t.id())).isEmpty());
        assertEquals(0, rentTotal());
        store.close();
        store = Store.open(dir);
        UndoStep undone = latest();
        assertEquals(UndoStep.State.UNDONE, undone.state());
        assertEquals(1, redo(undone));
        assertEquals(t, store.read(rd -> rd.get(Schema.TRANSACTIONS, t.id())).orElseThrow());
        assertEquals(105_000, rentTotal());
        assertEquals(UndoStep.State.DONE, latest().state());
    }

    @Test
    void aRowEditedOutsideTheStepRefusesTheUndoAndNothingChanges() {
        Transaction t = addAsStep(105_000);
        UndoStep step = latest();
        store.write(tx -> tx.update(Schema.TRANSACTIONS, rentOf(t.id(), 99_000)));
        StepConflict e = assertThrows(StepConflict.class, () -> undo(step));
        assertEquals("transaction " + t.id() + " (2026-11-01 'Rent') was edited after this step", e.getMessage());
        assertEquals(99_000, store.read(rd -> rd.get(Schema.TRANSACTIONS, t.id())).orElseThrow().amount().minor());
        assertEquals(UndoStep.State.DONE, latest().state());
    }

    @Test
    void aMergeOfTwoCategoriesComesBackWholeAndRedoesWhole() {
        Transaction t = addAsStep(105_000);
        store.write(tx -> {
            tx.recordStep(alice.id(), UndoStep.Kind.CHANGE, "merge of 'Rent' into 'Food'", AT);
            tx.update(Schema.TRANSACTIONS, t.withCategory(food.id()));
            tx.delete(Schema.CATEGORIES, rent.id());
            return null;
        });
        UndoStep merge = latest();
        assertEquals(2, undo(merge));
        assertEquals(rent, store.read(rd -> rd.get(Schema.CATEGORIES, rent.id())).orElseThrow());
        assertEquals(rent.id(), store.read(rd -> rd.get(Schema.TRANSACTIONS, t.id())).orElseThrow().categoryId());
        assertEquals(2, redo(store.read(rd -> rd.get(Schema.STEPS, merge.id())).orElseThrow()));
        assertTrue(store.read(rd -> rd.get(Schema.CATEGORIES, rent.id())).isEmpty());
        assertEquals(food.id(), store.read(rd -> rd.get(Schema.TRANSACTIONS, t.id())).orElseThrow().categoryId());
    }

    @Test
    void aRowAddedUnderARowTheStepAddedKeepsItFromBeingRemoved() {
        Category gym = store.write(tx -> {
            tx.recordStep(alice.id(), UndoStep.Kind.CHANGE, "new category 'Gym'", AT);
            return tx.insert(Schema.CATEGORIES, new Category(tx.nextId(Schema.CATEGORIES), alice.id(), TxKind.EXPENSE, "Gym"));
        });
        UndoStep step = latest();
        long child = store.write(tx -> tx.insert(Schema.TRANSACTIONS, rentOf(tx.nextId(Schema.TRANSACTIONS), 3_000).withCategory(gym.id())).id());
        StepConflict e = assertThrows(StepConflict.class, () -> undo(step));
        assertEquals("category 'Gym' has transaction " + child + " (2026-11-01 'Rent') added after this step", e.getMessage());
        assertTrue(store.read(rd -> rd.get(Schema.CATEGORIES, gym.id())).isPresent());
    }

    @Test
    void aNewChangeDiscardsTheStepsThatCouldBeRedoneButACatchUpDoesNot() {
        addAsStep(100);
        UndoStep first = latest();
        undo(first);
        store.write(tx -> {
            tx.recordStep(alice.id(), UndoStep.Kind.CATCH_UP, "Rent posted by its schedule", AT);
            return tx.insert(Schema.TRANSACTIONS, rentOf(tx.nextId(Schema.TRANSACTIONS), 200));
        });
        assertEquals(UndoStep.State.UNDONE, store.read(rd -> rd.get(Schema.STEPS, first.id())).orElseThrow().state());
        addAsStep(300);
        assertEquals(UndoStep.State.DISCARDED, store.read(rd -> rd.get(Schema.STEPS, first.id())).orElseThrow().state());
    }

    @Test
    void aTransactionThatChangesNothingIsNoStep() {
        store.write(tx -> {
            tx.recordStep(alice.id(), UndoStep.Kind.CHANGE, "nothing", AT);
            tx.update(Schema.CATEGORIES, rent);
            return null;
        });
        assertEquals(0L, (long) store.read(rd -> rd.count(Schema.STEPS)));
    }

    @Test
    void anUndonePostedOccurrenceIsSkippedSoItIsNotPostedAgainAndRedoPostsIt() {
        Schedule schedule = store.write(tx -> tx.insert(Schema.SCHEDULES, new Schedule(tx.nextId(Schema.SCHEDULES), alice.id(), "Rent",
                alice.id(), TxKind.EXPENSE, 0, rent.id(), new Money(105_000, LedgerGenerator.EUR), false, "", "", List.of(), List.of(),
                new Recurrence(Frequency.MONTH, 1, 1, 0, null, DAY, null, 0), WeekendPolicy.KEEP, true, null, DAY)));
        long[] ids = store.write(tx -> {
            tx.recordStep(alice.id(), UndoStep.Kind.CATCH_UP, "Rent posted by its schedule", AT);
            Transaction t = tx.insert(Schema.TRANSACTIONS, rentOf(tx.nextId(Schema.TRANSACTIONS), 105_000));
            Occurrence o = tx.insert(Schema.OCCURRENCES, new Occurrence(tx.nextId(Schema.OCCURRENCES), alice.id(), schedule.id(), DAY,
                    OccurrenceState.POSTED, t.id(), null, null));
            return new long[] {t.id(), o.id()};
        });
        UndoStep step = latest();
        undo(step);
        assertTrue(store.read(rd -> rd.get(Schema.TRANSACTIONS, ids[0])).isEmpty());
        assertEquals(OccurrenceState.SKIPPED, store.read(rd -> rd.get(Schema.OCCURRENCES, ids[1])).orElseThrow().state());
        redo(store.read(rd -> rd.get(Schema.STEPS, step.id())).orElseThrow());
        Occurrence again = store.read(rd -> rd.get(Schema.OCCURRENCES, ids[1])).orElseThrow();
        assertEquals(OccurrenceState.POSTED, again.state());
        assertEquals(ids[0], again.transactionId());
        assertFalse(store.read(rd -> rd.get(Schema.TRANSACTIONS, ids[0])).isEmpty());
    }

    @Test
    void undoingAUserRowKeepsTheCurrentPasswordAndALoginSinceIsNoConflict() {
        store.write(tx -> {
            tx.recordStep(alice.id(), UndoStep.Kind.CHANGE, "role of alice", AT);
            return tx.update(Schema.USERS, tx.get(Schema.USERS, alice.id()).orElseThrow().withRole(io.finterm.domain.Role.ADMIN));
        });
        UndoStep step = latest();
        store.write(tx -> tx.update(Schema.USERS, tx.get(Schema.USERS, alice.id()).orElseThrow().withPasswordHash("$argon2id$new")
                .withLastLoginAt(AT.plusSeconds(30))));
        undo(step);
        User now = store.read(rd -> rd.get(Schema.USERS, alice.id())).orElseThrow();
        assertEquals(io.finterm.domain.Role.USER, now.role());
        assertEquals("$argon2id$new", now.passwordHash());
        assertEquals(AT.plusSeconds(30), now.lastLoginAt());
    }

    @Test
    void aFailedLoginSinceAStepOnTheUserRowIsNoConflictButAnUndoneUnlockLocksAgain() {
        store.write(tx -> {
            tx.recordStep(alice.id(), UndoStep.Kind.CHANGE, "change of base currency", AT);
            return tx.update(Schema.USERS, tx.get(Schema.USERS, alice.id()).orElseThrow().withBaseCurrency(java.util.Currency.getInstance("USD")));
        });
        UndoStep currency = latest();
        store.write(tx -> tx.update(Schema.USERS, tx.get(Schema.USERS, alice.id()).orElseThrow().withLockout(1, null)));
        undo(currency);
        User now = store.read(rd -> rd.get(Schema.USERS, alice.id())).orElseThrow();
        assertEquals("EUR", now.baseCurrency().getCurrencyCode());
        assertEquals(1, now.failedLogins(), "the failed login since stays counted");

        Instant until = AT.plusSeconds(900);
        store.write(tx -> tx.update(Schema.USERS, tx.get(Schema.USERS, alice.id()).orElseThrow().withLockout(5, until)));
        store.write(tx -> {
            tx.recordStep(alice.id(), UndoStep.Kind.CHANGE, "unlock of alice", AT);
            return tx.update(Schema.USERS, tx.get(Schema.USERS, alice.id()).orElseThrow().unlocked());
        });
        undo(latest());
        User relocked = store.read(rd -> rd.get(Schema.USERS, alice.id())).orElseThrow();
        assertEquals(5, relocked.failedLogins());
        assertEquals(until, relocked.lockedUntil());
    }
}
