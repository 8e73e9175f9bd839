package io.finterm.domain;

import java.time.LocalDate;
import java.util.Currency;

/** No exchange rate is known for a conversion; figures that need it cannot be computed. */
public final class MissingRateException extends FintermException {
    private final Currency from;
    private final Currency to;
    private final LocalDate date;

    public MissingRateException(Currency from, Currency to, LocalDate date) {
        super("no " + from.getCurrencyCode() + " to " + to.getCurrencyCode() + " rate on or before " + date
                + ": run `finterm rates update` or import a rates file");
        this.from = from;
        this.to = to;
        this.date = date;
    }

    public Currency from() {
        return from;
    }

    public Currency to() {
        return to;
    }

    public LocalDate date() {
        return date;
    }
}
