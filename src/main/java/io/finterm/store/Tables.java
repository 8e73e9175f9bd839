package io.finterm.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.Serializer;
import org.mapdb.serializer.GroupSerializer;
import org.mapdb.serializer.SerializerArrayTuple;

/**
 * The materialized state in MapDB: one B-tree of encoded rows per table, one sorted set per index,
 * one B-tree per aggregate, and a small meta map (schema version, the journal sequence number the
 * state reflects, the id sequences and the row counts). Derived entirely from the journal.
 *
 * <p>Not thread-safe for writers: {@link Store} lets one writer at a time call {@link #apply}.
 */
final class Tables {
    private static final String SCHEMA_VERSION = "schema.version";
    private static final String JOURNAL_SEQ = "journal.seq";

    private final DB db;
    private final Map<Table<?>, BTreeMap<Long, byte[]>> rows = new HashMap<>();
    private final Map<Index<?>, NavigableSet<Object[]>> indexes = new HashMap<>();
    private final Map<Index<?>, Comparator<Object[]>> indexOrder = new HashMap<>();
    private final Map<Aggregate<?>, BTreeMap<Object[], long[]>> aggregates = new HashMap<>();
    private BTreeMap<String, Long> meta;

    private Tables(DB db) {
        this.db = db;
    }

    /** Opens the structures of a MapDB file that a clean shutdown left. */
    static Tables open(DB db) {
        Tables t = new Tables(db);
        t.meta = db.treeMap("meta", Serializer.STRING, Serializer.LONG).open();
        for (Table<?> table : Schema.TABLES) {
            t.rows.put(table, db.treeMap("t." + table.name(), Serializer.LONG_DELTA, Serializer.BYTE_ARRAY).open());
            for (Index<?> index : table.indexes()) {
                t.indexes.put(index, indexMaker(db, index).open().keySet());
                t.indexOrder.put(index, tuple(index.entryColumns()));
            }
            for (Aggregate<?> a : table.aggregates()) {
                t.aggregates.put(a, aggregateMaker(db, a).open());
            }
        }
        return t;
    }

    /** Creates every structure in an empty MapDB from a complete, final state, using sorted bulk loads. */
    static Tables load(DB db, State state) {
        Map<String, Long> metaValues = new java.util.TreeMap<>();
        metaValues.put(SCHEMA_VERSION, (long) Schema.VERSION);
        metaValues.put(JOURNAL_SEQ, state.seq);
        Tables t = new Tables(db);
        for (Table<?> table : Schema.TABLES) {
            Map<Long, byte[]> tableRows = state.rows(table);
            long[] ids = tableRows.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            metaValues.put("count." + table.name(), (long) ids.length);
            metaValues.put("seq." + table.name(), state.sequences.getOrDefault(table, 1L));
            t.loadTable(table, ids, tableRows);
        }
        var metaSink = db.treeMap("meta", Serializer.STRING, Serializer.LONG).createFromSink();
        metaValues.forEach(metaSink::put);
        t.meta = metaSink.create();
        return t;
    }

    private <T> void loadTable(Table<T> table, long[] ids, Map<Long, byte[]> tableRows) {
        var rowSink = db.treeMap("t." + table.name(), Serializer.LONG_DELTA, Serializer.BYTE_ARRAY).createFromSink();
        List<T> decoded = new ArrayList<>(ids.length);
        for (long id : ids) {
            byte[] bytes = tableRows.get(id);
            rowSink.put(id, bytes);
            decoded.add(table.codec().decode(id, bytes));
        }
        rows.put(table, rowSink.create());
        for (Index<T> index : table.indexes()) {
            SerializerArrayTuple order = tuple(index.entryColumns());
            Object[][] entries = new Object[decoded.size()][];
            for (int i = 0; i < entries.length; i++) {
                entries[i] = index.entry(decoded.get(i));
            }
            Arrays.parallelSort(entries, order);
            var sink = indexMaker(db, index).createFromSink();
            for (Object[] e : entries) {
                sink.put(e, Boolean.TRUE);
            }
            indexes.put(index, sink.create().keySet());
            indexOrder.put(index, order);
        }
        for (Aggregate<T> a : table.aggregates()) {
            Map<List<Object>, long[]> sums = new HashMap<>();
            for (T row : decoded) {
                long[] v = sums.computeIfAbsent(Arrays.asList(a.key(row)), k -> new long[2]);
                v[0]++;
                v[1] = Math.addExact(v[1], a.amount(row));
            }
            SerializerArrayTuple order = tuple(a.columns());
            Object[][] keys = sums.keySet().stream().map(List::toArray).toArray(Object[][]::new);
            Arrays.sort(keys, order);
            var sink = aggregateMaker(db, a).createFromSink();
            for (Object[] k : keys) {
                sink.put(k, sums.get(Arrays.asList(k)));
            }
            aggregates.put(a, sink.create());
        }
    }

    private static DB.TreeMapMaker<Object[], Object> indexMaker(DB db, Index<?> index) {
        // A tree map without values is MapDB's sorted set; made this way so that it can be bulk loaded.
        return new DB.TreeMapMaker<Object[], Object>(db, "i." + index.name(), false)
                .keySerializer(tuple(index.entryColumns()));
    }

    private static DB.TreeMapMaker<Object[], long[]> aggregateMaker(DB db, Aggregate<?> a) {
        return db.treeMap("a." + a.name(), tuple(a.columns()), Serializer.LONG_ARRAY);
    }

