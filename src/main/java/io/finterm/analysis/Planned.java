package io.finterm.analysis;

import io.finterm.domain.Money;
import java.time.YearMonth;

/** A budget as the variance report reads it: a month, an expense category by name, and the amount in the base currency. */
public record Planned(YearMonth month, String category, Money amount) {
}
