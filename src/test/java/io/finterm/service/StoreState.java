package io.finterm.service;

import io.finterm.domain.User;
import io.finterm.store.Aggregate;
import io.finterm.store.AggregateRow;
import io.finterm.store.KeyRange;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything a person's books are, read straight from the store: every row of every table but the
 * undo history, and both aggregates (monthly totals, account balances), so that "back exactly" after
 * an undo is one equality. A user's last login is left out: each session of a test is a login.
 */
final class StoreState {
    private StoreState() {
    }

    static List<String> of(Store store) {
        return store.read(rd -> {
            List<String> out = new ArrayList<>();
            for (Table<?> table : Schema.TABLES) {
                if (table == Schema.STEPS || table == Schema.STEP_CHANGES || table == Schema.AUDIT) { // the history itself
                    continue;
                }
                rd.forEach(table, row -> out.add(table + " " + (row instanceof User u ? withoutLogin(u) : row)));
            }
            for (Aggregate<?> a : List.of(Schema.MONTHLY_TOTALS, Schema.ACCOUNT_BALANCES)) {
                for (AggregateRow r : rd.aggregate(a, KeyRange.all())) {
                    if (r.count() != 0 || r.sum() != 0) { // an emptied entry is the same as none
                        out.add(a + " " + r);
                    }
                }
            }
            return out;
        });
    }

    private static User withoutLogin(User u) {
        return new User(u.id(), u.username(), u.role(), u.passwordHash(), u.createdAt(), null, u.failedLogins(), u.lockedUntil(),
                u.baseCurrency(), u.defaultAccountId());
    }
}
