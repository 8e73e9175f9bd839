package io.finterm.analysis;

import io.finterm.domain.Money;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A budget as the variance report reads it: a month, an expense category by name, the amount set
 * in the base currency (0 when only a carry brings the month in), what a rolling budget carried
 * into the month from the one before (0 when none; negative when overspending is carried), and
 * whether a budget was set for the month at all ({@code false} when only a carry brings it in), so
 * that the Budgets screen tells "none" from a budget of 0 without reading the budgets again.
 */
public record Planned(YearMonth month, String category, Money amount, Money carried, boolean set) {
    public Planned {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(carried, "carried");
    }

    /** A budget that was set, with {@code carried} brought in. */
    public Planned(YearMonth month, String category, Money amount, Money carried) {
        this(month, category, amount, carried, true);
    }

    /** A budget with nothing carried into its month. */
    public Planned(YearMonth month, String category, Money amount) {
        this(month, category, amount, new Money(0, amount.currency()));
    }

    /** The budget plus what was carried in: what the month may spend. */
    public Money available() {
        return amount.plus(carried);
    }
}
