package io.finterm.format;

import io.finterm.domain.Money;
import io.finterm.domain.SplitLine;
import io.finterm.domain.Transaction;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.function.LongFunction;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes transactions as CSV in the layout {@link CsvTransactions} reads back, streamed row by row:
 * {@value #HEADER}. The amount is unsigned beside its type; tags are separated by {@code ;}. A split
 * is one row per line, each with the line's category, amount and memo and the transaction's shared
 * {@code id}, so that its rows can be told apart and summed; any other transaction is one row with
 * a blank memo (a transfer leg with a blank category, which an import refuses: a transfer is made whole).
 */
public final class CsvTransactionsOut implements AutoCloseable {
    public static final String HEADER = "id,date,type,account,category,amount,currency,description,payee,tags,status,memo";

    private final CSVPrinter out;

    public CsvTransactionsOut(Writer w) {
        try {
            this.out = new CSVPrinter(w, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get());
            out.printRecord((Object[]) HEADER.split(","));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One transaction: a row, or a row per line of a split; {@code account} and {@code category} name an id. */
    public void transaction(Transaction t, LongFunction<String> account, LongFunction<String> category) {
        if (!t.isSplit()) {
            row(t, account, t.isTransfer() ? "" : category.apply(t.categoryId()), t.amount(), "");
            return;
        }
        for (SplitLine line : t.lines()) {
            row(t, account, category.apply(line.categoryId()), line.amount(), line.memo());
        }
    }

    private void row(Transaction t, LongFunction<String> account, String category, Money amount, String memo) {
        try {
            out.printRecord(List.of(Long.toString(t.id()), t.date().toString(), t.kind().label(), account.apply(t.accountId()),
                    category, amount.toDecimalString(), amount.currency().getCurrencyCode(), t.description(), t.payee(),
                    String.join(";", t.tags()), t.status().word(), memo));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
