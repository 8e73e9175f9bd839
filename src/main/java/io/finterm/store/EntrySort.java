package io.finterm.store;

import java.util.Arrays;

/**
 * Sorts a table's index entries for a bulk load. Sorting a million boxed tuples with a comparator
 * takes over a second and much garbage; when every column is a {@code long} whose values span
 * less than 2^31, this instead sorts column by column, last column first, with a primitive sort of
 * {@code (value − min) << 32 | position}: each pass is stable because the position breaks ties, so
 * after the first column the order is the tuple order. Anything else falls back to the comparator.
 */
final class EntrySort {
    private EntrySort() {
    }

    /** The positions of {@code entries}, in index order. */
    static int[] order(Object[][] entries) {
        int n = entries.length;
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        if (n == 0) {
            return order;
        }
        int width = entries[0].length;
        long[][] columns = columns(entries, width);
        if (columns == null) {
            Integer[] boxed = new Integer[n];
            Arrays.setAll(boxed, i -> i);
            Arrays.sort(boxed, (a, b) -> TupleOrder.INSTANCE.compare(entries[a], entries[b]));
            return Arrays.stream(boxed).mapToInt(Integer::intValue).toArray();
        }
        long[] packed = new long[n];
        int[] next = new int[n];
        for (int c = width - 1; c >= 0; c--) {
            long[] col = columns[c];
            long min = Arrays.stream(col).min().orElse(0);
            for (int r = 0; r < n; r++) {
                packed[r] = ((col[order[r]] - min) << 32) | r;
            }
            Arrays.sort(packed);
            for (int r = 0; r < n; r++) {
                next[r] = order[(int) packed[r]];
            }
            int[] t = order;
            order = next;
            next = t;
        }
        return order;
    }

    /** The entries as columns of longs, or {@code null} if a column is not all longs of a narrow range. */
    private static long[][] columns(Object[][] entries, int width) {
        long[][] columns = new long[width][entries.length];
        for (int c = 0; c < width; c++) {
            long min = Long.MAX_VALUE;
            long max = Long.MIN_VALUE;
            for (int r = 0; r < entries.length; r++) {
                if (!(entries[r][c] instanceof Long v)) {
                    return null;
                }
                columns[c][r] = v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            if (max - min >= Integer.MAX_VALUE || max - min < 0) {
                return null;
            }
        }
        return columns;
    }
}
