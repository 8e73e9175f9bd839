package io.finterm.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;

/** A European Central Bank reference rate: on {@code date}, 1 EUR bought {@code perEuro} of {@code currency}. */
public record ExchangeRate(long id, LocalDate date, Currency currency, BigDecimal perEuro) {
    public ExchangeRate {
        Ids.requirePositive("id", id);
        Ids.required("date", date);
        Ids.required("currency", currency);
        Ids.required("rate", perEuro);
        if (perEuro.signum() <= 0) {
            throw new ValidationException("rate", "must be a positive decimal, not " + perEuro.toPlainString());
        }
    }
}
