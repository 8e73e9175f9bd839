package io.finterm.analysis;

import io.finterm.domain.Money;
import java.time.YearMonth;

/** The net worth at the end of {@code month}, in the base currency. */
public record NetWorthPoint(YearMonth month, Money netWorth) {
}
