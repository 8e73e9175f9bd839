package io.finterm.store;

/**
 * The numbers of the store's formats. The format is written in the journal's header and in
 * {@code tables.db}; every change to what is stored takes the next number, in the order changes
 * land, with a step in {@link Migrations}. A number is never reused.
 *
 * <ol>
 *   <li>The first format: records without trailers.</li>
 *   <li>Every journal record ends with a trailer that repeats its number and length, so that a
 *       damaged record that had been written whole is told from a torn append.</li>
 *   <li>Accounts: a table of them, every transaction in one (with transfers as two linked legs),
 *       every user with a default one ({@link AccountsMigration}).</li>
 *   <li>A transaction's payee, tags, status (uncleared, cleared, reconciled) and split lines
 *       ({@link DetailsMigration}).</li>
 *   <li>Imports: a table of import batches, and a transaction's origin (its import, the bank's id for
 *       it, the file's second date) ({@link OriginsMigration}).</li>
 *   <li>Categorisation rules and saved import profiles: two tables ({@link RulesMigration}).</li>
 *   <li>Schedules, what became of their occurrences, and the balance below which the forecast warns:
 *       three tables ({@link SchedulesMigration}).</li>
 *   <li>Budgets that roll over: a table of rollover settings ({@link RolloversMigration}).</li>
 *   <li>Undo and the audit log: tables of undo steps, their row images, and audit events
 *       ({@link HistoryMigration}).</li>
 * </ol>
 */
public final class StoreFormat {
    /** The format this finterm writes. */
    public static final int CURRENT = 9;
    /** The oldest format this finterm migrates from. */
    static final int OLDEST = 1;

    private StoreFormat() {
    }

    /** Refuses a store that a newer finterm wrote, before anything in it is changed. */
    static void refuseNewer(int format) {
        if (format > CURRENT) {
            throw new StoreException("this store was written by a newer finterm (format " + format
                    + "); this finterm reads formats up to " + CURRENT);
        }
    }
}
