package io.finterm.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Reads straight from the materialized tables; {@link Store} holds the read lock around it. */
class TablesReader implements ReadTx {
    final Tables tables;
    private final long version;

    TablesReader(Tables tables, long version) {
        this.tables = tables;
        this.version = version;
    }

    @Override
    public long version() {
        return version;
    }

    @Override
    public <T> Optional<T> get(Table<T> table, long id) {
        byte[] bytes = tables.rowBytes(table, id);
        return bytes == null ? Optional.empty() : Optional.of(table.codec().decode(id, bytes));
    }

    @Override
    public <T> Optional<T> findUnique(Index<T> index, Object... key) {
        Iterator<Object[]> it = entries(index, KeyRange.prefix(key), Paging.first(1));
        return it.hasNext() ? get(index.table(), primaryKey(it.next())) : Optional.empty();
    }

    @Override
    public <T> Page<T> scan(Index<T> index, KeyRange range, Paging paging) {
        if (index.covering()) {
            Table<T> table = index.table();
            return page(indexMap(index, range, paging).entrySet().iterator(), paging, Map.Entry::getKey,
                    e -> table.codec().decode(primaryKey(e.getKey()), (byte[]) e.getValue()));
        }
        return page(entries(index, range, paging), paging, e -> e, e -> lookUp(index, e));
    }

    final <T> T lookUp(Index<T> index, Object[] entry) {
        long id = primaryKey(entry);
        return get(index.table(), id).orElseThrow(() -> new StoreCorruptException(
                "index " + index + " names row " + id + ", which does not exist; run finterm fsck"));
    }

    /** Skips {@code paging.offset()} items of {@code it}, then takes up to {@code paging.limit()} rows. */
    static <E, T> Page<T> page(Iterator<E> it, Paging paging, Function<E, Object[]> key, Function<E, T> row) {
        for (int skipped = 0; skipped < paging.offset() && it.hasNext(); skipped++) {
            it.next();
        }
        List<T> rows = new ArrayList<>(Math.min(paging.limit(), 64));
        Object[] last = null;
        while (rows.size() < paging.limit() && it.hasNext()) {
            E item = it.next();
            last = key.apply(item);
            rows.add(row.apply(item));
        }
        return new Page<>(rows, last, it.hasNext());
    }

    /** The index entries in {@code range}, in the paging's direction, after its {@code after} key. */
    Iterator<Object[]> entries(Index<?> index, KeyRange range, Paging paging) {
        return indexMap(index, range, paging).keySet().iterator();
    }

    private NavigableMap<Object[], Object> indexMap(Index<?> index, KeyRange range, Paging paging) {
        NavigableMap<Object[], Object> map = tables.index(index).subMap(range.low(), true, range.high(index.width()), true);
        if (paging.descending()) {
            map = map.descendingMap();
        }
        if (paging.after() != null) {
            map = map.tailMap(paging.after(), false);
        }
        return map;
    }

    static long primaryKey(Object[] entry) {
        return (Long) entry[entry.length - 1];
    }

    @Override
    public <T> void forEach(Table<T> table, Consumer<? super T> action) {
        for (Map.Entry<Long, byte[]> e : tables.rows(table).entrySet()) {
            action.accept(table.codec().decode(e.getKey(), e.getValue()));
        }
    }

    @Override
    public long count(Table<?> table) {
        return tables.count(table);
    }

    @Override
    public long count(Index<?> index, KeyRange range) {
        long n = 0;
        for (Iterator<Object[]> it = entries(index, range, Paging.all()); it.hasNext(); it.next()) {
            n++;
        }
        return n;
    }

    @Override
    public List<AggregateRow> aggregate(Aggregate<?> aggregate, KeyRange range) {
        List<AggregateRow> out = new ArrayList<>();
        int width = aggregate.columns().length;
        for (Map.Entry<Object[], long[]> e : tables.aggregate(aggregate)
                .subMap(range.low(), true, range.high(width), true).entrySet()) {
            out.add(new AggregateRow(Arrays.asList(e.getKey()), e.getValue()[0], e.getValue()[1]));
        }
        return out;
    }
}
