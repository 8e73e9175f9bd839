package io.finterm.service;

import io.finterm.domain.Role;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.WriteTx;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;

/**
 * The account rows as the three account services read and create them: by name, by id, and a new
 * account with the default categories. It checks no permissions; its callers have.
 */
final class UserRows {
    private final Store store;
    private final Clock clock;
    private final Currency baseCurrency;
    private final DefaultCategories defaults;

    /** How many administrators the store has, as {@code rd} sees it. */
    static long administrators(ReadTx rd) {
        long[] admins = {0};
        rd.forEach(Schema.USERS, u -> admins[0] += u.role() == Role.ADMIN ? 1 : 0);
        return admins[0];
    }

    UserRows(Store store, Clock clock, Currency baseCurrency, DefaultCategories defaults) {
        this.store = store;
        this.clock = clock;
        this.baseCurrency = baseCurrency;
        this.defaults = defaults;
    }

    /** The account called {@code username}, or {@code null} (also for a name no account could have). */
    User find(String username) {
        String name;
        try {
            name = User.normalizeUsername(username);
        } catch (ValidationException e) {
            return null;
        }
        return store.read(rd -> rd.findUnique(Schema.USERS_BY_NAME, name)).orElse(null);
    }

    /** The account called {@code username}, or a message naming the user who does not exist. */
    static User existing(ReadTx rd, String username) {
        String name = User.normalizeUsername(username);
        return rd.findUnique(Schema.USERS_BY_NAME, name)
                .orElseThrow(() -> new ValidationException("username", "there is no user '" + name + "'"));
    }

    /** The account's row as it is now: it may have been removed since the caller last read it. */
    static User current(ReadTx rd, long id) {
        return rd.get(Schema.USERS, id).orElseThrow(() -> new AccessDenied("that account no longer exists"));
    }

    /** Inserts a user with the default categories and their first account, in the caller's transaction. */
    User insert(WriteTx tx, String name, Role role, String hash) {
        User user = tx.insert(Schema.USERS,
                new User(tx.nextId(Schema.USERS), name, role, hash, clock.instant(), null, 0, null, baseCurrency));
        defaults.createFor(tx, user.id());
        return AccountLookup.createMain(tx, user, LocalDate.ofInstant(clock.instant(), clock.getZone()));
    }
}
