package io.finterm.analysis;

import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;

/**
 * Totals over a period, grouped as asked. {@code month}, {@code category} and {@code account} are
 * {@code null} when not grouped by, as are {@code payee} and {@code tag}. Transfers between one's own accounts are neither income nor
 * expenses and are never counted. {@code total} is the sum of the rows for one type, and income minus expenses
 * when both types are shown. Transactions in other currencies are converted to {@code currency} at
 * the rate of their day, or the nearest earlier day's; those with no rate on or before it are left
 * out. {@code conversion} counts both, for the note that goes with the totals. By tag, a transaction with
 * several tags counts under each, so the rows add up to more than {@code total} (which counts it once):
 * {@code note} then says so ("" otherwise).
 */
public record Totals(Currency currency, LocalDate from, LocalDate to, List<Row> rows, Money total, Conversion conversion, String note) {
    /** A blank payee's row, by payee. */
    public static final String NO_PAYEE = "(no payee)";
    /** The row of transactions with no tag, by tag. */
    public static final String UNTAGGED = "(untagged)";

    public record Row(YearMonth month, String category, String account, String payee, String tag, TxKind type, long count, Money total) {
        /** A row not grouped by payee or tag. */
        public Row(YearMonth month, String category, String account, TxKind type, long count, Money total) {
            this(month, category, account, null, null, type, count, total);
        }

        /** A row not grouped by account, payee or tag. */
        public Row(YearMonth month, String category, TxKind type, long count, Money total) {
            this(month, category, null, type, count, total);
        }
    }

    public Totals(Currency currency, LocalDate from, LocalDate to, List<Row> rows, Money total, Conversion conversion) {
        this(currency, from, to, rows, total, conversion, "");
    }

    /** What to group by. */
    public enum By {
        NONE, MONTH, CATEGORY, MONTH_CATEGORY, ACCOUNT, PAYEE, TAG;

        /** Whether each row is one month. */
        public boolean months() {
            return this == MONTH || this == MONTH_CATEGORY;
        }

        /** Whether each row is one category. */
        public boolean categories() {
            return this == CATEGORY || this == MONTH_CATEGORY;
        }

        /** Whether each row is one account. */
        public boolean accounts() {
            return this == ACCOUNT;
        }

        /** Whether each row is one payee ({@link #NO_PAYEE} for none). */
        public boolean payees() {
            return this == PAYEE;
        }

        /** Whether each row is one tag ({@link #UNTAGGED} for none); a transaction counts under each of its tags. */
        public boolean tags() {
            return this == TAG;
        }

        /** Whether the monthly totals cannot answer (they know no accounts, payees or tags): every row is read. */
        public boolean rowByRow() {
            return accounts() || payees() || tags();
        }
    }

    public Totals {
        rows = List.copyOf(rows);
        note = note == null ? "" : note;
    }

    /** Income, expenses and the number of transactions counted, over every row, whatever the grouping (by tag, once per tag). */
    public Figures figures() {
        long income = 0;
        long expenses = 0;
        long count = 0;
        for (Row r : rows) {
            if (r.type() == TxKind.INCOME) {
                income = Math.addExact(income, r.total().minor());
            } else {
                expenses = Math.addExact(expenses, r.total().minor());
            }
            count += r.count();
        }
        return new Figures(new Money(income, currency), new Money(expenses, currency), count);
    }
}
