package io.finterm.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A count and an exact sum kept per key, updated in the same transaction as the rows, so that a
 * report reads a few entries instead of scanning every row. A row gives a share of its amount to
 * any number of keys (a split transaction, one for each of its lines' categories); it counts once
 * under each key it gives to, however many of its shares name that key.
 */
public final class Aggregate<T> {
    private final String name;
    private final Table<T> table;
    private final Column[] columns;
    private final Function<T, List<Share>> shares;
    /** Of an aggregate that counts a row under one key at most: that key (null for none) and amount, without lists. */
    private final Function<T, Object[]> key;
    private final ToLongFunction<T> amount;
    /** Of a multi-key aggregate: a row's one key when it has just the one (null otherwise), with {@link #amount}. */
    private final Function<T, Object[]> usual;

    /** What one row adds to the sum under one key. */
    record Share(Object[] key, long amount) {
    }

    /**
     * A row may count under several keys, as {@code shares} gives them; {@code usual} gives the one key of
     * a row that has exactly one, as most rows do, and {@code usualAmount} its amount, without lists.
     */
    Aggregate(String name, Table<T> table, Function<T, List<Share>> shares, Function<T, Object[]> usual,
              ToLongFunction<T> usualAmount, Column... columns) {
        this(name, table, shares, null, usual, usualAmount, columns);
    }

    Aggregate(String name, Table<T> table, Function<T, Object[]> key, ToLongFunction<T> amount, Column... columns) {
        this(name, table, null, key, null, amount, columns);
    }

    private Aggregate(String name, Table<T> table, Function<T, List<Share>> shares, Function<T, Object[]> key,
                      Function<T, Object[]> usual, ToLongFunction<T> amount, Column... columns) {
        this.name = name;
        this.table = table;
        this.shares = shares;
        this.key = key;
        this.usual = usual;
        this.amount = amount;
        this.columns = columns.clone();
    }

    /** Receives what a row adds under one key. */
    interface ShareSink {
        void add(Object[] key, long amount);
    }

    /** Hands {@code sink} what {@code row} adds under each key, as {@link #shares} gives it; a one-key aggregate without a list. */
    void each(T row, ShareSink sink) {
        if (key != null) { // a million times in a bulk load
            Object[] k = key.apply(row);
            if (k != null) {
                sink.add(k, amount.applyAsLong(row));
            }
            return;
        }
        Object[] k = usual.apply(row); // a row that is not split, a million times in a bulk load: no lists
        if (k != null) {
            sink.add(k, amount.applyAsLong(row));
            return;
        }
        for (Share s : shares(row)) {
            sink.add(s.key(), s.amount());
        }
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

    /** What {@code row} adds, one share for each distinct key (shares that name one key are summed); none when it is not counted. */
    List<Share> shares(T row) {
        if (key != null) {
            Object[] k = key.apply(row);
            return k == null ? List.of() : List.of(new Share(k, amount.applyAsLong(row)));
        }
        List<Share> all = shares.apply(row);
        if (all.size() < 2) {
            return all;
        }
        List<Share> merged = new ArrayList<>(all.size());
        for (Share s : all) {
            int same = -1;
            for (int i = 0; i < merged.size() && same < 0; i++) {
                if (Arrays.equals(merged.get(i).key(), s.key())) {
                    same = i;
                }
            }
            if (same < 0) {
                merged.add(s);
            } else {
                merged.set(same, new Share(s.key(), Math.addExact(merged.get(same).amount(), s.amount())));
            }
        }
        return merged;
    }

    @Override
    public String toString() {
        return name;
    }
}
