package io.finterm.service;

import io.finterm.store.ReadTx;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Users' category names by id, kept while the store is unchanged. Every page of transactions shows
 * them, and reading them again cost as much as the page's fifty rows. The most recent users are kept.
 */
final class CategoryNames {
    private static final int USERS = 64;

    private record Known(long version, Map<Long, String> names) {
    }

    private final Map<Long, Known> byUser = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Known> eldest) {
            return size() > USERS;
        }
    };

    /** The names of {@code userId}'s categories as {@code rd} (a read, not a write) sees them; not to be changed. */
    Map<Long, String> of(ReadTx rd, long userId) {
        long version = rd.version();
        synchronized (byUser) {
            Known known = byUser.get(userId);
            if (known != null && known.version() == version) {
                return known.names();
            }
        }
        Map<Long, String> names = Map.copyOf(Categories.names(rd, userId));
        synchronized (byUser) {
            Known known = byUser.get(userId);
            if (known == null || known.version() < version) {
                byUser.put(userId, new Known(version, names));
            }
        }
        return names;
    }
}
