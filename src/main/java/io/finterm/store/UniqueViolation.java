package io.finterm.store;

/** A write would have given two rows the same value of a unique key. */
public class UniqueViolation extends ConstraintViolation {
    public UniqueViolation(String constraint, String message) {
        super(constraint, message);
    }
}
