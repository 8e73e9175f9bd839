package io.finterm.domain;

import java.time.LocalDate;

/**
 * One income or expense entry. The amount is always positive; the kind says which way it went.
 * A blank description is stored as the empty string.
 */
public record Transaction(long id, long userId, LocalDate date, TxKind kind, long categoryId,
                          Money amount, String description) {
    public static final int MAX_DESCRIPTION = 200;
    public static final LocalDate FIRST_DATE = LocalDate.of(1900, 1, 1);
    public static final LocalDate LAST_DATE = LocalDate.of(2999, 12, 31);

    public Transaction {
        Ids.requirePositive("id", id);
        Ids.requirePositive("user", userId);
        Ids.required("date", date);
        if (date.isBefore(FIRST_DATE) || date.isAfter(LAST_DATE)) {
            throw new ValidationException("date", date + " is outside " + FIRST_DATE + ".." + LAST_DATE);
        }
        Ids.required("type", kind);
        Ids.requirePositive("category", categoryId);
        Ids.requireAmount("amount", amount);
        description = Text.field("description", description, MAX_DESCRIPTION, false);
    }
}
