package io.finterm.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Format 3 → 4: a transaction gains a payee, tags, a status and split lines, appended to its row
 * (as one byte of flags, and then only those it has).
 * Every transaction of an older store arrives with no payee, no tags, no lines, and uncleared:
 * nobody had checked it against a statement in finterm yet. Nothing else changes.
 */
final class DetailsMigration implements Migrations.Step {
    /** What a format-3 transaction row gains: the details' flags byte, uncleared with no payee, tags or lines. */
    private static final byte[] APPENDED = new RowWriter().u8(0).toByteArray();

    @Override
    public int from() {
        return 3;
    }

    @Override
    public Commit migrate(Commit commit) {
        List<Commit.RowChange> changes = new ArrayList<>(commit.changes().size());
        for (Commit.RowChange c : commit.changes()) {
            if (c.table() == Schema.TRANSACTIONS && !c.isDelete()) {
                RowWriter w = new RowWriter();
                w.raw(c.bytes());
                w.raw(APPENDED);
                changes.add(new Commit.RowChange(c.table(), c.id(), w.toByteArray(), null));
            } else {
                changes.add(new Commit.RowChange(c.table(), c.id(), c.bytes(), null));
            }
        }
        return new Commit(commit.seq(), changes, commit.sequences(), commit.part());
    }
}
