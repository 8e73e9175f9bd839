package io.finterm.analysis;

import io.finterm.domain.Money;

/**
 * The headline figures of a period and of the period of the same length before it. Changes are
 * {@code null} where there is nothing to compare against (the earlier figure is zero, or absent).
 */
public record PeriodSummary(Period period, Figures current, Period previousPeriod, Figures previous) {
    public static PeriodSummary of(Ledger ledger, Period period) {
        Period before = period.previous();
        return new PeriodSummary(period, Figures.of(ledger, ledger.within(period)), before, Figures.of(ledger, ledger.within(before)));
    }

    /** Income's change against the previous period, in percent. */
    public Double incomeChange() {
        return change(current.income(), previous.income());
    }

    public Double expensesChange() {
        return change(current.expenses(), previous.expenses());
    }

    /** Net's change in percent of the previous net's size, so that going from -100 to +50 reads +150 %. */
    public Double netChange() {
        return change(current.net(), previous.net());
    }

    /** The savings rate's change in percentage points. */
    public Double savingsRateChange() {
        Double now = current.savingsRate();
        Double then = previous.savingsRate();
        return now == null || then == null ? null : now - then;
    }

    static Double change(Money now, Money then) {
        return then.minor() == 0 ? null : 100.0 * (now.minor() - then.minor()) / Math.abs(then.minor());
    }
}
