package io.finterm.service;

import io.finterm.analysis.Conversion;
import io.finterm.analysis.Rollover;
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
     * @param carried   what a rolling budget brought in from the month before (negative when
     *                  overspending is carried); 0 when none
     * @param available the budget plus what was carried; {@code null} with neither a budget nor a carry
     * @param remaining what is available less what was spent (negative when over); {@code null} when nothing is available
     * @param used      the share of what is available spent, 0.82 for €328 of €400; 0 when nothing or zero is available
     * @param over      more was spent than was available
     * @param rolling   the rollover setting in effect at the month (from when, on or off, overspending);
     *                  {@code null} when the category never rolled over up to then
     */
    public record Line(String category, Money budget, Money carried, Money available, Money spent, Money remaining,
                       double used, boolean over, Rollover.Setting rolling) {
        /** Whether the category's budget rolls over at the month. */
        public boolean rolls() {
            return rolling != null && rolling.on();
        }

        static Line of(String category, Money budget, Money carried, Money spent, Rollover.Setting rolling) {
            if (budget == null && carried.minor() == 0) {
                return new Line(category, null, carried, null, spent, null, 0, false, rolling);
            }
            Money available = budget == null ? carried : budget.plus(carried);
            double used = available.minor() == 0 ? 0 : (double) spent.minor() / available.minor();
            return new Line(category, budget, carried, available, spent, available.minus(spent), used,
                    spent.minor() > available.minor(), rolling);
        }
    }
}
