package io.finterm.store;

/** A write referred to a missing parent, or a delete was restricted by child rows; nothing was written. */
public class ForeignKeyViolation extends StoreException {
    private final String constraint;

    public ForeignKeyViolation(String constraint, String message) {
        super(message);
        this.constraint = constraint;
    }

    /** The name of the foreign key, as declared in {@link Schema}. */
    public String constraint() {
        return constraint;
    }
}
