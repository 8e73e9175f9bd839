package io.finterm.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.mapdb.BTreeMap;
import org.mapdb.DB;
import org.mapdb.Serializer;
import org.mapdb.serializer.GroupSerializer;
import org.mapdb.serializer.SerializerArrayTuple;

/**
 * The materialized state in MapDB: one B-tree of encoded rows per table, one B-tree per index
 * (entry → nothing, or → the row's bytes for a covering index), one B-tree per aggregate, and a
 * small meta map (the store format, the journal sequence number the state reflects, the id
 * sequences and the row counts). Derived entirely from the journal.
 *
 * <p>Not thread-safe for writers: {@link Store} lets one writer at a time call {@link #apply}.
 */
final class Tables {
    /** The store format of the tables (the key's name is older than the word "format"). */
    private static final String FORMAT = "schema.version";
    static final String JOURNAL_SEQ = "journal.seq";

    private final DB db;
    private final Map<Table<?>, BTreeMap<Long, byte[]>> rows = new ConcurrentHashMap<>();
    private final Map<Index<?>, BTreeMap<Object[], Object>> indexes = new ConcurrentHashMap<>();
    private final Map<Aggregate<?>, BTreeMap<Object[], long[]>> aggregates = new ConcurrentHashMap<>();
    private BTreeMap<String, Long> meta;
    /** The meta map is read on every insert; this copy saves a B-tree lookup each time. */
    private final Map<String, Long> metaCache = new HashMap<>();

    private Tables(DB db) {
        this.db = db;
    }

    /** Opens the structures of a MapDB file that a clean shutdown left. */
    static Tables open(DB db) {
        Tables t = new Tables(db);
        t.meta = db.treeMap("meta", Serializer.STRING, Serializer.LONG).open();
        t.metaCache.putAll(t.meta);
        for (Table<?> table : Schema.TABLES) {
            t.rows.put(table, primaryMaker(db, table).open());
            for (Index<?> index : table.indexes()) {
                t.indexes.put(index, indexMaker(db, index).open());
            }
            for (Aggregate<?> a : table.aggregates()) {
                t.aggregates.put(a, aggregateMaker(db, a).open());
            }
        }
        return t;
    }

    /**
     * Creates every structure in an empty MapDB from a complete, final state with MapDB's sorted
     * bulk loads, building the tables, indexes and aggregates in parallel.
     */
    static Tables load(DB db, State state) {
        Tables t = new Tables(db);
        Map<String, Long> metaValues = new TreeMap<>();
        metaValues.put(FORMAT, (long) StoreFormat.CURRENT);
        metaValues.put(JOURNAL_SEQ, state.seq);
        List<Runnable> builds = new ArrayList<>();
        for (Table<?> table : Schema.TABLES) {
            Loaded<?> loaded = Loaded.of(table, state.rows(table));
            metaValues.put(table.countKey, (long) loaded.ids.length);
            metaValues.put(table.seqKey, state.sequences.getOrDefault(table, 1L));
            t.addBuilds(loaded, builds);
        }
        runAll(builds);
        var metaSink = db.treeMap("meta", Serializer.STRING, Serializer.LONG).createFromSink();
        metaValues.forEach(metaSink::put);
        t.meta = metaSink.create();
        t.metaCache.putAll(metaValues);
        return t;
    }

