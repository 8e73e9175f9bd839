package io.finterm.analysis;

/**
 * Everything the dashboard shows for one period, computed in one call: the headline figures,
 * expenses by category, the twelve months up to the period's end, the period day by day, its
 * unusual spending, its budgets, and how its figures were converted to the base currency.
 */
public record Dashboard(PeriodSummary summary, CategoryStats expenses, Trend months, Trend days, Outliers outliers,
                        BudgetVariance budgets, Conversion conversion) {
}
