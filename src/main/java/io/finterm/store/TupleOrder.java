package io.finterm.store;

import java.util.Comparator;

/**
 * The order of index and aggregate keys: column by column, {@code Long}s numerically and
 * {@code String}s by {@link String#compareTo}. It is MapDB's tuple order, including its two
 * conventions for range bounds: a shorter key sorts before the longer keys it is a prefix of, and
 * {@code null} sorts after every value. Kept here so sorting for bulk loads need not go through
 * MapDB's generic serializers.
 */
final class TupleOrder implements Comparator<Object[]> {
    static final TupleOrder INSTANCE = new TupleOrder();

    private TupleOrder() {
    }

    @Override
    public int compare(Object[] a, Object[] b) {
        int n = Math.min(a.length, b.length);
        for (int i = 0; i < n; i++) {
            Object x = a[i];
            Object y = b[i];
            if (x == y) {
                continue;
            }
            if (x == null) {
                return 1;
            }
            if (y == null) {
                return -1;
            }
            int c = x instanceof Long lx ? Long.compare(lx, (Long) y) : ((String) x).compareTo((String) y);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(a.length, b.length);
    }
}
