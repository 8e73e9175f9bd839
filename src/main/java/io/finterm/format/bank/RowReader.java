package io.finterm.format.bank;

import io.finterm.domain.Text;
import io.finterm.domain.ValidationException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns one record of the data part into a {@link BankRow} by the columns' indexes, decided once:
 * the row path does no lookup by name, no regex and no formatter call. A cell that does not fit is
 * a {@link ValidationException} naming the field.
 */
final class RowReader {
    private static final List<DatePattern> CANDIDATES = DatePattern.CANDIDATES.stream().map(DatePattern::of).toList();

    private final Columns c;
    private final DatePattern date;
    private final DatePattern otherDate;
    private final AmountText amounts;
    private final boolean negate;
    private final boolean referenceIsId;
    private final String headerCurrency;

    /** @param headerCurrency the code the amount column's name states ({@code Bedrag (EUR)}), or {@code ""}: a row's own currency wins */
    RowReader(Columns columns, DatePattern date, DatePattern otherDate, char decimal, boolean negate, boolean referenceIsId,
              String headerCurrency) {
        this.headerCurrency = headerCurrency;
        this.c = columns;
        this.date = date;
        this.otherDate = otherDate;
        this.amounts = new AmountText(decimal);
        this.negate = negate;
        this.referenceIsId = referenceIsId;
    }

    /**
     * Whether this record's date cell is no date at all (blank, or words such as {@code Total} or
     * {@code Kontostand am 28.11.2026}): such a record after the last row is a totals or
     * closing-balance line, not a row. A date-shaped cell ({@code 31.02.2026}, {@code 2026-13-01}) is
     * never this: it is a row with a wrong date.
     */
    boolean dateless(CsvScanner r) {
        return noDate(cell(r, c.date()), date);
    }

    /** Whether {@code r}, whatever its width, has a date in its date cell: a row, then, and never a line after the data. */
    boolean dated(CsvScanner r) {
        return c.date() < r.size() && !dateless(r);
    }

    /** {@link #dateless} for one cleaned, stripped date cell, read with {@code pattern} (or only the candidates when null). */
    static boolean noDate(String cell, DatePattern pattern) {
        if (cell.isEmpty()) {
            return true;
        }
        if (cell.chars().noneMatch(Character::isLetter) || pattern != null && pattern.fits(cell)) {
            return false;
        }
        for (DatePattern p : CANDIDATES) {
            if (p.fits(cell)) {
                return false;
            }
        }
        return true;
    }

    BankRow row(CsvScanner r, long line) {
        LocalDate day = date.parse("date", cell(r, c.date()));
        LocalDate other = null;
        if (c.otherDate() >= 0) {
            String o = cell(r, c.otherDate());
            other = o.isEmpty() ? null : otherDate.parse("other-date", o);
        }
        BigDecimal amount = amount(r);
        String stated = amounts.currency().isEmpty() ? headerCurrency : amounts.currency();
        if (c.currency() >= 0) {
            String code = cell(r, c.currency());
            if (!code.isEmpty()) {
                if (!ColumnRoles.currencyCode(code)) {
                    throw new ValidationException("currency", "'" + code + "' is not a currency code");
                }
                stated = code.toUpperCase(Locale.ROOT);
            }
        }
        List<String> labels = List.of();
        for (int i : c.category()) {
            String label = cell(r, i);
            if (!label.isEmpty()) {
                labels = labels.isEmpty() ? List.of(label) : plus(labels, label);
            }
        }
        return new BankRow(line, day, other, negate ? amount.negate() : amount, stated, joined(r, c.payeeFor(negate ? -amount.signum() : amount.signum())),
                joined(r, c.description()), referenceIsId ? cell(r, c.reference()) : "", labels, List.of());
    }

    private BigDecimal amount(CsvScanner r) {
        if (c.amount() >= 0) {
            String text = cell(r, c.amount());
            BigDecimal v = amounts.read("amount", text);
            if (v == null) {
                throw new ValidationException("amount", "is empty");
            }
            if (c.indicator() < 0) {
                return v;
            }
            String word = cell(r, c.indicator());
            int way = Indicator.of(word);
            if (way == 0) {
                throw new ValidationException("indicator", word.isEmpty() ? "is empty"
                        : "'" + word + "' is neither a debit (DR, D, S, Af) nor a credit (CR, C, H, Bij)");
            }
            if (v.signum() < 0 && way > 0) {
                throw new ValidationException("amount", "'" + text + "' is negative, but the indicator says '" + word + "' (money in)");
            }
            return way < 0 ? v.abs().negate() : v.abs();
        }
        String debitText = cell(r, c.debit());
        String creditText = cell(r, c.credit());
        BigDecimal debit = amounts.read("debit", debitText);
        BigDecimal credit = amounts.read("credit", creditText);
        boolean out = debit != null && debit.signum() != 0;
        boolean in = credit != null && credit.signum() != 0;
        if (out && in) {
            throw new ValidationException("amount", "both " + c.name(c.debit()) + " ('" + debitText + "') and "
                    + c.name(c.credit()) + " ('" + creditText + "') are filled");
        }
        if (debit == null && credit == null) {
            throw new ValidationException("amount", "neither " + c.name(c.debit()) + " nor " + c.name(c.credit()) + " is filled");
        }
        if (out || credit == null) {
            amounts.read("debit", debitText); // keeps the debit cell's currency for the row
            return debit.abs().negate();
        }
        return credit.abs();
    }

    private static List<String> plus(List<String> labels, String label) {
        List<String> more = new ArrayList<>(labels);
        more.add(label);
        return more;
    }

    private static String joined(CsvScanner r, int[] columns) {
        if (columns.length == 1) {
            return cell(r, columns[0]);
        }
        StringBuilder s = new StringBuilder();
        for (int i : columns) {
            String part = cell(r, i);
            if (!part.isEmpty()) {
                s.append(s.length() == 0 ? "" : " ").append(part);
            }
        }
        return s.toString();
    }

    private static String cell(CsvScanner r, int i) {
        return Text.clean(r.get(i)).strip();
    }
}
