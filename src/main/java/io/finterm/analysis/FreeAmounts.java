package io.finterm.analysis;

import java.util.Arrays;

/**
 * How many of a group's payments that no series has taken yet have an amount in a range, for {@link SeriesSearch}:
 * asked once per candidate series, so it answers in logarithmic time (a Fenwick tree over the amounts' ranks) rather
 * than by reading the group, which for a payee paid daily for years would make the search quadratic.
 */
final class FreeAmounts {
    private final long[] sorted;
    private final int[] rank;
    private final int[] tree;
    private int free;

    FreeAmounts(long[] amounts) {
        Integer[] order = new Integer[amounts.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Long.compare(amounts[a], amounts[b]));
        sorted = new long[amounts.length];
        rank = new int[amounts.length];
        for (int r = 0; r < order.length; r++) {
            sorted[r] = amounts[order[r]];
            rank[order[r]] = r;
        }
        tree = new int[amounts.length + 1];
        for (int i = 1; i <= amounts.length; i++) {
            tree[i]++;
            int parent = i + (i & -i);
            if (parent <= amounts.length) {
                tree[parent] += tree[i];
            }
        }
        free = amounts.length;
    }

    /** Payment {@code i} (its index in the group) is taken by a series. */
    void take(int i) {
        free--;
        for (int at = rank[i] + 1; at < tree.length; at += at & -at) {
            tree[at]--;
        }
    }

    /** How many payments are free. */
    int free() {
        return free;
    }

    /** How many free payments have an amount from {@code lo} to {@code hi}. */
    int count(long lo, long hi) {
        return upTo(firstAbove(hi)) - upTo(firstAbove(lo - 1));
    }

    /** The free payments among the first {@code n} by amount. */
    private int upTo(int n) {
        int sum = 0;
        for (int at = n; at > 0; at -= at & -at) {
            sum += tree[at];
        }
        return sum;
    }

    /** How many amounts are at most {@code value}. */
    private int firstAbove(long value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] <= value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
