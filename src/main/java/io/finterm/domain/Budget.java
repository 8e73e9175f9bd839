package io.finterm.domain;

import java.time.YearMonth;

/** The amount a user plans to spend in one expense category in one month. */
public record Budget(long id, long userId, long categoryId, YearMonth month, Money amount) {
    public Budget {
        Ids.requirePositive("id", id);
        Ids.requirePositive("user", userId);
        Ids.requirePositive("category", categoryId);
        Ids.required("month", month);
        Ids.requireAmount("amount", amount);
    }
}
