package io.finterm.rates;

import io.finterm.domain.ExchangeRate;
import io.finterm.domain.MissingRateException;
import io.finterm.domain.RateOracle;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * Exchange rates from the store's ECB reference rates. The ECB quotes every currency against the
 * euro, so any other pair is a cross rate through it: USD→GBP = (EUR→GBP) / (EUR→USD). A date without
 * a rate (a weekend, a holiday) takes the nearest earlier published day's; no rate on or before the
 * date is a {@link MissingRateException}, never 1. The rates are read once and again only after the
 * store changes.
 */
public final class StoredRates implements RateOracle {
    static final Currency EUR = Currency.getInstance("EUR");

    private final Store store;
    private volatile Snapshot snapshot;

    private record Snapshot(long version, Map<Currency, NavigableMap<Long, BigDecimal>> perEuro) {
    }

    public StoredRates(Store store) {
        this.store = store;
    }

    @Override
    public BigDecimal rate(LocalDate date, Currency from, Currency to) {
        if (from.equals(to)) {
            return BigDecimal.ONE;
        }
        return perEuro(to, date).getValue().divide(perEuro(from, date).getValue(), PRECISION);
    }

    @Override
    public LocalDate rateDate(LocalDate date, Currency currency) {
        return LocalDate.ofEpochDay(perEuro(currency, date).getKey());
    }

    /** The published day (as an epoch day) and rate that convert {@code currency} on {@code date}; the euro is 1 every day. */
    private Map.Entry<Long, BigDecimal> perEuro(Currency currency, LocalDate date) {
        if (currency.equals(EUR)) {
            return Map.entry(date.toEpochDay(), BigDecimal.ONE);
        }
        NavigableMap<Long, BigDecimal> days = current().perEuro().get(currency);
        Map.Entry<Long, BigDecimal> entry = days == null ? null : days.floorEntry(date.toEpochDay());
        if (entry == null) {
            throw new MissingRateException(currency, date);
        }
        return entry;
    }

    private Snapshot current() {
        long version = store.version();
        Snapshot s = snapshot;
        if (s == null || s.version() != version) {
            Map<Currency, NavigableMap<Long, BigDecimal>> rates = new HashMap<>();
            store.read(rd -> {
                rd.forEach(Schema.RATES, (ExchangeRate r) -> rates.computeIfAbsent(r.currency(), c -> new TreeMap<>())
                        .put(r.date().toEpochDay(), r.perEuro()));
                return null;
            });
            s = new Snapshot(version, rates);
            snapshot = s;
        }
        return s;
    }
}
