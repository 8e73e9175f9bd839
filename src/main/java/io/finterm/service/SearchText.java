package io.finterm.service;

import io.finterm.domain.TextFold;
import java.util.Collection;
import java.util.Optional;

/**
 * Text as a search compares it: without case and without accents, so that {@code cafe} finds
 * {@code Café} and {@code CAFÉ}; and the nearest of a few known words, for "did you mean".
 */
final class SearchText {
    private SearchText() {
    }

    /** {@code s} in lower case with accents and other combining marks removed. */
    static String fold(String s) {
        return TextFold.accents(s);
    }

    /**
     * The candidate that {@code word} most likely meant: one it starts with or that starts with it
     * ({@code category} → {@code cat}), or one at most two typing errors away; empty when none is close.
     */
    static Optional<String> nearest(String word, Collection<String> candidates) {
        String w = fold(word);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            String f = fold(c);
            int d = w.length() >= 3 && (w.startsWith(f) || f.startsWith(w)) ? 0 : distance(w, f);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return bestDistance <= Math.min(2, Math.max(1, w.length() / 3)) ? Optional.ofNullable(best) : Optional.empty();
    }

    /** Edit distance counting an insertion, a deletion, a substitution or a swap of two neighbours as one. */
    private static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(d[i - 1][j - 1] + cost, Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1));
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
