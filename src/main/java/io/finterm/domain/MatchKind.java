package io.finterm.domain;

/** How a {@link Rule}'s pattern is matched: all three ignore case, and the first two accents too. */
public enum MatchKind {
    /** Anywhere in the text ({@code land} hits {@code Kaufland}). */
    TEXT("text"),
    /** As whole words ({@code rewe} hits {@code REWE Markt 123} but not {@code Brewery}). */
    WORD("word"),
    /** A regular expression, run with a step limit so that no pattern can hang the server. */
    REGEX("regex");

    private final String label;

    MatchKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
