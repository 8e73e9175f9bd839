package io.finterm.domain;

import java.time.YearMonth;

/**
 * Whether one expense category's budget rolls over, from a month on, until the category's next
 * setting: when it does, what was not spent of a month's budget is added to the next month's, and
 * overspending is taken from it or not as {@code overspending} says. A setting with {@code on} false
 * stops the rollover from that month ({@code overspending} is then {@link Overspending#ABSORB}). At most
 * one per category and month.
 */
public record BudgetRollover(long id, long userId, long categoryId, YearMonth from, boolean on, Overspending overspending) {
    public BudgetRollover {
        Ids.requirePositive("id", id);
        Ids.requirePositive("user", userId);
        Ids.requirePositive("category", categoryId);
        Ids.required("month", from);
        Ids.required("overspending", overspending);
        if (!on && overspending != Overspending.ABSORB) {
            throw new ValidationException("overspending", "applies only while the budget rolls over");
        }
    }
}
