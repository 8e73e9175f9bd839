package io.finterm.analysis;

import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import java.util.List;

/** Income, expenses and the number of transactions over some period: exact sums in the base currency. */
public record Figures(Money income, Money expenses, long count) {
    /** The figures of every item of {@code ledger}. */
    public static Figures of(Ledger ledger) {
        return of(ledger, ledger.items());
    }

    static Figures of(Ledger ledger, List<Item> items) {
        long income = 0;
        long expenses = 0;
        for (Item item : items) {
            if (item.kind() == TxKind.INCOME) {
                income = Math.addExact(income, item.amount().minor());
            } else {
                expenses = Math.addExact(expenses, item.amount().minor());
            }
        }
        return new Figures(new Money(income, ledger.currency()), new Money(expenses, ledger.currency()), items.size());
    }

    /** Income minus expenses. */
    public Money net() {
        return income.minus(expenses);
    }

    /** The share of income not spent, in percent, or {@code null} when there was no income. */
    public Double savingsRate() {
        return income.minor() == 0 ? null : 100.0 * net().minor() / income.minor();
    }
}
