package io.finterm.analysis;

import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import java.time.LocalDate;

/**
 * One transaction as the reports see it: its category by name and its amount converted to the
 * user's base currency ({@code amount}), next to the amount as entered ({@code original}).
 */
public record Item(long id, LocalDate date, TxKind kind, String category, Money amount, Money original, String description) {
}
