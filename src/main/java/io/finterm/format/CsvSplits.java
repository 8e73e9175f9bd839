package io.finterm.format;

import io.finterm.domain.Transaction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Groups CSV rows into transactions: rows next to each other that share a non-blank {@code id} are
 * the lines of one split (as {@code finterm export --format csv} writes one), every other row is a
 * transaction of its own. The rows of one split must agree on everything but their category, amount
 * and memo, and must be next to each other; an id that comes back after other rows is refused
 * rather than read as a second transaction. Only the ids of finished groups are kept, with their
 * first line, for that check.
 */
public final class CsvSplits implements Consumer<CsvRow> {
    /** What the rows of one split share, with the column that names it. */
    private static final List<Map.Entry<String, Function<CsvRow, Object>>> SHARED = List.of(
            Map.entry("date", CsvRow::date), Map.entry("type", CsvRow::kind), Map.entry("account", r -> r.account().id()),
            Map.entry("currency", r -> r.amount().currency()), Map.entry("description", CsvRow::description),
            Map.entry("payee", CsvRow::payee), Map.entry("tags", CsvRow::tags), Map.entry("status", CsvRow::status));

    private final Consumer<List<CsvRow>> transactions;
    private final BiConsumer<Long, String> errors;
    private final List<CsvRow> group = new ArrayList<>();
    private final Map<String, Long> finished = new HashMap<>();

    /**
     * @param transactions hears each transaction's rows, in file order: one row, or a split's lines
     * @param errors       hears {@code (line, "field: reason")} for a row that cannot belong where it is
     */
    public CsvSplits(Consumer<List<CsvRow>> transactions, BiConsumer<Long, String> errors) {
        this.transactions = transactions;
        this.errors = errors;
    }

    @Override
    public void accept(CsvRow row) {
        if (!group.isEmpty() && !row.id().equals(group.get(0).id())) {
            flush();
        }
        if (row.id().isEmpty()) {
            transactions.accept(List.of(row));
            return;
        }
        if (group.isEmpty()) {
            Long earlier = finished.get(row.id());
            if (earlier != null) {
                errors.accept(row.line(), "id: '" + row.id() + "' is also the id of line " + earlier
                        + "; the rows of one split are next to each other");
                return;
            }
        } else {
            String why = differs(group.get(0), row);
            if (why != null) {
                errors.accept(row.line(), why);
                return;
            }
            if (group.size() == Transaction.MAX_LINES) {
                errors.accept(row.line(), "id: a split has at most " + Transaction.MAX_LINES + " lines");
                return;
            }
        }
        group.add(row);
    }

    /**
     * A row between here and the next could not be read: the group so far ends, so that rows of one
     * id on both sides of it are told apart (and refused) exactly as if the bad row were good.
     */
    public void unreadable() {
        flush();
    }

    /** Hands on the last group; call after the last row. */
    public void finish() {
        flush();
    }

    private void flush() {
        if (!group.isEmpty()) {
            finished.put(group.get(0).id(), group.get(0).line());
            transactions.accept(List.copyOf(group));
            group.clear();
        }
    }

    private static String differs(CsvRow first, CsvRow row) {
        for (Map.Entry<String, Function<CsvRow, Object>> shared : SHARED) {
            if (!Objects.equals(shared.getValue().apply(first), shared.getValue().apply(row))) {
                return shared.getKey() + ": differs from line " + first.line() + ", which has the same id '" + row.id()
                        + "'; the rows of one split share everything but their category, amount and memo";
            }
        }
        return null;
    }
}
