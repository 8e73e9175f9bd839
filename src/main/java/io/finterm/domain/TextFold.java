package io.finterm.domain;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text as finterm compares it, in one place for every layer: a search, a rule, the suggestions learnt from the
 * history and the recurring payments found in it all fold the same way, so {@code cafe} finds {@code Café},
 * {@code strasse} finds {@code Straße}, and {@code PAYPAL *SPOTIFY 35314369001} is the same text every month.
 */
public final class TextFold {
    private TextFold() {
    }

    /** {@code s} in lower case with accents and other combining marks removed (as a search compares). */
    public static String accents(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                // Decomposed, an accented letter is its base letter followed by combining marks.
                String bare = Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
                return bare.toLowerCase(Locale.ROOT);
            }
        }
        return s.toLowerCase(Locale.ROOT); // plain ASCII, the usual case: no normalising per row
    }

    /** {@code s} folded as {@link #accents} does, with ß spelled ss (as a rule compares); null is empty. */
    public static String fold(String s) {
        String f = accents(s == null ? "" : s);
        // Lower case keeps ß (and turns capital ẞ into it); German spells it ss where the letter is missing.
        return f.indexOf('ß') < 0 ? f : f.replace("ß", "ss");
    }

    /**
     * The text as compared: accents and case folded (ß as ss), and only its words of two letters or more, in
     * order and joined by one space. A run of letters and digits that holds a digit is a number or a
     * reference ({@code 35314369001}, {@code 2K4JL9Q1ZX}, {@code ME3}), different on every row, and is
     * dropped like punctuation and lone letters:
     * {@code PAYPAL *SPOTIFY 35314369001} → {@code paypal spotify}; {@code CB CARREFOUR 18/11} → {@code cb carrefour}.
     */
    public static String key(String text) {
        String folded = fold(text); // as rules fold it: ß as ss, as banks spell it (STRASSE)
        StringBuilder key = new StringBuilder(folded.length());
        int i = 0;
        while (i < folded.length()) {
            if (!Character.isLetterOrDigit(folded.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean digit = false;
            while (i < folded.length() && Character.isLetterOrDigit(folded.charAt(i))) {
                digit |= Character.isDigit(folded.charAt(i));
                i++;
            }
            if (!digit && i - start >= 2) {
                if (key.length() > 0) {
                    key.append(' ');
                }
                key.append(folded, start, i);
            }
        }
        return key.toString();
    }
}
