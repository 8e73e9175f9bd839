package io.finterm.service;

import io.finterm.analysis.Conversion;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;

/**
 * Totals over a period, grouped as asked. {@code month} and {@code category} are {@code null} when
 * not grouped by. {@code total} is the sum of the rows for one type, and income minus expenses
 * when both types are shown. Transactions in other currencies are converted to {@code currency} at
 * the rate of their day, or the nearest earlier day's; those with no rate on or before it are left
 * out. {@code conversion} counts both, for the note that goes with the totals.
 */
public record Totals(Currency currency, LocalDate from, LocalDate to, List<Row> rows, Money total, Conversion conversion) {
    public record Row(YearMonth month, String category, TxKind type, long count, Money total) {
    }

    /** What to group by. */
    public enum By { NONE, MONTH, CATEGORY, MONTH_CATEGORY }

    public Totals {
        rows = List.copyOf(rows);
    }
}
