package io.finterm.store;

import java.util.List;

/**
 * Undo or redo refused because rows the step changed are no longer as it left them: something else
 * changed them since. Nothing was written. {@code rows} name them ("transaction 812"), the first ones
 * when there are many; {@code more} counts the rest.
 */
public final class StepConflict extends StoreException {
    private final List<Row> rows;
    private final long more;

    /** A row in the way: its table's singular name, its id, the row in words ({@code RowNames}), and what happened to it. */
    public record Row(String table, long id, String name, String what) {
        @Override
        public String toString() {
            return name + " " + what;
        }
    }

    StepConflict(List<Row> rows, long more) {
        super(describe(rows, more));
        this.rows = List.copyOf(rows);
        this.more = more;
    }

    public List<Row> rows() {
        return rows;
    }

    public long more() {
        return more;
    }

    private static String describe(List<Row> rows, long more) {
        StringBuilder sb = new StringBuilder();
        for (Row r : rows) {
            sb.append(sb.length() == 0 ? "" : "; ").append(r);
        }
        if (more > 0) {
            sb.append("; and ").append(more).append(more == 1 ? " more row" : " more rows");
        }
        return sb.toString();
    }
}
