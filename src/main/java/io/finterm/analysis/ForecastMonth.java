package io.finterm.analysis;

import java.time.YearMonth;

/** One month of a projection: the balance at its last projected day, and its lowest (the earliest, on a tie). */
public record ForecastMonth(YearMonth month, BalancePoint end, BalancePoint lowest) {
}
