package io.finterm.store;

/**
 * Format 4 → 5: a transaction may carry its {@link io.finterm.domain.Origin} (a flag bit that no
 * format-4 row has set), and there is a table of imports. A format-4 row reads as it is, with no
 * origin; the new table starts empty. So every commit is kept byte for byte.
 */
final class OriginsMigration implements Migrations.Step {
    @Override
    public int from() {
        return 4;
    }

    @Override
    public Commit migrate(Commit commit) {
        return commit;
    }
}
