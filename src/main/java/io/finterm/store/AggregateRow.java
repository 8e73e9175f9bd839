package io.finterm.store;

import java.util.List;

/** One entry of an {@link Aggregate}: its key values, the number of rows and the exact sum. */
public record AggregateRow(List<Object> key, long count, long sum) {
    public AggregateRow {
        key = List.copyOf(key);
    }
}
