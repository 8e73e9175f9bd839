package io.finterm.store;

/**
 * Format 5 → 6: two new tables, categorisation rules and import profiles, which start empty. No
 * format-5 record names them, so every commit is kept byte for byte.
 */
final class RulesMigration implements Migrations.Step {
    @Override
    public int from() {
        return 5;
    }

    @Override
    public Commit migrate(Commit commit) {
        return commit;
    }
}