    /** Runs the builds on as many threads as there are cores; MapDB's store takes concurrent writers. */
    private static void runAll(List<Runnable> builds) {
        ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Runnable b : builds) {
                running.add(pool.submit(b));
            }
            for (Future<?> f : running) {
                f.get();
            }
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("interrupted while loading the tables");
        } finally {
            pool.shutdownNow();
        }
    }

    /** A table's rows sorted by id, both as bytes and decoded. */
    private record Loaded<T>(Table<T> table, long[] ids, byte[][] bytes, List<T> decoded) {
        static <T> Loaded<T> of(Table<T> table, Map<Long, StoredRow> rows) {
            long[] ids = rows.keySet().stream().mapToLong(Long::longValue).sorted().toArray();
            byte[][] bytes = new byte[ids.length][];
            Object[] decoded = new Object[ids.length];
            IntStream.range(0, ids.length).parallel().forEach(i -> {
                StoredRow r = rows.get(ids[i]);
                bytes[i] = r.bytes();
                decoded[i] = r.row() != null ? r.row() : table.codec().decode(ids[i], r.bytes());
            });
            List<T> typed = new ArrayList<>(ids.length);
            for (Object o : decoded) {
                typed.add(table.cast(o));
            }
            return new Loaded<>(table, ids, bytes, typed);
        }
    }

    private <T> void addBuilds(Loaded<T> loaded, List<Runnable> builds) {
        Table<T> table = loaded.table();
        builds.add(() -> {
            var sink = primaryMaker(db, table).createFromSink();
            for (int i = 0; i < loaded.ids().length; i++) {
                sink.put(loaded.ids()[i], loaded.bytes()[i]);
            }
            rows.put(table, sink.create());
        });
        for (Index<T> index : table.indexes()) {
            builds.add(() -> indexes.put(index, BulkBuilds.index(db, index, loaded.decoded(), loaded.bytes())));
        }
        for (Aggregate<T> a : table.aggregates()) {
            builds.add(() -> aggregates.put(a, BulkBuilds.aggregate(db, a, loaded.decoded())));
        }
    }

    private static DB.TreeMapMaker<Long, byte[]> primaryMaker(DB db, Table<?> table) {
        return db.treeMap("t." + table.name(), Serializer.LONG_DELTA, Serializer.BYTE_ARRAY);
    }

    @SuppressWarnings("unchecked")
    static DB.TreeMapMaker<Object[], Object> indexMaker(DB db, Index<?> index) {
        // Maps rather than MapDB's tree sets, because only maps can be bulk loaded; a plain index
        // has one-byte values, a covering index the row's bytes, so a range scan needs no lookups.
        GroupSerializer<?> values = index.covering() ? Serializer.BYTE_ARRAY : Serializer.BOOLEAN;
        return db.treeMap("i." + index.name(), tuple(index.entryColumns()), (GroupSerializer<Object>) values);
    }

    static DB.TreeMapMaker<Object[], long[]> aggregateMaker(DB db, Aggregate<?> a) {
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
                putMeta(table.countKey, count(table) + d);
            }
        });
        commit.sequences().forEach((table, next) -> putMeta(table.seqKey, next));
        putMeta(JOURNAL_SEQ, commit.seq());
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
                BTreeMap<Object[], Object> map = indexes.get(index);
                index.entries(oldRow).forEach(map::remove);
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
            BTreeMap<Object[], Object> map = indexes.get(index);
            Object value = index.covering() ? change.bytes() : Boolean.TRUE;
            index.entries(row).forEach(e -> map.put(e, value));
        }
        for (Aggregate<T> a : table.aggregates()) {
            addDelta(deltas, a, row, +1);
        }
        if (old == null) {
            countDeltas.merge(table, 1L, Long::sum);
        }
    }

    private static <T> void addDelta(Map<Aggregate<?>, Map<List<Object>, long[]>> deltas, Aggregate<T> a, T row, int sign) {
        a.each(row, (key, amount) -> {
            long[] d = deltas.computeIfAbsent(a, k -> new HashMap<>()).computeIfAbsent(Arrays.asList(key), k -> new long[2]);
            d[0] += sign;
            d[1] = Math.addExact(d[1], sign * amount);
        });
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

    private void putMeta(String key, long value) {
        meta.put(key, value);
        metaCache.put(key, value);
    }

    byte[] rowBytes(Table<?> table, long id) {
        return rows.get(table).get(id);
    }

    BTreeMap<Long, byte[]> rows(Table<?> table) {
        return rows.get(table);
    }

    /** The index as a sorted map from entries to their values (row bytes, for a covering index). */
    NavigableMap<Object[], Object> index(Index<?> index) {
        return indexes.get(index);
    }

    BTreeMap<Object[], long[]> aggregate(Aggregate<?> a) {
        return aggregates.get(a);
    }

    long count(Table<?> table) {
        return metaCache.getOrDefault(table.countKey, 0L);
    }

    /** How many rows all the tables hold. */
    long rowCount() {
        long rows = 0;
        for (Table<?> t : Schema.TABLES) {
            rows += count(t);
        }
        return rows;
    }

    long nextId(Table<?> table) {
        return metaCache.getOrDefault(table.seqKey, 1L);
    }

    long journalSeq() {
        return metaCache.getOrDefault(JOURNAL_SEQ, 0L);
    }

    long format() {
        return metaCache.getOrDefault(FORMAT, 0L);
    }

    /** Records that the journal was renumbered by a compaction; the rows themselves are unchanged. */
    void setJournalSeq(long seq) {
        putMeta(JOURNAL_SEQ, seq);
    }

    /** Closes the MapDB under the tables; with {@code sync}, after forcing it to disk. */
    void close(boolean sync) {
        if (!db.isClosed()) {
            if (sync) {
                db.commit();
            }
            db.close();
        }
    }

    /** A copy of the complete logical content, to apply a bulk commit to and load again. */
    State state() {
        State state = new State();
        for (Table<?> table : Schema.TABLES) {
            Map<Long, StoredRow> copy = state.rows(table);
            rows.get(table).forEach((id, bytes) -> copy.put(id, new StoredRow(bytes, null)));
            state.sequences.put(table, nextId(table));
        }
        state.seq = journalSeq();
        return state;
    }

    /** A row's bytes, and the decoded row when it is at hand already. */
    record StoredRow(byte[] bytes, Object row) {
    }

    /** The complete logical content of a store, as rebuilt from the journal. */
    static final class State {
        final Map<Table<?>, Map<Long, StoredRow>> rows = new HashMap<>();
        final Map<Table<?>, Long> sequences = new HashMap<>();
        long seq;

        Map<Long, StoredRow> rows(Table<?> table) {
            return rows.computeIfAbsent(table, t -> new HashMap<>());
        }

        void apply(Commit commit) {
            for (Commit.RowChange c : commit.changes()) {
                if (c.isDelete()) {
                    rows(c.table()).remove(c.id());
                } else {
                    rows(c.table()).put(c.id(), new StoredRow(c.bytes(), c.row()));
                }
            }
            sequences.putAll(commit.sequences());
            seq = commit.seq();
        }
    }
}
