package io.finterm.format;

import io.finterm.domain.Account;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import java.time.LocalDate;
import java.util.List;

/**
 * One valid CSV row: what it says, the line it came from, and the account it goes into, in whose
 * currency its amount is. {@code id} is the file's own transaction id ({@code ""} when there is none):
 * rows that share one are the lines of one split, each with its category, amount and {@code memo}.
 */
public record CsvRow(long line, LocalDate date, TxKind kind, String category, Money amount, String description, Account account,
                     String payee, List<String> tags, TxStatus status, String id, String memo) {
    public CsvRow {
        tags = List.copyOf(tags);
    }
}
