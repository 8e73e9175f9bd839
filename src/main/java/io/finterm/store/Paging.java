package io.finterm.store;

/**
 * Which part of a range scan to return: {@code limit} rows, either after skipping {@code offset}
 * rows or, for keyset paging, starting just after the index entry {@code after} (a
 * {@link Page#lastKey()} from the previous page), in ascending or descending key order.
 */
public record Paging(int offset, int limit, Object[] after, boolean descending) {
    public Paging {
        if (offset < 0) {
            throw new IllegalArgumentException("offset must not be negative");
        }
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative");
        }
        after = after == null ? null : after.clone();
    }

    public static Paging first(int limit) {
        return new Paging(0, limit, null, false);
    }

    public static Paging all() {
        return first(Integer.MAX_VALUE);
    }

    public Paging skip(int rows) {
        return new Paging(rows, limit, after, descending);
    }

    public Paging after(Object[] lastKey) {
        return new Paging(0, limit, lastKey, descending);
    }

    public Paging reversed() {
        return new Paging(offset, limit, after, !descending);
    }
}
