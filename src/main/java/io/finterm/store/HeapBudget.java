package io.finterm.store;

/**
 * How much heap the store may count on, and so how it applies a commit: MapDB's sorted bulk load
 * is over ten times faster per row than its random inserts, but it holds the whole store in memory
 * while it loads; where the heap is smaller, commits and rebuilds go row by row, slower and never
 * broken, and large transactions hand their rows to the journal in parts.
 */
final class HeapBudget {
    /** A system property (bytes) that stands in for the free heap, to test the frugal paths. */
    static final String PROPERTY = "finterm.store.heap.budget";
    /** Heap a bulk load takes per row, measured with 1,000,000 transactions (fits 1 GiB, not 512 MiB). */
    private static final long BYTES_PER_ROW = 700;
    /** The fewest changes for which a bulk load of the whole store beats applying them row by row. */
    private static final int BULK_MIN_CHANGES = 10_000;
    /** The fewest journal bytes a row takes, to estimate the rows of a journal from its size. */
    private static final long JOURNAL_BYTES_PER_ROW = 24;

    private HeapBudget() {
    }

    /** Whether a bulk load of the rows a journal of {@code journalBytes} holds fits in the free heap. */
    static boolean canRebuildAtOnce(long journalBytes) {
        return journalBytes / JOURNAL_BYTES_PER_ROW * BYTES_PER_ROW < available();
    }

    /**
     * Whether to apply a commit of {@code changes} rows to a store of {@code rows} by bulk loading
     * every row again: when the commit is large next to the store, and the heap can hold it all.
     */
    static boolean bulk(long changes, long rows) {
        return changes >= BULK_MIN_CHANGES && changes * 8L >= rows && (rows + changes) * BYTES_PER_ROW < available();
    }

    /**
     * Whether a transaction should hand its rows to the journal in parts: when the rows held so far,
     * together with a bulk load of the whole store that would follow, would not fit in the free heap.
     * Twice the bulk estimate leaves room for both.
     */
    static boolean spill(long rows) {
        return rows * BYTES_PER_ROW * 2 > available();
    }

    /** The free heap, or the system property {@value #PROPERTY} where it is set. */
    private static long available() {
        Runtime r = Runtime.getRuntime();
        return Long.getLong(PROPERTY, r.maxMemory() - (r.totalMemory() - r.freeMemory()));
    }
}
