package io.finterm.domain;

import java.util.Locale;

/**
 * A count with its noun in the right number, for every message that counts something:
 * {@code 1 category}, {@code 2 categories}, {@code 0 rows}. The nouns finterm counts are regular
 * English ones (a consonant and y takes -ies; s, x, ch and sh take -es), so no table is needed.
 */
public final class Plural {
    private Plural() {
    }

    /** {@code n} and {@code singular}, made plural unless {@code n} is 1: {@code of(3, "exchange rate")} is "3 exchange rates". */
    public static String of(long n, String singular) {
        return String.format(Locale.ROOT, "%d %s", n, n == 1 ? singular : plural(singular));
    }

    /** As {@link #of}, with the count grouped in thousands ({@code 25,000 transactions}). */
    public static String grouped(long n, String singular) {
        return String.format(Locale.ROOT, "%,d %s", n, n == 1 ? singular : plural(singular));
    }

    /** The plural of a regular English noun (or of the last word of a phrase). */
    static String plural(String singular) {
        int n = singular.length();
        if (n >= 2 && singular.endsWith("y") && "aeiou".indexOf(singular.charAt(n - 2)) < 0) {
            return singular.substring(0, n - 1) + "ies";
        }
        if (singular.endsWith("s") || singular.endsWith("x") || singular.endsWith("ch") || singular.endsWith("sh")) {
            return singular + "es";
        }
        return singular + "s";
    }
}
