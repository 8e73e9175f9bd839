package io.finterm.report;

import io.finterm.domain.Money;
import io.finterm.domain.Rounding;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * How a table writes money: as exact decimal strings for files and scripts ({@code 3200.00}), or as a
 * screen shows money everywhere else on it ({@code €3,200.00}, or {@code 3200.00 EUR} in ASCII), so
 * that one screen never mixes two forms. A statistic of money (a mean, a median) is rounded to the
 * currency's minor unit by the one rounding policy.
 */
public interface AmountFormat {
    /** Exact decimal strings, as files and scripts want them. */
    AmountFormat PLAIN = new AmountFormat() {
        @Override
        public String money(Money m) {
            return m.toDecimalString();
        }
    };

    String money(Money m);

    /** A statistic of money in major units of {@code currency}; empty when it does not exist. */
    default String major(double major, Currency currency) {
        if (!Double.isFinite(major)) {
            return "";
        }
        return money(new Money(Rounding.toMinorUnits(new BigDecimal(Double.toString(major)), currency), currency));
    }

    /** Money as the screens show it: {@code €3,200.00}, or {@code 3200.00 EUR} in ASCII. */
    static AmountFormat display(boolean ascii) {
        return m -> m.display(ascii);
    }

    /** An amount with the sign of its direction: {@code +€3,200.00} for income, {@code -€12.50} for an expense. */
    default String signed(Money m, boolean income) {
        return (income ? "+" : "-") + money(new Money(Math.abs(m.minor()), m.currency()));
    }
}
