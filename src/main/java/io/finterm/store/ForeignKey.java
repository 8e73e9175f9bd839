package io.finterm.store;

import java.util.Arrays;
import java.util.function.Function;
import java.util.function.ToLongFunction;

/**
 * A reference from a child row to a parent row. The children of a parent are found through an
 * index of the child table whose key starts with {@code parentPrefix(parent)}; a child's own key
 * in that index must start with the same values, so a reference can never cross from one user's
 * rows to another's.
 */
public final class ForeignKey<C, P> {
    private final String name;
    private final Table<C> child;
    private final ToLongFunction<C> parentId;
    private final Table<P> parent;
    private final Index<C> via;
    private final Function<P, Object[]> parentPrefix;
    private final OnDelete onDelete;
    private final boolean optional;

    ForeignKey(String name, Table<C> child, ToLongFunction<C> parentId, Table<P> parent,
               Index<C> via, Function<P, Object[]> parentPrefix, OnDelete onDelete) {
        this(name, child, parentId, parent, via, parentPrefix, onDelete, false);
    }

    private ForeignKey(String name, Table<C> child, ToLongFunction<C> parentId, Table<P> parent,
                       Index<C> via, Function<P, Object[]> parentPrefix, OnDelete onDelete, boolean optional) {
        if (via.table() != child) {
            throw new IllegalArgumentException(name + ": index " + via + " is not on " + child.name());
        }
        this.name = name;
        this.child = child;
        this.parentId = parentId;
        this.parent = parent;
        this.via = via;
        this.parentPrefix = parentPrefix;
        this.onDelete = onDelete;
        this.optional = optional;
    }

    /** A reference that a child may leave empty, by naming parent 0. */
    static <C, P> ForeignKey<C, P> optional(String name, Table<C> child, ToLongFunction<C> parentId, Table<P> parent,
                                           Index<C> via, Function<P, Object[]> parentPrefix, OnDelete onDelete) {
        return new ForeignKey<>(name, child, parentId, parent, via, parentPrefix, onDelete, true);
    }

    /** Whether {@code row} names no parent at all, which only an optional reference allows. */
    boolean isEmpty(C row) {
        return optional && parentId.applyAsLong(row) == 0;
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

    long parentId(C row) {
        return parentId.applyAsLong(row);
    }

    Object[] prefixOf(P parentRow) {
        return parentPrefix.apply(parentRow);
    }

    /** Whether {@code childRow}'s key in the supporting index starts with the parent's prefix. */
    boolean matches(C childRow, P parentRow) {
        Object[] prefix = prefixOf(parentRow);
        Object[] key = via.key(childRow);
        return key.length >= prefix.length && Arrays.equals(key, 0, prefix.length, prefix, 0, prefix.length);
    }

    @Override
    public String toString() {
        return name;
    }
}
