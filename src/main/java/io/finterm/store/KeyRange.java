package io.finterm.store;

import java.util.Arrays;

/**
 * The index entries whose leading columns lie between two key prefixes, both inclusive. A shorter
 * prefix covers more: {@code prefix(user)} is every entry of that user.
 */
public record KeyRange(Object[] from, Object[] to) {
    private static final Object[] NONE = {};

    public KeyRange {
        from = from.clone();
        to = to.clone();
    }

    public static KeyRange all() {
        return new KeyRange(NONE, NONE);
    }

    public static KeyRange prefix(Object... prefix) {
        return new KeyRange(prefix, prefix);
    }

    public static KeyRange between(Object[] from, Object[] to) {
        return new KeyRange(from, to);
    }

    /** The lowest possible entry: a shorter array sorts before every longer one with its prefix. */
    Object[] low() {
        return from.clone();
    }

    /** The highest possible entry: {@code null} sorts after every value in MapDB's tuple order. */
    Object[] high(int width) {
        return Arrays.copyOf(to, Math.max(width, to.length));
    }

    boolean contains(Object[] entry) {
        return TupleOrder.INSTANCE.compare(entry, low()) >= 0 && TupleOrder.INSTANCE.compare(entry, high(entry.length)) <= 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyRange r && Arrays.equals(from, r.from) && Arrays.equals(to, r.to);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(from) + Arrays.hashCode(to);
    }

    @Override
    public String toString() {
        return Arrays.toString(from) + ".." + Arrays.toString(to);
    }
}
