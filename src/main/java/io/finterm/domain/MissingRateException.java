package io.finterm.domain;

import java.time.LocalDate;
import java.util.Currency;

/** No exchange rate is known for a currency on or before a date; figures that need it cannot be computed. */
public final class MissingRateException extends FintermException {
    private final Currency currency;
    private final LocalDate date;

    public MissingRateException(Currency currency, LocalDate date) {
        super("no " + currency.getCurrencyCode() + " rate on or before " + date + ": run `finterm rates update` or import a rates file");
        this.currency = currency;
        this.date = date;
    }

    /** The currency without a rate. */
    public Currency currency() {
        return currency;
    }

    public LocalDate date() {
        return date;
    }
}
