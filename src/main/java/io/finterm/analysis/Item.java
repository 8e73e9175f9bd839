package io.finterm.analysis;

import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import java.time.LocalDate;

/**
 * One transaction as the reports see it: its category by name and its amount converted to the
 * user's base currency ({@code amount}), next to the amount as entered ({@code original}).
 *
 * @param rateDate the day of the exchange rate that converted it (its own date, or an earlier one
 *                 when its date had no rate), or {@code null} when it needed no conversion
 */
public record Item(long id, LocalDate date, TxKind kind, String category, Money amount, Money original, String description,
                   LocalDate rateDate) {
    /** An item already in the base currency. */
    public Item(long id, LocalDate date, TxKind kind, String category, Money amount, Money original, String description) {
        this(id, date, kind, category, amount, original, description, null);
    }
}
