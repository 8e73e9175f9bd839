package io.finterm.store;

import io.finterm.domain.UndoStep;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Turns one write transaction into an undoable step: the step's row and, for every row the
 * transaction changes, a {@link StepChange} with the row as it was and as it will be, all in the
 * same commit, so a step exists exactly when its change does.
 *
 * <p>Rows that a large transaction hands to the journal ahead of its commit get their images in the
 * same part. An import's staged rows get none: the step names the import, and its first undo
 * records them ({@link StepReversal}), so an import costs no more than before.
 */
final class StepRecorder {
    /** What a user's image holds instead of the password hash. */
    static final String NO_PASSWORD = "-";

    private final long userId;
    private final Instant at;
    private UndoStep.Kind kind;
    private String label;
    private long importId;
    private long stepId;

    StepRecorder(long userId, UndoStep.Kind kind, String label, Instant at) {
        this.userId = userId;
        this.kind = kind;
        this.label = label;
        this.at = at;
    }

    /** A later call in the same transaction says better what it did. */
    void relabel(long user, UndoStep.Kind newKind, String newLabel) {
        if (user != userId) {
            throw new IllegalStateException("one transaction is one user's step");
        }
        kind = newKind;
        label = newLabel;
    }

    void importing(long id) {
        importId = id;
    }

    private long stepId(WriteTx tx) {
        if (stepId == 0) {
            stepId = tx.nextId(Schema.STEPS);
        }
        return stepId;
    }

    /** The images of rows inserted by {@code part}, which goes to the journal ahead of the commit. */
    List<Commit.RowChange> imagesOf(WriteTx tx, List<Commit.RowChange> part) {
        List<Commit.RowChange> images = new ArrayList<>(part.size());
        for (Commit.RowChange c : part) {
            if (Schema.HISTORY.contains(c.table())) {
                continue; // the history's own rows are no step's: undo never takes back an audit event
            }
            StepChange image = new StepChange(tx.nextId(Schema.STEP_CHANGES), stepId(tx), c.table().tag(), c.id(), null, c.bytes());
            images.add(new Commit.RowChange(Schema.STEP_CHANGES, image.id(), HistoryCodecs.STEP_CHANGE.encode(image), image));
        }
        return images;
    }

    /** Adds the step and its images to {@code tx}; a transaction that changed nothing is no step. */
    void finish(WriteTx tx, boolean spilledAny) {
        List<StepChange> changes = changes(tx);
        if (changes.isEmpty() && !spilledAny && importId == 0) {
            return;
        }
        long step = stepId(tx);
        if (kind == UndoStep.Kind.CHANGE) {
            discardRedo(tx);
        }
        tx.insert(Schema.STEPS, new UndoStep(step, userId, at, label, kind, UndoStep.State.DONE, null, importId));
        for (StepChange c : changes) {
            tx.insert(Schema.STEP_CHANGES, new StepChange(tx.nextId(Schema.STEP_CHANGES), step, c.tableTag(), c.rowId(),
                    c.before(), c.after()));
        }
    }

    /** Every row {@code tx} changes, in schema order, as the committed tables hold it and as it will be. */
    private static List<StepChange> changes(WriteTx tx) {
        List<StepChange> changes = new ArrayList<>();
        for (Table<?> table : Schema.TABLES) {
            if (Schema.HISTORY.contains(table)) {
                continue;
            }
            for (long id : tx.deletedIds(table)) {
                byte[] before = tx.tables.rowBytes(table, id);
                if (before != null) {
                    changes.add(new StepChange(0, 0, table.tag(), id, image(table, before, id), null));
                }
            }
            tx.writtenRows(table).forEach((id, row) -> {
                byte[] before = image(table, tx.tables.rowBytes(table, id), id);
                byte[] after = image(table, encode(table, row), id);
                if (!Arrays.equals(before, after)) {
                    changes.add(new StepChange(0, 0, table.tag(), id, before, after));
                }
            });
        }
        return changes;
    }

    static <T> byte[] encode(Table<T> table, Object row) {
        return table.codec().encode(table.cast(row));
    }

    /**
     * A row's image as history keeps it: a user's without the password hash, which is never brought
     * back from history (undo keeps the current one) and so is not kept there either.
     */
    private static byte[] image(Table<?> table, byte[] row, long id) {
        if (row == null || table != Schema.USERS) {
            return row;
        }
        return Codecs.USER.encode(Codecs.USER.decode(id, row).withPasswordHash(NO_PASSWORD));
    }

    /** A new change clears the steps that could be redone, as in every editor; they are removed later ({@link StepPruning}). */
    private void discardRedo(WriteTx tx) {
        KeyRange undone = KeyRange.prefix(userId, (long) StoredCodes.stepState(UndoStep.State.UNDONE));
        if (!tx.entries(Schema.STEPS_BY_STATE, undone, Paging.first(1)).hasNext()) {
            return; // nearly every change: nothing to redo, and an index entry is cheaper to look for than a page of rows
        }
        for (UndoStep s : tx.scan(Schema.STEPS_BY_STATE, undone, Paging.all()).rows()) {
            tx.update(Schema.STEPS, s.in(UndoStep.State.DISCARDED, at));
        }
    }
}
