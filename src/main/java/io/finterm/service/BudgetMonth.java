package io.finterm.service;

import io.finterm.analysis.Conversion;
import io.finterm.domain.Money;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;

/**
 * One month of budgets as the Budgets screen, {@code finterm budget list} and their exports show it:
 * every expense category with its budget, what was spent and what remains, all in the base
 * currency, and how the figures were converted.
 */
public record BudgetMonth(YearMonth month, Currency currency, List<Line> lines, Conversion conversion) {
    public BudgetMonth {
        lines = List.copyOf(lines);
    }

    /**
     * One expense category in the month.
     *
     * @param budget    {@code null} when the category has no budget this month
     * @param remaining the budget less what was spent (negative when over); {@code null} without a budget
     * @param used      the share of the budget spent, 0.82 for €328 of €400; 0 without a budget or with a zero one
     * @param over      more was spent than budgeted
     */
    public record Line(String category, Money budget, Money spent, Money remaining, double used, boolean over) {
        static Line of(String category, Money budget, Money spent) {
            if (budget == null) {
                return new Line(category, null, spent, null, 0, false);
            }
            double used = budget.minor() == 0 ? 0 : (double) spent.minor() / budget.minor();
            return new Line(category, budget, spent, budget.minus(spent), used, spent.minor() > budget.minor());
        }
    }
}
