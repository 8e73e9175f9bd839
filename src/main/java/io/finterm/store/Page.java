package io.finterm.store;

import java.util.List;

/**
 * One page of a range scan. {@code lastKey} is the index entry of the last row, to ask for the
 * next page with {@link Paging#after}; {@code hasMore} says whether such a page has any rows.
 */
public record Page<T>(List<T> rows, Object[] lastKey, boolean hasMore) {
    public Page {
        rows = List.copyOf(rows);
        lastKey = lastKey == null ? null : lastKey.clone();
    }
}
