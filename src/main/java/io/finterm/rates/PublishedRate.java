package io.finterm.rates;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** One reference rate as the ECB publishes it: on {@code date}, 1 EUR bought {@code perEuro} {@code currency}. */
public record PublishedRate(LocalDate date, Currency currency, BigDecimal perEuro) {
}
