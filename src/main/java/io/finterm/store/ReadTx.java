package io.finterm.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** Consistent reads: nothing that a concurrent writer is applying is visible half-way. */
public interface ReadTx {
    <T> Optional<T> get(Table<T> table, long id);

    /** The row whose unique {@code key} (the index columns, without the primary key) is given. */
    <T> Optional<T> findUnique(Index<T> index, Object... key);

    /** The rows whose index entries lie in {@code range}, in index order, paged. */
    <T> Page<T> scan(Index<T> index, KeyRange range, Paging paging);

    /** Every row of {@code table}, in primary-key order. */
    <T> void forEach(Table<T> table, Consumer<? super T> action);

    long count(Table<?> table);

    /** How many entries of {@code index} lie in {@code range}. */
    long count(Index<?> index, KeyRange range);

    /** The aggregate's entries whose keys lie in {@code range}, in key order. */
    List<AggregateRow> aggregate(Aggregate<?> aggregate, KeyRange range);

    /**
     * The commit this transaction reads, as {@link Store#version()} numbers them: what is worked out
     * from these reads stays current while the store's version is this one.
     *
     * @throws IllegalStateException in a write transaction, whose own changes belong to no commit yet
     */
    long version();
}
