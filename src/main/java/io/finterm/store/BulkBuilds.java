package io.finterm.store;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntUnaryOperator;
import org.mapdb.BTreeMap;
import org.mapdb.DB;

/**
 * Builds an index or an aggregate of a whole table at once, from its rows sorted by id, with MapDB's
 * sorted bulk load: what a rebuild and a large commit do for every index and aggregate, in parallel.
 */
final class BulkBuilds {
    private BulkBuilds() {
    }

    /** {@code index} of {@code rows}; {@code bytes} are the rows' encodings, which a covering index keeps. */
    static <T> BTreeMap<Object[], Object> index(DB db, Index<T> index, List<T> rows, byte[][] bytes) {
        if (index.oneKeyARow()) {
            Object[][] entries = new Object[rows.size()][];
            for (int i = 0; i < entries.length; i++) {
                entries[i] = index.entry(rows.get(i));
            }
            return load(db, index, entries, i -> i, bytes);
        }
        // A row may have several entries, or none (most rows have no tag): each entry remembers its row.
        IndexEntries entries = new IndexEntries(Math.min(rows.size(), 1024));
        for (int i = 0; i < rows.size(); i++) {
            T row = rows.get(i);
            Object[] only = index.onlyEntry(row);
            if (only != null) {
                entries.add(only, i);
            } else {
                for (Object[] e : index.otherEntries(row)) {
                    entries.add(e, i);
                }
            }
        }
        return load(db, index, entries.all(), entries::rowOf, bytes);
    }

    private static <T> BTreeMap<Object[], Object> load(DB db, Index<T> index, Object[][] entries, IntUnaryOperator rowOf,
                                                       byte[][] bytes) {
        var sink = Tables.indexMaker(db, index).createFromSink();
        for (int entry : EntrySort.order(entries)) {
            sink.put(entries[entry], index.covering() ? bytes[rowOf.applyAsInt(entry)] : Boolean.TRUE);
        }
        return sink.create();
    }

    /** The count and sum of {@code a} under each key its {@code rows} give. */
    static <T> BTreeMap<Object[], long[]> aggregate(DB db, Aggregate<T> a, List<T> rows) {
        Map<List<Object>, long[]> sums = new HashMap<>();
        Aggregate.ShareSink sum = (key, amount) -> {
            long[] v = sums.computeIfAbsent(Arrays.asList(key), k -> new long[2]);
            v[0]++;
            v[1] = Math.addExact(v[1], amount);
        };
        for (T row : rows) {
            a.each(row, sum);
        }
        Object[][] keys = sums.keySet().stream().map(List::toArray).toArray(Object[][]::new);
        Arrays.sort(keys, TupleOrder.INSTANCE);
        var sink = Tables.aggregateMaker(db, a).createFromSink();
        for (Object[] k : keys) {
            sink.put(k, sums.get(Arrays.asList(k)));
        }
        return sink.create();
    }
}
