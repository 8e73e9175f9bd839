package io.finterm.format.bank;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * One transaction as a bank file states it, before it is booked: no category (a bank has none of
 * the person's), no account (an import goes into the one account it is given).
 *
 * @param line        the line (or, for XML, the line of the element) it was read from, for messages
 * @param date        the booking or transaction date
 * @param otherDate   the file's second date (value date, posted date), or {@code null}
 * @param amount      exact, as written, signed: negative is money out of the account
 * @param currency    the ISO code the file states for this row, or {@code ""} when it states none
 * @param payee       the counterparty or payee, cleaned, {@code ""} when there is none
 * @param description what the bank says the payment was (purpose, memo, remittance text), cleaned, or {@code ""}
 * @param bankId      the bank's own id for this row (OFX FITID, camt AcctSvcrRef, a unique reference
 *                    column), or {@code ""}
 * @param labels      the bank's own category or type labels, which become tags, never categories
 * @param lines       the lines of a split the file states (QIF {@code S}/{@code $}); empty when not split
 */
public record BankRow(long line, LocalDate date, LocalDate otherDate, BigDecimal amount, String currency, String payee,
                      String description, String bankId, List<String> labels, List<Line> lines) {
    public BankRow {
        labels = List.copyOf(labels);
        lines = List.copyOf(lines);
    }

    /** A row with no second date, labels or lines. */
    public BankRow(long line, LocalDate date, BigDecimal amount, String currency, String payee, String description, String bankId) {
        this(line, date, null, amount, currency, payee, description, bankId, List.of(), List.of());
    }

    /** One line of a split: its exact signed amount, the bank's label for it, and its memo. */
    public record Line(BigDecimal amount, String label, String memo) {
    }
}
