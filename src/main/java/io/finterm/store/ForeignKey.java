package io.finterm.store;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A reference from a child row to a parent row. The children of a parent are found through an
 * index of the child table whose key starts with {@code parentPrefix(parent)}; a child's own key
 * in that index must start with the same values, so a reference can never cross from one user's
 * rows to another's. A child may name several parents of one table (a split transaction names a
 * category for each of its lines): each must exist, and each is found through its own entry in the index.
 */
public final class ForeignKey<C, P> {
    private final String name;
    private final Table<C> child;
    private final Function<C, List<Long>> parentIds;
    /** The parent of a reference to exactly one, read without a list; null for {@link #many}. */
    private final ToLongFunction<C> single;
    private final Table<P> parent;
    private final Index<C> via;
    private final Function<P, Object[]> parentPrefix;
    private final OnDelete onDelete;

    ForeignKey(String name, Table<C> child, ToLongFunction<C> parentId, Table<P> parent,
               Index<C> via, Function<P, Object[]> parentPrefix, OnDelete onDelete) {
        this(name, child, parent, via, parentPrefix, onDelete, parentId, c -> List.of(parentId.applyAsLong(c)));
    }

    private ForeignKey(String name, Table<C> child, Table<P> parent, Index<C> via, Function<P, Object[]> parentPrefix,
                       OnDelete onDelete, ToLongFunction<C> single, Function<C, List<Long>> parentIds) {
        if (via.table() != child) {
            throw new IllegalArgumentException(name + ": index " + via + " is not on " + child.name());
        }
        this.name = name;
        this.child = child;
        this.parentIds = parentIds;
        this.single = single;
        this.parent = parent;
        this.via = via;
        this.parentPrefix = parentPrefix;
        this.onDelete = onDelete;
    }

    /**
     * A reference to any number of parents, none included: {@code parentIds} gives them without
     * repeats, and {@code via} has one entry for each, which starts with that parent's prefix.
     */
    static <C, P> ForeignKey<C, P> many(String name, Table<C> child, Function<C, List<Long>> parentIds, Table<P> parent,
                                       Index<C> via, Function<P, Object[]> parentPrefix, OnDelete onDelete) {
        return new ForeignKey<>(name, child, parent, via, parentPrefix, onDelete, null, parentIds);
    }

    public String name() {
        return name;
    }

    public Table<C> child() {
        return child;
    }

    public Table<P> parent() {
        return parent;
    }

    public OnDelete onDelete() {
        return onDelete;
    }

    Index<C> via() {
        return via;
    }

    /**
     * What tells {@code row}'s parents apart from another row's, cheaply: the one parent's id, or the
     * list of them. A bulk import keeps one row of each distinct value, to check them at its commit.
     */
    Object parentKey(C row) {
        return single != null ? (Object) single.applyAsLong(row) : parentIds.apply(row);
    }

    /** Whether every row names exactly one parent, which {@link #parentId} gives without a list. */
    boolean hasOneParent() {
        return single != null;
    }

    /** The one parent of {@code row}, of a key that {@link #hasOneParent}. */
    long parentId(C row) {
        return single.applyAsLong(row);
    }

    /** The parents that {@code row} names; empty when it names none. */
    List<Long> parentIds(C row) {
        return parentIds.apply(row);
    }

    Object[] prefixOf(P parentRow) {
        return parentPrefix.apply(parentRow);
    }

    /** Whether one of {@code childRow}'s keys in the supporting index starts with the parent's prefix. */
    boolean matches(C childRow, P parentRow) {
        Object[] prefix = prefixOf(parentRow);
        if (via.oneKeyARow()) { // every reference but a split's categories: no list
            return startsWith(via.key(childRow), prefix);
        }
        Object[] usual = via.usualKey(childRow); // a row that is not split: no list
        if (usual != null) {
            return startsWith(usual, prefix);
        }
        for (Object[] key : via.keys(childRow)) {
            if (startsWith(key, prefix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWith(Object[] key, Object[] prefix) {
        return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
    }

    @Override
    public String toString() {
        return name;
    }
}
