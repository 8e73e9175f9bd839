package io.finterm.store;

import java.util.List;

/** Where a large write transaction's rows can go before its commit: the store's journal ({@link JournalParts}). */
interface Spiller {
    /** Whether holding {@code pendingRows} more rows in memory would crowd the heap. */
    boolean wanted(long pendingRows);

    void write(List<Commit.RowChange> part);

    /** Writes a part whose payload was encoded ahead, by a {@link Staging}. */
    void writePayload(byte[] payload);
}
