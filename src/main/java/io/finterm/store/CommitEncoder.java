package io.finterm.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/** Turns a finished write transaction into the commit that makes its changes durable, tables in schema order. */
final class CommitEncoder {
    private static final int PARALLEL_ENCODE = 10_000;

    private CommitEncoder() {
    }

    static Commit encode(WriteTx tx, long seq) {
        List<Commit.RowChange> changes = new ArrayList<>();
        for (Table<?> table : Schema.TABLES) {
            addChanges(tx, table, changes);
        }
        changes.addAll(tx.stagedRows());
        Map<Table<?>, Long> advanced = new LinkedHashMap<>();
        tx.drawnSequences().forEach((table, next) -> {
            if (next > tx.tables.nextId(table)) {
                advanced.put(table, next);
            }
        });
        return new Commit(seq, changes, advanced, false);
    }

    private static <T> void addChanges(WriteTx tx, Table<T> table, List<Commit.RowChange> changes) {
        for (long id : tx.deletedIds(table)) {
            if (tx.tables.rowBytes(table, id) != null) {
                changes.add(new Commit.RowChange(table, id, null, null));
            }
        }
        Map<Long, Object> mine = tx.writtenRows(table);
        long[] ids = mine.keySet().stream().mapToLong(Long::longValue).toArray();
        Object[] rows = mine.values().toArray();
        Commit.RowChange[] encoded = new Commit.RowChange[ids.length];
        IntStream indexes = IntStream.range(0, ids.length);
        // An import's million rows encode on every core; a few rows are not worth handing out.
        (ids.length >= PARALLEL_ENCODE ? indexes.parallel() : indexes).forEach(i -> {
            T row = table.cast(rows[i]);
            encoded[i] = new Commit.RowChange(table, ids[i], table.codec().encode(row), row);
        });
        changes.addAll(Arrays.asList(encoded));
    }
}
