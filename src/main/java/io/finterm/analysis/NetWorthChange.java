package io.finterm.analysis;

import io.finterm.domain.Money;
import java.time.LocalDate;

/**
 * The net worth at the end of {@code startDay} and at the end of {@code endDay}, in the base
 * currency, and how the balances in other currencies were converted (or left out) for both.
 */
public record NetWorthChange(LocalDate startDay, Money start, LocalDate endDay, Money end, Conversion conversion) {
    /** How much the net worth grew (or, negative, fell) from the start to the end. */
    public Money change() {
        return end.minus(start);
    }
}
