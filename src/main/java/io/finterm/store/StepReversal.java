package io.finterm.store;

import io.finterm.domain.Occurrence;
import io.finterm.domain.OccurrenceState;
import io.finterm.domain.Schedule;
import io.finterm.domain.Transaction;
import io.finterm.domain.UndoStep;
import io.finterm.domain.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * Undoes or redoes one step inside a write transaction: every row the step changed goes back to its
 * image from before the step (undo) or after it (redo), as a new commit; the journal is never
 * rewritten. Each row must still be exactly as the step (or its undo) left it; otherwise the reversal
 * throws {@link StepConflict} naming the rows in the way, and the transaction leaves no trace.
 *
 * <p>Rows are restored parents first (schema order) and removed children first (the reverse), each
 * through the normal constraint checks, so aggregates and indexes follow. A row is never removed
 * from under rows that still refer to it: that is a conflict, not a cascade.
 *
 * <p>Three rows are not restored as they were:
 * <ul>
 *   <li>a user keeps their current password and last login (history keeps no password: an account whose
 *       creation was undone is not made again by redo), and their failed logins and lockout unless the
 *       step was about them (an unlock);</li>
 *   <li>an occurrence a catch-up posted is marked skipped, not removed or made due again, so the catch-up does not
 *       post it again; undoing the schedule's creation later takes those skipped ones with it, and its redo brings them back;</li>
 *   <li>an import's staged rows have no images until its first undo, which checks them as
 *       {@code finterm import undo} does (unchanged since the import) and records them.</li>
 * </ul>
 * Changes are read a page at a time, so a step of a million rows is never in memory whole.
 */
public final class StepReversal {
    private static final int PAGE = 10_000;
    private static final int NAMED = 5;

    private final WriteTx tx;
    private final UndoStep step;
    private final boolean undo;
    /** Whether rows may go to the journal ahead of the commit: not while a later step of the same call still reads them. */
    private final boolean handOff;
    private final List<StepConflict.Row> conflicts = new ArrayList<>();
    private long moreConflicts;
    private long rows;

    private StepReversal(WriteTx tx, UndoStep step, boolean undo, boolean handOff) {
        this.tx = tx;
        this.step = step;
        this.undo = undo;
        this.handOff = handOff;
    }

    /** Takes {@code step} back; returns how many rows changed. */
    public static long undo(WriteTx tx, UndoStep step, Instant now) {
        return undo(tx, step, now, true);
    }

    /**
     * Takes {@code step} back; returns how many rows changed.
     *
     * @param handOff whether its rows may go to the journal ahead of the commit ({@link WriteTx#spill}): not when
     *                a later step reversed in the same transaction still has to read them
     */
    public static long undo(WriteTx tx, UndoStep step, Instant now, boolean handOff) {
        requireState(step, UndoStep.State.DONE);
        StepReversal r = new StepReversal(tx, step, true, handOff);
        r.restore();
        if (step.importId() != 0) {
            r.recordImportRows();
        }
        r.remove();
        tx.update(Schema.STEPS, (step.importId() != 0 ? step.recorded() : step).in(UndoStep.State.UNDONE, now));
        return r.rows;
    }

    /** Applies {@code step} again after its undo; returns how many rows changed. */
    public static long redo(WriteTx tx, UndoStep step, Instant now) {
        return redo(tx, step, now, true);
    }

    /** Applies {@code step} again after its undo; as {@link #undo(WriteTx, UndoStep, Instant, boolean)}. */
    public static long redo(WriteTx tx, UndoStep step, Instant now, boolean handOff) {
        requireState(step, UndoStep.State.UNDONE);
        StepReversal r = new StepReversal(tx, step, false, handOff);
        r.restore();
        r.remove();
        tx.update(Schema.STEPS, step.in(UndoStep.State.DONE, now));
        return r.rows;
    }

    private static void requireState(UndoStep step, UndoStep.State state) {
        if (step.state() != state) {
            throw new IllegalStateException("step " + step.id() + " is " + step.state() + ", not " + state);
        }
    }

    /** Writes every row that has an image to go back to, parents first. */
    private void restore() {
        forEachChange(false, c -> {
            byte[] target = target(c);
            if (target != null) {
                Table<?> table = Schema.byTag(c.tableTag());
                Object current = check(table, c);
                if (conflicts.isEmpty() && moreConflicts == 0) {
                    write(table, c.rowId(), target, current, c);
                }
            }
        });
        throwIfConflicts();
    }

