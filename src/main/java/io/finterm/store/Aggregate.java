package io.finterm.store;

import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A count and an exact sum kept per key, updated in the same transaction as the rows, so that a
 * report reads a few entries instead of scanning every row.
 */
public final class Aggregate<T> {
    private final String name;
    private final Table<T> table;
    private final Column[] columns;
    private final Function<T, Object[]> key;
    private final ToLongFunction<T> amount;

    Aggregate(String name, Table<T> table, Function<T, Object[]> key, ToLongFunction<T> amount, Column... columns) {
        this.name = name;
        this.table = table;
        this.key = key;
        this.amount = amount;
        this.columns = columns.clone();
    }

    public String name() {
        return name;
    }

    public Table<T> table() {
        return table;
    }

    Column[] columns() {
        return columns.clone();
    }

    /** The key that {@code row} counts under, or {@code null} when this aggregate does not count it. */
    Object[] key(T row) {
        return key.apply(row);
    }

    long amount(T row) {
        return amount.applyAsLong(row);
    }

    @Override
    public String toString() {
        return name;
    }
}
