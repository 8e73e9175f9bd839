package io.finterm.store;

/**
 * Format 6 → 7: three new tables, schedules, their occurrences and balance warnings, which start
 * empty. No format-6 record names them, so every commit is kept byte for byte.
 */
final class SchedulesMigration implements Migrations.Step {
    @Override
    public int from() {
        return 6;
    }

    @Override
    public Commit migrate(Commit commit) {
        return commit;
    }
}
