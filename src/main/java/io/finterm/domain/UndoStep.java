package io.finterm.domain;

import java.time.Instant;

/**
 * One change a person made, kept so that it can be undone and redone: its rows' images are in the
 * store beside it. A step belongs to one user and is seen by no one else.
 *
 * @param label    what the step did, as the status line says it after "Undid: " ("delete of 'Rent' …")
 * @param stateAt  when it was last undone or redone; {@code null} while it has only been done
 * @param importId the import whose staged rows this step brought in, until the first undo records them
 *                 as row images; 0 for every other step
 */
public record UndoStep(long id, long userId, Instant at, String label, Kind kind, State state, Instant stateAt, long importId) {
    public static final int MAX_LABEL = 200;

    /** Who made the change: a person clears the redo steps, a schedule's catch-up does not. */
    public enum Kind { CHANGE, CATCH_UP }

    /** Done can be undone; undone can be redone; discarded (by a later change) waits to be removed. */
    public enum State { DONE, UNDONE, DISCARDED }

    public UndoStep {
        Ids.requirePositive("id", id);
        Ids.requirePositive("user", userId);
        Ids.required("at", at);
        label = Text.clean(label);
        if (label.isEmpty()) {
            throw new ValidationException("label", "a step says what it did");
        }
        if (label.length() > MAX_LABEL) {
            label = label.substring(0, MAX_LABEL - 1) + "…";
        }
        Ids.required("kind", kind);
        Ids.required("state", state);
        if (importId < 0) {
            throw new ValidationException("import", "must be a positive id or 0, not " + importId);
        }
    }

    public UndoStep in(State newState, Instant when) {
        return new UndoStep(id, userId, at, label, kind, newState, when, importId);
    }

    /** This step once its import's rows are recorded as row images. */
    public UndoStep recorded() {
        return new UndoStep(id, userId, at, label, kind, state, stateAt, 0);
    }
}
