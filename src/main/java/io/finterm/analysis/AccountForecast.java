package io.finterm.analysis;

import io.finterm.domain.Money;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * One account's projected balance (or the net worth's, in the base currency), one point per day from
 * today to the forecast's last day, so that a chart draws it as it is.
 *
 * @param lowest     the lowest point, the earliest on a tie
 * @param warnBelow  the balance below which it warns, in the account's currency: zero when none is set
 * @param firstBelow the first day it is below {@code warnBelow}, or {@code null}
 * @param warning    the sentence that says so, or {@code null}
 */
public record AccountForecast(String name, Currency currency, List<BalancePoint> days, BalancePoint lowest, Money warnBelow,
                              BalancePoint firstBelow, String warning) {
    public AccountForecast {
        days = List.copyOf(days);
        if (days.isEmpty()) {
            throw new IllegalArgumentException("a forecast has at least today");
        }
    }

    /** Each month the projection touches, in order: its end balance (the last projected day's) and its lowest point. */
    public List<ForecastMonth> months() {
        List<ForecastMonth> out = new ArrayList<>();
        BalancePoint low = null;
        for (int i = 0; i < days.size(); i++) {
            BalancePoint p = days.get(i);
            if (low == null || p.balance().minor() < low.balance().minor()) {
                low = p;
            }
            boolean last = i == days.size() - 1 || !YearMonth.from(days.get(i + 1).date()).equals(YearMonth.from(p.date()));
            if (last) {
                out.add(new ForecastMonth(YearMonth.from(p.date()), p, low));
                low = null;
            }
        }
        return out;
    }
}
