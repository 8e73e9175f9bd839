package io.finterm.store;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Ids reserved for {@link Staging}s, per table: the first id that no staging holds. It lives in
 * memory only: a restart forgets the stagings too, and a commit moves a table's sequence past the
 * ids it used. Not thread-safe; the store calls it under its writer lock.
 */
final class IdReservations {
    private final Map<Table<?>, Long> upTo = new HashMap<>();

    /** The first id of {@code table} that neither a commit nor a staging holds. */
    long firstFree(Tables tables, Table<?> table) {
        return Math.max(tables.nextId(table), upTo.getOrDefault(table, 0L));
    }

    Staging.Reserved reserve(Tables tables, Table<?> table, long n) {
        long first = firstFree(tables, table);
        upTo.put(table, first + n);
        return new Staging.Reserved(table, first, first + n);
    }

    /**
     * Gives back the ids of {@code blocks} that were never drawn, where no later reservation follows
     * (nobody else can have drawn them); otherwise they stay a harmless gap.
     */
    void release(List<Staging.Reserved> blocks) {
        for (Staging.Reserved r : blocks) {
            if (upTo.getOrDefault(r.table, 0L) == r.to) {
                upTo.put(r.table, r.next);
            }
        }
    }
}
