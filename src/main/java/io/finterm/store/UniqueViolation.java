package io.finterm.store;

/** A write would have given two rows the same value of a unique key; nothing was written. */
public class UniqueViolation extends StoreException {
    private final String constraint;

    public UniqueViolation(String constraint, String message) {
        super(message);
        this.constraint = constraint;
    }

    /** The name of the unique index, as declared in {@link Schema}. */
    public String constraint() {
        return constraint;
    }
}
