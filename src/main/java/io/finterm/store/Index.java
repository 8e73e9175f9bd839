package io.finterm.store;

import java.util.Arrays;
import java.util.function.Function;

/**
 * A secondary index: a sorted set of entries {@code (key columns…, primary key)}, read with range
 * scans. A unique index allows at most one row per key. A covering index also stores each row's
 * bytes with its entry: more space, but a range scan reads one tree instead of one lookup a row.
 */
public final class Index<T> {
    private final String name;
    private final boolean unique;
    private final boolean covering;
    private final Column[] columns;
    private final Function<T, Object[]> key;
    private Table<T> table;

    Index(String name, boolean unique, boolean covering, Function<T, Object[]> key, Column... columns) {
        this.name = name;
        this.unique = unique;
        this.covering = covering;
        this.key = key;
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

    /** The key columns of {@code row}, without the primary key. */
    Object[] key(T row) {
        Object[] k = key.apply(row);
        if (k.length != columns.length) {
            throw new IllegalStateException(name + " key has " + k.length + " columns, declared " + columns.length);
        }
        return k;
    }

    /** The full index entry: the key columns followed by the primary key. */
    Object[] entry(T row) {
        Object[] k = key(row);
        Object[] e = Arrays.copyOf(k, k.length + 1);
        e[k.length] = table.id(row);
        return e;
    }

    @Override
    public String toString() {
        return name;
    }
}
