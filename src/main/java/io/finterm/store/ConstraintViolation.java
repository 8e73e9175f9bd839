package io.finterm.store;

/** A write broke a declared constraint; the transaction was rolled back and left no trace. */
public abstract class ConstraintViolation extends StoreException {
    private final String constraint;

    protected ConstraintViolation(String constraint, String message) {
        super(message);
        this.constraint = constraint;
    }

    /** The constraint's name, as declared in {@link Schema}. */
    public String constraint() {
        return constraint;
    }
}
