package io.finterm.format;

import io.finterm.domain.Account;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import java.time.LocalDate;

/** One valid CSV row: what it says, the line it came from, and the account it goes into, in whose currency its amount is. */
public record CsvRow(long line, LocalDate date, TxKind kind, String category, Money amount, String description, Account account) {
}
