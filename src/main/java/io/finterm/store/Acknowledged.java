package io.finterm.store;

/**
 * What the store knows was acknowledged, apart from the journal itself: every commit up to
 * {@code seq}, and every journal byte before {@code bytes}. A damaged record inside either was
 * written whole once, so it is damage, never a torn write to cut off.
 *
 * <p>The evidence comes from the clean-shutdown marker (the journal's length and last commit at
 * the close) and from {@code tables.db}, which records the last commit applied to it; a commit is
 * applied only after its record was forced to disk, so the tables are never ahead of what was
 * acknowledged after a genuine crash.
 */
record Acknowledged(long seq, long bytes) {
    /** No evidence at all: a new store, or one whose marker and tables are gone. */
    static final Acknowledged NOTHING = new Acknowledged(0, 0);

    /** Whether the record numbered {@code recordSeq} that starts at {@code offset} was acknowledged. */
    boolean covers(long recordSeq, long offset) {
        return recordSeq <= seq || offset < bytes;
    }

    /**
     * What the clean-shutdown marker (if any) and the tables' record of the last commit they saw
     * prove about the store in {@code dir}; read before a rebuild replaces the tables.
     */
    static Acknowledged inStore(java.nio.file.Path dir, CleanMarker marker) {
        Acknowledged tables = new Acknowledged(TablesFile.journalSeqOf(dir.resolve(Store.TABLES)), 0);
        return marker == null ? tables : tables.and(marker.acknowledged());
    }

    Acknowledged and(Acknowledged other) {
        return new Acknowledged(Math.max(seq, other.seq), Math.max(bytes, other.bytes));
    }
}
