package io.finterm.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a period's figures were converted to the base currency: how many transactions were converted,
 * at the rates of which days, how many took an earlier day's rate (a weekend or a holiday), and what
 * had to be left out for want of any rate, per currency.
 */
public record Conversion(Period period, long converted, LocalDate firstRateDay, LocalDate lastRateDay, long fallbacks,
                         List<LeftOut> leftOut) {
    /** The transactions of one currency that no rate could convert, and why (the earliest one's reason). */
    public record LeftOut(String currency, long count, String reason) {
    }

    public Conversion {
        leftOut = List.copyOf(leftOut);
    }

    public static Conversion of(Ledger ledger, Period period) {
        long converted = 0;
        long fallbacks = 0;
        LocalDate first = null;
        LocalDate last = null;
        for (Item item : ledger.within(period)) {
            if (item.rateDate() != null) {
                converted++;
                fallbacks += item.rateDate().isBefore(item.date()) ? 1 : 0;
                first = first == null || item.rateDate().isBefore(first) ? item.rateDate() : first;
                last = last == null || item.rateDate().isAfter(last) ? item.rateDate() : last;
            }
        }
        Map<String, long[]> counts = new TreeMap<>();
        Map<String, String> reasons = new TreeMap<>();
        for (Unconverted u : ledger.unconverted()) {
            if (period.contains(u.date())) {
                counts.computeIfAbsent(u.missing().getCurrencyCode(), c -> new long[1])[0]++;
                reasons.putIfAbsent(u.missing().getCurrencyCode(), u.reason());
            }
        }
        List<LeftOut> left = new ArrayList<>();
        counts.forEach((currency, n) -> left.add(new LeftOut(currency, n[0], reasons.get(currency))));
        return new Conversion(period, converted, first, last, fallbacks, left);
    }

    public boolean isEmpty() {
        return converted == 0 && leftOut.isEmpty();
    }

    /**
     * One line for a report's notes: {@code converted 3 transactions at ECB rates of 2026-11-02 to
     * 2026-11-20 (1 at an earlier day's rate); left out 2 in USD: no USD rate on or before …}, or
     * nothing when every transaction was in the base currency.
     */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (converted > 0) {
            parts.add(String.format(Locale.ROOT, "converted %d %s at ECB rates of %s", converted, converted == 1 ? "transaction" : "transactions",
                    firstRateDay.equals(lastRateDay) ? firstRateDay : firstRateDay + " to " + lastRateDay)
                    + (fallbacks > 0 ? " (" + fallbacks + " at an earlier day's rate: a weekend or holiday)" : ""));
        }
        for (LeftOut l : leftOut) {
            parts.add("left out " + l.count() + " in " + l.currency() + ": " + l.reason());
        }
        return String.join("; ", parts);
    }
}
