package io.finterm.service;

import java.util.Arrays;

/**
 * How many past rows of one text were in each category, and whether one category clearly leads.
 * Most texts only ever had one category, so this is two small arrays, not a map.
 */
final class Tally {
    private long[] categories = new long[1];
    private int[] counts = new int[1];
    private int size;
    private int total;

    void add(long categoryId) {
        total++;
        for (int i = 0; i < size; i++) {
            if (categories[i] == categoryId) {
                counts[i]++;
                return;
            }
        }
        if (size == categories.length) {
            categories = Arrays.copyOf(categories, size * 2);
            counts = Arrays.copyOf(counts, size * 2);
        }
        categories[size] = categoryId;
        counts[size++] = 1;
    }

    int total() {
        return total;
    }

    /** The category with the most rows (on a tie, the one seen first: the newest), or 0 when there is none. */
    long leader() {
        int best = -1;
        for (int i = 0; i < size; i++) {
            if (best < 0 || counts[i] > counts[best]) {
                best = i;
            }
        }
        return best < 0 ? 0 : categories[best];
    }

    int count(long categoryId) {
        for (int i = 0; i < size; i++) {
            if (categories[i] == categoryId) {
                return counts[i];
            }
        }
        return 0;
    }

    /**
     * Whether the leader is clear enough to suggest. A text seen once, ever, is suggested: it is the only
     * evidence, the person chose that category themselves, and the alternative is Uncategorized, which
     * they would have to fix by hand anyway. Seen more often, the leader needs at least two rows and at
     * least 60 % of them, so that a text split evenly between two categories (Amazon: books, then
     * household) is left for the person to decide rather than guessed, and a wrong guess, which is
     * worse than none because nobody looks at it again, stays rare.
     */
    boolean decisive() {
        if (total == 1) {
            return true;
        }
        int lead = count(leader());
        return lead >= 2 && lead * 5 >= total * 3;
    }
}
