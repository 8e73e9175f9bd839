package io.finterm.service;

import io.finterm.domain.TextFold;

/**
 * Text as a plain or whole-word rule compares it: without case, without accents, and with {@code ß}
 * as {@code ss}, so that {@code cafe} hits {@code Café} and {@code strasse} hits {@code Straße}.
 */
final class RuleText {
    private RuleText() {
    }

    /** {@code s} folded as {@link SearchText#fold} does, with ß spelled ss. */
    static String fold(String s) {
        return TextFold.fold(s);
    }

    /** Whether the folded {@code needle} occurs anywhere in the folded {@code text}. */
    static boolean contains(String text, String needle) {
        return text.contains(needle);
    }

    /**
     * Whether the folded {@code word} occurs in the folded {@code text} as whole words: not preceded and not
     * followed by a letter or digit (at an end of the word that is itself a letter or digit).
     */
    static boolean containsWord(String text, String word) {
        if (word.isEmpty()) {
            return false;
        }
        boolean startsInWord = isWordChar(word.charAt(0));
        boolean endsInWord = isWordChar(word.charAt(word.length() - 1));
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean before = !startsInWord || at == 0 || !isWordChar(text.charAt(at - 1));
            boolean after = !endsInWord || end == text.length() || !isWordChar(text.charAt(end));
            if (before && after) {
                return true;
            }
        }
        return false;
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c);
    }
}
