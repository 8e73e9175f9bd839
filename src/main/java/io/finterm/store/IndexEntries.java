package io.finterm.store;

import java.util.Arrays;

/** A bulk load's entries of one multi-key index, and the row each is of, growing as they come. */
final class IndexEntries {
    private Object[][] entries;
    private int[] rows;
    private int n;

    IndexEntries(int capacity) {
        entries = new Object[capacity][];
        rows = new int[capacity];
    }

    void add(Object[] entry, int row) {
        if (n == entries.length) {
            entries = Arrays.copyOf(entries, n * 2 + 1);
            rows = Arrays.copyOf(rows, n * 2 + 1);
        }
        rows[n] = row;
        entries[n++] = entry;
    }

    Object[][] all() {
        return Arrays.copyOf(entries, n);
    }

    int rowOf(int entry) {
        return rows[entry];
    }
}
