package io.finterm.store;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The checks of unique indexes and foreign keys that a write transaction makes as each change is
 * made, against the committed state plus the transaction's own changes, so that a violation throws
 * before anything is written. The schema declares the constraints; this class enforces them.
 */
final class Constraints {
    private final WriteTx tx;
    private final Map<Table<?>, Map<Long, Object>> committedParents = new HashMap<>();

    Constraints(WriteTx tx) {
        this.tx = tx;
    }

    /** The foreign keys whose parent is {@code table}, children-first (the reverse of schema order). */
    static List<ForeignKey<?, ?>> referencing(Table<?> table) {
        List<ForeignKey<?, ?>> out = new ArrayList<>();
        for (ForeignKey<?, ?> fk : Schema.FOREIGN_KEYS) {
            if (fk.parent() == table) {
                out.add(fk);
            }
        }
        out.sort(Comparator.comparingInt((ForeignKey<?, ?> fk) -> Schema.TABLES.indexOf(fk.child())).reversed());
        return out;
    }

    /** Refuses {@code row} (primary key {@code id}) when another row has its value of a unique index. */
    <T> void checkUnique(Table<T> table, T row, long id) {
        for (Index<T> index : table.indexes()) {
            if (!index.unique()) {
                continue;
            }
            Object[] key = index.key(row);
            Iterator<Object[]> it = tx.entries(index, KeyRange.prefix(key), Paging.all());
            while (it.hasNext()) {
                if (tx.primaryKey(it.next()) != id) {
                    throw new UniqueViolation(index.name(), singular(table) + " " + describe(key) + " already exists");
                }
            }
        }
    }

    /** Refuses {@code row} when a parent it names does not exist or belongs to someone else. */
    <C> void checkParents(Table<C> table, C row) {
        for (ForeignKey<?, ?> fk : Schema.FOREIGN_KEYS) {
            if (fk.child() == table) {
                checkParent(fk, row);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <C, P> void checkParent(ForeignKey<C, P> fk, Object childRow) {
        C child = (C) childRow;
        if (fk.hasOneParent()) { // all but a split's categories and an import: no list, a million times in a bulk load
            checkParent(fk, child, fk.parentId(child));
            return;
        }
        List<Long> ids = fk.parentIds(child);
        for (int i = 0; i < ids.size(); i++) {
            checkParent(fk, child, ids.get(i));
        }
    }

    private <C, P> void checkParent(ForeignKey<C, P> fk, C child, long parentId) {
        P parent = parent(fk.parent(), parentId);
        if (parent == null) {
            throw new ForeignKeyViolation(fk.name(), singular(fk.parent()) + " " + parentId + " does not exist");
        }
        if (!fk.matches(child, parent)) {
            throw new ForeignKeyViolation(fk.name(), singular(fk.parent()) + " " + parentId + " belongs to someone else");
        }
    }

    /**
     * A parent row, or null if there is none, remembered for the rest of the transaction: a bulk insert
     * of a million rows refers to the same few users and categories over and over (so no lambda nor
     * Optional a row).
     */
    private <P> P parent(Table<P> table, long id) {
        if (tx.touched(table, id)) {
            return tx.get(table, id).orElse(null);
        }
        Map<Long, Object> known = committedParents.get(table);
        if (known == null) {
            known = new HashMap<>();
            committedParents.put(table, known);
        }
        Object row = known.get(id);
        if (row == null && !known.containsKey(id)) {
            row = tx.committedRow(table, id).orElse(null);
            known.put(id, row);
        }
        return table.cast(row);
    }

    /** Refuses an update of a parent row that would move it away from the children that refer to it. */
    <T> void checkKeptChildren(Table<T> table, T old, T row) {
        for (ForeignKey<?, ?> fk : Schema.FOREIGN_KEYS) {
            if (fk.parent() == table) {
                checkKeptChildren(fk, old, row);
            }
        }
    }

    /** Refuses the delete of {@code row} while children under a RESTRICT key remain after the cascades. */
    void checkNoRestrictedChildren(Table<?> table, long id, Object row) {
        for (ForeignKey<?, ?> fk : referencing(table)) {
            if (fk.onDelete() == OnDelete.RESTRICT) {
                int children = childIds(fk, row).size();
                if (children > 0) {
                    throw new ForeignKeyViolation(fk.name(), "cannot delete " + singular(table) + " " + id + ": "
                            + children + " " + fk.child().name() + " refer to it");
                }
            }
        }
    }

    @SuppressWarnings("unchecked")
    private <C, P> void checkKeptChildren(ForeignKey<C, P> fk, Object oldParent, Object newParent) {
        if (!Arrays.equals(fk.prefixOf((P) oldParent), fk.prefixOf((P) newParent))
                && !childIds(fk, oldParent).isEmpty()) {
            throw new ForeignKeyViolation(fk.name(), "cannot move " + singular(fk.parent()) + " "
                    + fk.parent().id((P) oldParent) + ": " + fk.child().name() + " refer to it");
        }
    }

    /** The ids of the rows that refer to {@code parentRow} through {@code fk}, as this transaction sees them. */
    @SuppressWarnings("unchecked")
    <C, P> List<Long> childIds(ForeignKey<C, P> fk, Object parentRow) {
        P parent = (P) parentRow;
        long parentId = fk.parent().id(parent);
        // A set: a row with several keys under one parent's prefix is one child, and a user's cascade
        // meets a million of them.
        Set<Long> ids = new LinkedHashSet<>();
        Iterator<Object[]> it = tx.entries(fk.via(), KeyRange.prefix(fk.prefixOf(parent)), Paging.all());
        while (it.hasNext()) {
            long id = tx.primaryKey(it.next());
            C child = tx.get(fk.child(), id).orElseThrow();
            if (fk.parentIds(child).contains(parentId)) {
                ids.add(id);
            }
        }
        return new ArrayList<>(ids);
    }

    /**
     * The first row that refers to {@code row} through any foreign key, named as {@link RowNames} does; {@code null}
     * if none. The undo history's own rows are not counted: they go with their user, and are nobody's data.
     */
    String firstChild(Table<?> table, Object row) {
        for (ForeignKey<?, ?> fk : referencing(table)) {
            if (Schema.HISTORY.contains(fk.child())) {
                continue;
            }
            List<Long> ids = childIds(fk, row);
            if (!ids.isEmpty()) {
                return RowNames.of(fk.child(), ids.get(0), tx.get(fk.child(), ids.get(0)).orElse(null));
            }
        }
        return null;
    }

    static String singular(Table<?> table) {
        String n = table.name();
        return n.endsWith("ies") ? n.substring(0, n.length() - 3) + "y" : n.substring(0, n.length() - 1);
    }

    private static String describe(Object[] key) {
        return Arrays.toString(key);
    }
}
