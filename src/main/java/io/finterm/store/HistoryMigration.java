package io.finterm.store;

/**
 * Format 8 → 9: three new tables, the undo steps, their row images and the audit log, which start
 * empty. No format-8 record names them, so every commit is kept byte for byte.
 */
final class HistoryMigration implements Migrations.Step {
    @Override
    public int from() {
        return 8;
    }

    @Override
    public Commit migrate(Commit commit) {
        return commit;
    }
}
