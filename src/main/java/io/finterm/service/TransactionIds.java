package io.finterm.service;

import java.util.Arrays;

/**
 * The new id of each transaction of a person's export as it is merged ({@link OwnExportMerger}): the
 * one booked for it, or the booked one it repeats. Two arrays of longs rather than a map of boxed
 * ones: an export may hold a million transactions, and only an occurrence asks.
 */
final class TransactionIds {
    private long[] from = new long[1024];
    private long[] to = new long[1024];
    private int size;
    private boolean sorted = true;

    void put(long exportId, long id) {
        if (size == from.length) {
            from = Arrays.copyOf(from, size * 2);
            to = Arrays.copyOf(to, size * 2);
        }
        sorted = sorted && (size == 0 || from[size - 1] < exportId);
        from[size] = exportId;
        to[size++] = id;
    }

    /** The id here of the export's transaction {@code exportId}, or 0 when the export does not hold it. */
    long get(long exportId) {
        if (!sorted) {
            sort();
        }
        int at = Arrays.binarySearch(from, 0, size, exportId);
        return at < 0 ? 0 : to[at];
    }

    /** Sorts both arrays by the export's id, once, when the first occurrence asks. */
    private void sort() {
        Integer[] order = new Integer[size];
        for (int i = 0; i < size; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Long.compare(from[a], from[b]));
        long[] f = new long[size];
        long[] t = new long[size];
        for (int i = 0; i < size; i++) {
            f[i] = from[order[i]];
            t[i] = to[order[i]];
        }
        from = f;
        to = t;
        sorted = true;
    }
}
