package io.finterm.service;

import io.finterm.domain.Transaction;
import io.finterm.store.Index;
import io.finterm.store.KeyRange;
import io.finterm.store.Page;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import java.time.LocalDate;
import java.util.function.Consumer;

/**
 * Where the rows a filter can match are read from, in date order: the (user, tag, day) index when the
 * filter requires a tag, so that a tag filter reads only that tag's rows, else the (user, day) index.
 * Either way the caller still applies the whole filter to each row.
 */
final class FilterRows {
    private FilterRows() {
    }

    static Index<Transaction> index(Filter filter) {
        return filter.tag().isPresent() ? Schema.TX_BY_TAG : Schema.TX_BY_DATE;
    }

    /** The keys of the user's candidate rows dated from {@code from} to {@code to}, in {@link #index}. */
    static KeyRange range(long userId, Filter filter, LocalDate from, LocalDate to) {
        if (filter.tag().isPresent()) {
            String tag = filter.tag().get();
            return KeyRange.between(new Object[] {userId, tag, from.toEpochDay()}, new Object[] {userId, tag, to.toEpochDay()});
        }
        return KeyRange.between(new Object[] {userId, from.toEpochDay()}, new Object[] {userId, to.toEpochDay()});
    }

    /** Hands every candidate row of the user from {@code from} to {@code to} to {@code each}, in date order (unfiltered). */
    static void scan(ReadTx rd, long userId, Filter filter, LocalDate from, LocalDate to, Consumer<Transaction> each) {
        Index<Transaction> index = index(filter);
        KeyRange range = range(userId, filter, from, to);
        Paging paging = Paging.first(1024);
        while (true) {
            Page<Transaction> page = rd.scan(index, range, paging);
            page.rows().forEach(each);
            if (!page.hasMore()) {
                return;
            }
            paging = paging.after(page.lastKey());
        }
    }
}
