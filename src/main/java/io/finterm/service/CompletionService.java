package io.finterm.service;

import io.finterm.domain.Text;
import io.finterm.domain.Transaction;
import io.finterm.domain.User;
import io.finterm.store.Index;
import io.finterm.store.KeyRange;
import io.finterm.store.Page;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * Completion of payees and tags from the user's own history, most recently used first. Both read
 * their (user, key, day) index and step from one distinct key to the next, so the cost is two index
 * seeks per distinct payee or tag that starts with the prefix, however many rows each has.
 */
public final class CompletionService {
    /** Sorts after every character a payee or tag can hold: the top of a prefix's range. */
    private static final char HIGHEST = '\uffff';

    private final Store store;
    private final Sessions sessions;

    public CompletionService(Store store, AccountService accounts) {
        this.store = store;
        this.sessions = accounts.sessions();
    }

    /**
     * Up to {@code limit} of the user's past payees that start with {@code prefix}, ignoring case,
     * most recently used first, each once, spelled as it was last written.
     */
    public List<String> payees(Session session, String prefix, int limit) {
        User user = sessions.active(session);
        String p = Text.clean(prefix == null ? "" : prefix).strip().toLowerCase(Locale.ROOT);
        return store.read(rd -> newestFirst(rd, Schema.TX_BY_PAYEE, user.id(), p, limit, Transaction::payee));
    }

    /** Up to {@code limit} of the user's tags that start with {@code prefix} (tags are lower case), most recently used first. */
    public List<String> tags(Session session, String prefix, int limit) {
        User user = sessions.active(session);
        String p = Text.clean(prefix == null ? "" : prefix).strip().toLowerCase(Locale.ROOT);
        return store.read(rd -> newestFirst(rd, Schema.TX_BY_TAG, user.id(), p, limit, t -> null));
    }

    /** One key's name and the day it was last used. */
    private record Used(String name, long day) {
    }

    /**
     * The distinct keys of {@code index} (user, key, day, id) that start with {@code prefix}: the first
     * entry at or after the cursor names a key; the newest entry of that key says when it was last used
     * (and, through {@code spelled}, how); then the cursor moves past every entry of that key at once.
     */
    private static List<String> newestFirst(ReadTx rd, Index<Transaction> index, long user, String prefix, int limit,
                                            Function<Transaction, String> spelled) {
        if (limit <= 0) {
            return List.of();
        }
        Object[] top = {user, prefix + HIGHEST};
        Object[] cursor = {user, prefix};
        List<Used> found = new ArrayList<>();
        while (true) {
            Page<Transaction> first = rd.scan(index, KeyRange.between(cursor, top), Paging.first(1));
            if (first.rows().isEmpty()) {
                break;
            }
            String key = (String) first.lastKey()[1];
            Page<Transaction> newest = rd.scan(index, KeyRange.prefix(user, key), Paging.first(1).reversed());
            long day = (Long) newest.lastKey()[2];
            String name = spelled.apply(newest.rows().get(0));
            found.add(new Used(name == null ? key : name, day));
            cursor = new Object[] {user, key + '\0'}; // the first string after every entry of this key
        }
        return found.stream().sorted(Comparator.comparingLong(Used::day).reversed().thenComparing(Used::name, String.CASE_INSENSITIVE_ORDER))
                .limit(limit).map(Used::name).toList();
    }
}
