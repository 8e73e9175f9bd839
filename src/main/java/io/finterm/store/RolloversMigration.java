package io.finterm.store;

/**
 * Format 7 → 8: a new table, the budgets' rollover settings, which starts empty. No format-7 record
 * names it, so every commit is kept byte for byte.
 */
final class RolloversMigration implements Migrations.Step {
    @Override
    public int from() {
        return 7;
    }

    @Override
    public Commit migrate(Commit commit) {
        return commit;
    }
}
