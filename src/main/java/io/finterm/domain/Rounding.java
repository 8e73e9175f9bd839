package io.finterm.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;

/**
 * The one rounding policy for money: HALF_EVEN (banker's rounding), applied only when a computed
 * amount (an exchange-rate conversion, say) has to become whole minor units.
 */
public final class Rounding {
    public static final RoundingMode MODE = RoundingMode.HALF_EVEN;

    private Rounding() {
    }

    /** Rounds {@code amount}, given in major units of {@code currency}, to a count of minor units. */
    public static long toMinorUnits(BigDecimal amount, Currency currency) {
        return amount.movePointRight(Money.minorDigits(currency)).setScale(0, MODE).longValueExact();
    }
}