    /** Deletes every row that should not be there, children first. */
    private void remove() {
        forEachChange(true, c -> {
            if (target(c) == null) {
                Table<?> table = Schema.byTag(c.tableTag());
                Object current = check(table, c);
                if (current != null && conflicts.isEmpty()) { // once refused, the step's own rows are still there: not in the way
                    if (table == Schema.SCHEDULES) {
                        adoptSkipped((Schedule) current);
                    }
                    String child = tx.firstChild(table, current);
                    if (child != null) {
                        conflict(table, c.rowId(), current, "has " + child + " added after this step");
                    } else {
                        tx.delete(table, c.rowId());
                        rows++;
                    }
                }
            }
        });
        throwIfConflicts();
    }

    /** The row as it must be now: as the step left it (undo), or as its undo left it (redo). */
    private byte[] expected(StepChange c) {
        if (undo) {
            return c.after();
        }
        return postedOccurrence(c) ? skipped(c.after()) : c.before();
    }

    /** The row as it becomes: {@code null} to delete it. */
    private byte[] target(StepChange c) {
        if (!undo) {
            return c.after();
        }
        return postedOccurrence(c) ? skipped(c.after()) : c.before();
    }

    /** Checks that the row is as expected; returns it decoded, or {@code null} when absent. */
    private Object check(Table<?> table, StepChange c) {
        Object current = tx.get(table, c.rowId()).orElse(null);
        byte[] expected = expected(c);
        if (current == null) {
            if (expected != null) {
                conflict(table, c.rowId(), table.codec().decode(c.rowId(), expected), "was deleted after this step");
            }
            return null;
        }
        if (expected == null) {
            conflict(table, c.rowId(), current, "was added again after this step");
        } else if (!same(table, StepRecorder.encode(table, current), expected, c)) {
            conflict(table, c.rowId(), current, table == Schema.TRANSACTIONS ? "was edited after this step" : "was changed after this step");
        }
        return current;
    }

    private <T> void write(Table<T> table, long id, byte[] image, Object current, StepChange c) {
        T row = table.codec().decode(id, image);
        if (table == Schema.USERS) {
            if (current == null) {
                // history keeps no password (StepRecorder): an account is not made again without one
                conflict(table, id, row, "cannot be made again by redo, since its password is not kept; create it again");
                return;
            }
            row = table.cast(keepOwn((User) row, (User) current, lockoutChanged(c)));
        }
        try {
            if (current == null) {
                tx.insert(table, row);
            } else {
                tx.update(table, row);
            }
        } catch (UniqueViolation e) {
            conflict(table, id, row, "cannot come back: another " + Constraints.singular(table) + " made since has its name");
        } catch (ConstraintViolation e) {
            conflict(table, id, row, "cannot come back: " + e.getMessage());
        }
        rows++;
    }

    /**
     * An import's rows: each must be unchanged since the import, as {@code finterm import undo} requires;
     * each is deleted and recorded as an image of this step, so that redo brings it back.
     */
    private void recordImportRows() {
        KeyRange range = KeyRange.prefix(step.userId(), step.importId());
        Paging paging = Paging.first(PAGE);
        while (true) {
            // as this transaction sees them: an earlier step of the same call may have put one back
            Page<Transaction> page = tx.scan(Schema.TX_BY_IMPORT, range, paging);
            for (Transaction t : page.rows()) {
                if (t.fingerprint() != t.origin().fingerprint()) {
                    conflict(Schema.TRANSACTIONS, t.id(), t, "was edited after this step");
                } else if (conflicts.isEmpty() && moreConflicts == 0) {
                    byte[] image = Codecs.TRANSACTION.encode(t);
                    tx.delete(Schema.TRANSACTIONS, t.id());
                    tx.insert(Schema.STEP_CHANGES, new StepChange(tx.nextId(Schema.STEP_CHANGES), step.id(),
                            Schema.TRANSACTIONS.tag(), t.id(), null, image));
                    rows++;
                }
            }
            throwIfConflicts();
            handOff();
            if (!page.hasMore()) {
                return;
            }
            paging = paging.after(page.lastKey());
        }
    }

