package io.finterm.format;

import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import java.time.LocalDate;

/** One valid CSV row: what it says, and the line it came from. */
public record CsvRow(long line, LocalDate date, TxKind kind, String category, Money amount, String description) {
}
