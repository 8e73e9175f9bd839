package io.finterm.store;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A table: rows of type {@code T} by a {@code long} primary key drawn from the table's sequence,
 * with the indexes and aggregates declared on it in {@link Schema}.
 */
public final class Table<T> {
    private final String name;
    private final int tag;
    private final RowCodec<T> codec;
    private final ToLongFunction<T> id;
    private final List<Index<T>> indexes = new ArrayList<>();
    private final List<Aggregate<T>> aggregates = new ArrayList<>();
    /** Read-only views made once: every insert of a bulk load asks for them, a million times. */
    private final List<Index<T>> indexView = Collections.unmodifiableList(indexes);
    private final List<Aggregate<T>> aggregateView = Collections.unmodifiableList(aggregates);
    /** The names of its sequence and row count in the meta map, made once: every insert reads the sequence. */
    final String seqKey;
    final String countKey;

    /** @param tag the table's number in the journal; never reuse one */
    Table(String name, int tag, RowCodec<T> codec, ToLongFunction<T> id) {
        if (tag < 1 || tag > 255) {
            throw new IllegalArgumentException("table tag must be 1..255");
        }
        this.name = name;
        this.tag = tag;
        this.codec = codec;
        this.id = id;
        this.seqKey = "seq." + name;
        this.countKey = "count." + name;
    }

    // Declarations, called only while Schema is being initialised.

    Index<T> index(String indexName, Function<T, Object[]> key, Column... columns) {
        return add(new Index<>(indexName, false, false, key, null, columns));
    }

    /** An index in which a row has any number of keys (distinct), none included. */
    Index<T> multiIndex(String indexName, Function<T, List<Object[]>> keys, Column... columns) {
        return add(new Index<>(indexName, false, false, null, keys, columns));
    }

    /** As {@link #multiIndex}, with {@code usual} giving the key of a row that has just one (else null), without a list. */
    Index<T> multiIndex(String indexName, Function<T, Object[]> usual, Function<T, List<Object[]>> keys, Column... columns) {
        return add(new Index<>(indexName, false, false, null, usual, keys, columns));
    }

    Index<T> coveringIndex(String indexName, Function<T, Object[]> key, Column... columns) {
        return add(new Index<>(indexName, false, true, key, null, columns));
    }

    Index<T> unique(String indexName, Function<T, Object[]> key, Column... columns) {
        return add(new Index<>(indexName, true, false, key, null, columns));
    }

    /** An aggregate that counts a row under {@code key}, or not at all when that gives {@code null}. */
    Aggregate<T> aggregate(String aggregateName, Function<T, Object[]> key, ToLongFunction<T> amount, Column... columns) {
        Aggregate<T> a = new Aggregate<>(aggregateName, this, key, amount, columns);
        aggregates.add(a);
        return a;
    }

    /**
     * An aggregate that counts a row under each key it gives a share for (a split transaction's lines);
     * {@code usual} is the one key of a row that has just one (else null), counted with {@code usualAmount}.
     */
    Aggregate<T> multiAggregate(String aggregateName, Function<T, List<Aggregate.Share>> shares, Function<T, Object[]> usual,
                                ToLongFunction<T> usualAmount, Column... columns) {
        Aggregate<T> a = new Aggregate<>(aggregateName, this, shares, usual, usualAmount, columns);
        aggregates.add(a);
        return a;
    }

    private Index<T> add(Index<T> index) {
        index.attachTo(this);
        indexes.add(index);
        return index;
    }

    public String name() {
        return name;
    }

    int tag() {
        return tag;
    }

    RowCodec<T> codec() {
        return codec;
    }

    public long id(T row) {
        return id.applyAsLong(row);
    }

    List<Index<T>> indexes() {
        return indexView;
    }

    List<Aggregate<T>> aggregates() {
        return aggregateView;
    }

    @SuppressWarnings("unchecked")
    T cast(Object row) {
        return (T) row;
    }

    @Override
    public String toString() {
        return name;
    }
}
