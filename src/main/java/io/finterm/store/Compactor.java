package io.finterm.store;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rewrites the journal as a snapshot of the current rows, so that it stops growing with every edit:
 * the new journal is complete on disk before it replaces the old one ({@link Journal#rewrite}).
 */
final class Compactor {
    private static final int CHUNK = 50_000;
    /** A journal smaller than this is never worth compacting at close. */
    private static final long MIN_BYTES = 8L << 20;
    /** Journal bytes per row of a snapshot: 45 for a transaction, more for the few users. */
    private static final long SNAPSHOT_BYTES_PER_ROW = 64;

    private Compactor() {
    }

    /** Whether edits and deletes have left the journal more than twice the size of a snapshot of {@code rows}. */
    static boolean worthIt(Journal journal, long rows) {
        return journal.size() > MIN_BYTES && journal.size() > 2 * SNAPSHOT_BYTES_PER_ROW * rows;
    }

    /** Replaces {@code old} with a snapshot of {@code tables}, numbered on from its last commit, and returns it. */
    static Journal compact(Disk disk, Journal old, Tables tables) throws IOException {
        List<Commit.RowChange> all = new ArrayList<>();
        Map<Table<?>, Long> sequences = new LinkedHashMap<>();
        for (Table<?> table : Schema.TABLES) {
            tables.rows(table).forEach((id, bytes) -> all.add(new Commit.RowChange(table, id, bytes, null)));
            sequences.put(table, tables.nextId(table));
        }
        int chunks = Math.max(1, (all.size() + CHUNK - 1) / CHUNK);
        return Journal.rewrite(disk, old.file(), old.lastSeq(), sink -> {
            for (int c = 0; c < chunks; c++) {
                List<Commit.RowChange> part = all.subList(c * CHUNK, Math.min(all.size(), (c + 1) * CHUNK));
                // The last chunk carries the sequences.
                Commit commit = new Commit(0, part, c == chunks - 1 ? sequences : Map.of(), false);
                RowWriter record = Journal.newRecord(part.size() * 48);
                commit.writePayload(record);
                sink.add(record);
            }
        });
    }
}
