package io.finterm.store;

import io.finterm.domain.TxKind;
import java.time.YearMonth;
import java.util.Currency;

/**
 * One entry of {@link Schema#MONTHLY_TOTALS}, typed: how many transactions of one kind a user has
 * in one category, month and currency, and the exact sum of their amounts in minor units.
 */
public record MonthlyTotal(long userId, YearMonth month, long categoryId, TxKind kind, Currency currency,
                           long count, long sum) {

    /** Reads the entry's key columns, which {@link Schema#MONTHLY_TOTALS} declares in this order. */
    static MonthlyTotal of(AggregateRow row) {
        var key = row.key();
        return new MonthlyTotal((Long) key.get(0), Schema.month((Long) key.get(1)), (Long) key.get(2),
                StoredCodes.kind((Long) key.get(3)), Currency.getInstance((String) key.get(4)), row.count(), row.sum());
    }
}
