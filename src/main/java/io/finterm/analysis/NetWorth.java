package io.finterm.analysis;

import java.util.Currency;
import java.util.List;

/**
 * A monthly net worth series in {@code currency}, one point per month in order, and how the
 * balances in other currencies were converted (or left out) for it.
 */
public record NetWorth(Currency currency, List<NetWorthPoint> rows, Conversion conversion) {
    public NetWorth {
        rows = List.copyOf(rows);
    }
}
