package io.finterm.analysis;

import io.finterm.domain.Money;
import java.time.LocalDate;

/** The net worth at the end of {@code day}, in the base currency, and how its balances were converted. */
public record NetWorthOn(LocalDate day, Money netWorth, Conversion conversion) {
}
