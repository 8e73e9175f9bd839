package io.finterm.store;

/** What deleting a parent row does to the rows that refer to it. */
public enum OnDelete {
    /** The delete is refused while children exist. */
    RESTRICT,
    /** The children are deleted in the same transaction. */
    CASCADE
}
