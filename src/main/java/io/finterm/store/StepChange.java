package io.finterm.store;

/**
 * One row that an undoable step changed, as the step found it and as it left it: the encoded row of
 * table {@code tableTag}, {@code before} {@code null} where the step inserted it, {@code after}
 * {@code null} where the step deleted it. Undo and redo read nothing else, so a row is restored
 * exactly, and a later change to it is seen as the difference from {@code after}.
 */
public record StepChange(long id, long stepId, int tableTag, long rowId, byte[] before, byte[] after) {
    public StepChange {
        if (before == null && after == null) {
            throw new IllegalArgumentException("a step change has a row before or after it");
        }
    }
}
