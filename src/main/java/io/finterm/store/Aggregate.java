package io.finterm.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

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

    /** What one row adds to the sum under one key. */
    record Share(Object[] key, long amount) {
    }

    Aggregate(String name, Table<T> table, Function<T, List<Share>> shares, Column... columns) {
        this.name = name;
        this.table = table;
        this.shares = shares;
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

    /** What {@code row} adds, one share for each distinct key (shares that name one key are summed); none when it is not counted. */
    List<Share> shares(T row) {
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
