package io.finterm.analysis;

import io.finterm.domain.Money;
import java.time.YearMonth;
import java.util.Objects;

/**
 * A budget as the variance report reads it: a month, an expense category by name, the amount set
 * in the base currency (0 when only a carry brings the month in), and what a rolling budget carried
 * into the month from the one before (0 when none; negative when overspending is carried).
 */
public record Planned(YearMonth month, String category, Money amount, Money carried) {
    public Planned {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(carried, "carried");
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