    private static SerializerArrayTuple tuple(Column[] columns) {
        Serializer<?>[] s = new Serializer<?>[columns.length];
        for (int i = 0; i < columns.length; i++) {
            s[i] = columns[i].serializer;
        }
        return new SerializerArrayTuple(s);
    }

    /** Applies one commit: rows, index entries, aggregates and meta, in that order. */
    void apply(Commit commit) {
        Map<Aggregate<?>, Map<List<Object>, long[]>> deltas = new LinkedHashMap<>();
        Map<Table<?>, Long> countDeltas = new HashMap<>();
        for (Commit.RowChange change : commit.changes()) {
            applyChange(change, deltas, countDeltas);
        }
        deltas.forEach(this::applyDeltas);
        countDeltas.forEach((table, d) -> {
            if (d != 0) {
                meta.put("count." + table.name(), count(table) + d);
            }
        });
        commit.sequences().forEach((table, next) -> meta.put("seq." + table.name(), next));
        meta.put(JOURNAL_SEQ, commit.seq());
    }

    private <T> void applyChange(Commit.RowChange change, Map<Aggregate<?>, Map<List<Object>, long[]>> deltas,
                                 Map<Table<?>, Long> countDeltas) {
        @SuppressWarnings("unchecked")
        Table<T> table = (Table<T>) change.table();
        BTreeMap<Long, byte[]> primary = rows.get(table);
        byte[] old = primary.get(change.id());
        if (old != null && !change.isDelete() && Arrays.equals(old, change.bytes())) {
            return;
        }
        if (old != null) {
            T oldRow = table.codec().decode(change.id(), old);
            for (Index<T> index : table.indexes()) {
                indexes.get(index).remove(index.entry(oldRow));
            }
            for (Aggregate<T> a : table.aggregates()) {
                addDelta(deltas, a, oldRow, -1);
            }
        }
        if (change.isDelete()) {
            if (old != null) {
                primary.remove(change.id());
                countDeltas.merge(table, -1L, Long::sum);
            }
            return;
        }
        primary.put(change.id(), change.bytes());
        T row = table.cast(change.decoded());
        for (Index<T> index : table.indexes()) {
            indexes.get(index).add(index.entry(row));
        }
        for (Aggregate<T> a : table.aggregates()) {
            addDelta(deltas, a, row, +1);
        }
        if (old == null) {
            countDeltas.merge(table, 1L, Long::sum);
        }
    }

    private static <T> void addDelta(Map<Aggregate<?>, Map<List<Object>, long[]>> deltas, Aggregate<T> a, T row, int sign) {
        long[] d = deltas.computeIfAbsent(a, k -> new HashMap<>())
                .computeIfAbsent(Arrays.asList(a.key(row)), k -> new long[2]);
        d[0] += sign;
        d[1] = Math.addExact(d[1], sign * a.amount(row));
    }

    private void applyDeltas(Aggregate<?> a, Map<List<Object>, long[]> byKey) {
        BTreeMap<Object[], long[]> map = aggregates.get(a);
        byKey.forEach((key, d) -> {
            if (d[0] == 0 && d[1] == 0) {
                return;
            }
            Object[] k = key.toArray();
            long[] current = map.getOrDefault(k, new long[2]);
            long count = current[0] + d[0];
            long sum = Math.addExact(current[1], d[1]);
            if (count == 0) {
                map.remove(k);
            } else {
                map.put(k, new long[] {count, sum});
            }
        });
    }

    byte[] rowBytes(Table<?> table, long id) {
        return rows.get(table).get(id);
    }

    BTreeMap<Long, byte[]> rows(Table<?> table) {
        return rows.get(table);
    }

    NavigableSet<Object[]> index(Index<?> index) {
        return indexes.get(index);
    }

    Comparator<Object[]> order(Index<?> index) {
        return indexOrder.get(index);
    }

    BTreeMap<Object[], long[]> aggregate(Aggregate<?> a) {
        return aggregates.get(a);
    }

    long count(Table<?> table) {
        return meta.getOrDefault("count." + table.name(), 0L);
    }

    long nextId(Table<?> table) {
        return meta.getOrDefault("seq." + table.name(), 1L);
    }

    long journalSeq() {
        return meta.getOrDefault(JOURNAL_SEQ, 0L);
    }

    long schemaVersion() {
        return meta.getOrDefault(SCHEMA_VERSION, 0L);
    }

    /** Records that the journal was renumbered by a compaction; the rows themselves are unchanged. */
    void setJournalSeq(long seq) {
        meta.put(JOURNAL_SEQ, seq);
    }

    /** The complete logical content of a store, as rebuilt from the journal. */
    static final class State {
        final Map<Table<?>, Map<Long, byte[]>> rows = new HashMap<>();
        final Map<Table<?>, Long> sequences = new HashMap<>();
        long seq;

        Map<Long, byte[]> rows(Table<?> table) {
            return rows.computeIfAbsent(table, t -> new HashMap<>());
        }

        void apply(Commit commit) {
            for (Commit.RowChange c : commit.changes()) {
                if (c.isDelete()) {
                    rows(c.table()).remove(c.id());
                } else {
                    rows(c.table()).put(c.id(), c.bytes());
                }
            }
            sequences.putAll(commit.sequences());
            seq = commit.seq();
        }
    }
}