    /**
     * The skipped occurrences of {@code schedule} that are no step's (the undo of a later catch-up left
     * them): they go with the schedule, recorded as this step's own, so that reversing it again brings
     * them back skipped and that catch-up can be redone.
     */
    private void adoptSkipped(Schedule schedule) {
        KeyRange range = KeyRange.prefix(schedule.userId(), schedule.id());
        for (Occurrence o : tx.scan(Schema.OCCURRENCES_BY_SCHEDULE, range, Paging.all()).rows()) {
            if (o.state() == OccurrenceState.SKIPPED) {
                byte[] image = ScheduleCodecs.OCCURRENCE.encode(o);
                // as if the step had made it (its undo takes it) or, being redone, removed it
                tx.insert(Schema.STEP_CHANGES, new StepChange(tx.nextId(Schema.STEP_CHANGES), step.id(), Schema.OCCURRENCES.tag(), o.id(),
                        undo ? null : image, undo ? image : null));
                tx.delete(Schema.OCCURRENCES, o.id());
                rows++;
            }
        }
    }

    private void handOff() {
        if (handOff) {
            tx.spill();
        }
    }

    private interface ChangeAction {
        void apply(StepChange c);
    }

    /**
     * The step's changes as committed (not the images this reversal adds), table by table in schema
     * order (parents first) or its reverse, a page at a time.
     */
    private void forEachChange(boolean descending, ChangeAction action) {
        ReadTx committed = tx.committed();
        List<Table<?>> tables = new ArrayList<>(Schema.TABLES);
        if (descending) {
            Collections.reverse(tables);
        }
        for (Table<?> table : tables) {
            Paging paging = descending ? Paging.first(PAGE).reversed() : Paging.first(PAGE);
            KeyRange range = KeyRange.prefix(step.id(), (long) table.tag());
            while (true) {
                Page<StepChange> page = committed.scan(Schema.CHANGES_BY_STEP, range, paging);
                page.rows().forEach(action::apply);
                handOff(); // a redo of a million rows hands them to the journal as it goes
                if (!page.hasMore()) {
                    break;
                }
                paging = paging.after(page.lastKey());
            }
        }
    }

    private void conflict(Table<?> table, long id, Object row, String what) {
        if (conflicts.size() < NAMED) {
            conflicts.add(new StepConflict.Row(Constraints.singular(table), id, RowNames.of(table, id, row), what));
        } else {
            moreConflicts++;
        }
    }

    private void throwIfConflicts() {
        if (!conflicts.isEmpty()) {
            throw new StepConflict(conflicts, moreConflicts);
        }
    }

    private static boolean same(Table<?> table, byte[] current, byte[] expected, StepChange c) {
        if (table != Schema.USERS) {
            return Arrays.equals(current, expected);
        }
        User now = Codecs.USER.decode(1, current);
        User then = Codecs.USER.decode(1, expected);
        return keepOwn(then, now, lockoutChanged(c)).equals(now);
    }

    /**
     * {@code image} with what {@code current} holds that history never brings back or that the step
     * did not touch: the password and the last login always (a login since is no conflict, and no
     * password comes back), and the failed logins and lockout unless the step changed them (an unlock).
     */
    private static User keepOwn(User image, User current, boolean lockoutIsTheSteps) {
        int failed = lockoutIsTheSteps ? image.failedLogins() : current.failedLogins();
        Instant locked = lockoutIsTheSteps ? image.lockedUntil() : current.lockedUntil();
        return new User(image.id(), image.username(), image.role(), current.passwordHash(), image.createdAt(),
                current.lastLoginAt(), failed, locked, image.baseCurrency(), image.defaultAccountId());
    }

    /** Whether step change {@code c} of a user row changed its failed logins or lockout. */
    private static boolean lockoutChanged(StepChange c) {
        if (c.before() == null || c.after() == null) {
            return false;
        }
        User before = Codecs.USER.decode(1, c.before());
        User after = Codecs.USER.decode(1, c.after());
        return before.failedLogins() != after.failedLogins() || !java.util.Objects.equals(before.lockedUntil(), after.lockedUntil());
    }

    /** An occurrence that a catch-up posted (new, or changed before): its undo marks it skipped. */
    private boolean postedOccurrence(StepChange c) {
        if (step.kind() != UndoStep.Kind.CATCH_UP || c.tableTag() != Schema.OCCURRENCES.tag() || c.after() == null
                || ScheduleCodecs.OCCURRENCE.decode(c.rowId(), c.after()).state() != OccurrenceState.POSTED) {
            return false;
        }
        return c.before() == null || ScheduleCodecs.OCCURRENCE.decode(c.rowId(), c.before()).state() != OccurrenceState.POSTED;
    }

    private static byte[] skipped(byte[] posted) {
        Occurrence o = ScheduleCodecs.OCCURRENCE.decode(1, posted);
        return ScheduleCodecs.OCCURRENCE.encode(new Occurrence(o.id(), o.userId(), o.scheduleId(), o.date(), OccurrenceState.SKIPPED, 0,
                null, null));
    }

}
