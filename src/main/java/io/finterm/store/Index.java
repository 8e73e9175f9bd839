package io.finterm.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * A secondary index: a sorted set of entries {@code (key columns…, primary key)}, read with range
 * scans. A unique index allows at most one row per key. A covering index also stores each row's
 * bytes with its entry: more space, but a range scan reads one tree instead of one lookup a row.
 * A row may have any number of keys, none included (a transaction has one entry for each of its
 * tags): a scan of one key's range meets such a row once, a scan across keys once for each.
 */
public final class Index<T> {
    private final String name;
    private final boolean unique;
    private final boolean covering;
    private final Column[] columns;
    private final Function<T, List<Object[]>> keys;
    /** The key of an index with exactly one key a row (all but the multi-key ones), read without a list; else null. */
    private final Function<T, Object[]> single;
    /** Of a multi-key index: a row's key when it has just the one, as most rows do, else null (then {@link #keys} says). */
    private final Function<T, Object[]> usual;
    private Table<T> table;

    Index(String name, boolean unique, boolean covering, Function<T, Object[]> single, Function<T, List<Object[]>> keys,
          Column... columns) {
        this(name, unique, covering, single, null, keys, columns);
    }

    Index(String name, boolean unique, boolean covering, Function<T, Object[]> single, Function<T, Object[]> usual,
          Function<T, List<Object[]>> keys, Column... columns) {
        this.name = name;
        this.unique = unique;
        this.covering = covering;
        this.single = single;
        this.usual = usual;
        this.keys = single != null ? row -> List.<Object[]>of(single.apply(row)) : keys;
        this.columns = columns.clone();
    }

    void attachTo(Table<T> table) {
        this.table = table;
    }

    public String name() {
        return name;
    }

    public boolean unique() {
        return unique;
    }

    /** Whether each entry also holds the row's bytes, so that a range scan reads no other tree. */
    public boolean covering() {
        return covering;
    }

    public Table<T> table() {
        return table;
    }

    int width() {
        return columns.length + 1;
    }

    Column[] entryColumns() {
        Column[] all = Arrays.copyOf(columns, columns.length + 1);
        all[columns.length] = Column.LONG;
        return all;
    }

    /** The key columns of {@code row}, without the primary key, of an index that has one key for each row. */
    Object[] key(T row) {
        if (single != null) {
            return checked(single.apply(row));
        }
        List<Object[]> k = keys(row);
        if (k.size() != 1) {
            throw new IllegalStateException(name + " has " + k.size() + " keys for one row");
        }
        return k.get(0);
    }

    /** Every key of {@code row}, without the primary key: distinct, and each of the declared columns. */
    List<Object[]> keys(T row) {
        List<Object[]> all = keys.apply(row);
        for (int i = 0; i < all.size(); i++) { // no iterator: most rows have no tag, a million times in a bulk load
            checked(all.get(i));
        }
        return all;
    }

    private Object[] checked(Object[] k) {
        if (k.length != columns.length) {
            throw new IllegalStateException(name + " key has " + k.length + " columns, declared " + columns.length);
        }
        return k;
    }

    /** Whether every row has exactly one key (and so one entry, {@link #entry}). */
    boolean oneKeyARow() {
        return single != null;
    }

    /** The one entry of {@code row} in an index of {@link #oneKeyARow}: a million times in a bulk load, one array. */
    Object[] entry(T row) {
        return withId(checked(single.apply(row)), row);
    }

    /** Of a multi-key index: {@code row}'s only key when it is known without a list, else null. */
    Object[] usualKey(T row) {
        Object[] k = usual == null ? null : usual.apply(row);
        return k == null ? null : checked(k);
    }

    /** The entry of {@code row} when it has exactly one that is known without a list, else null. */
    Object[] onlyEntry(T row) {
        if (single != null) {
            return entry(row);
        }
        Object[] k = usualKey(row);
        return k == null ? null : withId(k, row);
    }

    private Object[] withId(Object[] key, T row) {
        Object[] e = Arrays.copyOf(key, key.length + 1);
        e[key.length] = table.id(row);
        return e;
    }

    /** The full index entries of {@code row}: each key followed by the primary key. */
    List<Object[]> entries(T row) {
        Object[] one = onlyEntry(row);
        if (one != null) {
            return List.<Object[]>of(one);
        }
        return otherEntries(row);
    }

    /** The entries of a row of a multi-key index that {@link #onlyEntry} did not give. */
    List<Object[]> otherEntries(T row) {
        List<Object[]> all = keys(row);
        if (all.isEmpty()) { // most rows have no tag and no payee
            return List.of();
        }
        List<Object[]> entries = new ArrayList<>(all.size());
        long id = table.id(row);
        for (Object[] k : all) {
            Object[] e = Arrays.copyOf(k, k.length + 1);
            e[k.length] = id;
            entries.add(e);
        }
        return entries;
    }

    @Override
    public String toString() {
        return name;
    }
}
