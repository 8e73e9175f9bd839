package io.finterm.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;

/**
 * Exchange rates: how many units of {@code to} one unit of {@code from} was worth on a date. Every
 * converted figure goes through one oracle; a missing rate is a {@link MissingRateException}, never 1.
 */
@FunctionalInterface
public interface RateOracle {
    /** Precision of a rate and of the product before it is rounded to minor units. */
    MathContext PRECISION = new MathContext(20, Rounding.MODE);

    /** The rate on {@code date}, or throws {@link MissingRateException}. */
    BigDecimal rate(LocalDate date, Currency from, Currency to);

    /**
     * The day whose rate {@link #rate} uses for {@code currency} on {@code date}: the date itself, or
     * the nearest earlier day with a published rate.
     */
    default LocalDate rateDate(LocalDate date, Currency currency) {
        return date;
    }

    /**
     * The day of the oldest rate that {@link #convert} uses to take {@code from} to {@code to} on
     * {@code date}: a cross rate is only as recent as its older leg. Call it after a conversion
     * succeeded; a missing rate is a {@link MissingRateException}.
     */
    default LocalDate rateDay(LocalDate date, Currency from, Currency to) {
        LocalDate a = rateDate(date, from);
        LocalDate b = rateDate(date, to);
        return a.isBefore(b) ? a : b;
    }

    /** The oracle for a store with one currency: 1 between a currency and itself, and nothing else. */
    static RateOracle identity() {
        return (date, from, to) -> {
            if (from.equals(to)) {
                return BigDecimal.ONE;
            }
            throw new MissingRateException(from, date);
        };
    }

    /** {@code amount} in {@code to} at the rate of {@code date}, rounded once to minor units. */
    default Money convert(Money amount, LocalDate date, Currency to) {
        if (amount.currency().equals(to)) {
            return amount;
        }
        BigDecimal converted = amount.toDecimal().multiply(rate(date, amount.currency(), to), PRECISION);
        return new Money(Rounding.toMinorUnits(converted, to), to);
    }
}
