package io.finterm.store;

/** A write referred to a missing parent, or a delete was restricted by child rows. */
public class ForeignKeyViolation extends ConstraintViolation {
    public ForeignKeyViolation(String constraint, String message) {
        super(constraint, message);
    }
}
