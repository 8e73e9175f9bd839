package io.finterm.domain;

/** Checks shared by the records' constructors. */
final class Ids {
    private Ids() {
    }

    static void requirePositive(String field, long id) {
        if (id <= 0) {
            throw new ValidationException(field, "must be a positive id, not " + id);
        }
    }

    static <T> T required(String field, T value) {
        if (value == null) {
            throw new ValidationException(field, "is required");
        }
        return value;
    }

    static void requireAmount(String field, Money amount) {
        required(field, amount);
        if (amount.minor() <= 0) {
            throw new ValidationException(field, "must be greater than zero");
        }
        if (amount.minor() > Money.MAX_MINOR) {
            throw new ValidationException(field, "must be at most " + Money.MAX_MINOR + " minor units");
        }
    }
}
