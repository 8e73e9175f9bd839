package io.finterm.service;

import io.finterm.domain.Money;
import java.time.YearMonth;

/** One budget as a person reads it: the category by name. */
public record BudgetLine(String category, YearMonth month, Money amount) {
}
