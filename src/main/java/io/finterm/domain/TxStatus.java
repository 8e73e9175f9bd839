package io.finterm.domain;

import java.util.Locale;

/**
 * Where a transaction stands against the bank: not yet seen on a statement, seen (cleared), or
 * part of a statement whose closing balance matched (reconciled). The mark is a letter, never a
 * colour, so that it reads the same on every terminal.
 */
public enum TxStatus {
    UNCLEARED("uncleared", " "), CLEARED("cleared", "c"), RECONCILED("reconciled", "R");

    private final String word;
    private final String mark;

    TxStatus(String word, String mark) {
        this.word = word;
        this.mark = mark;
    }

    public static TxStatus parse(String text) {
        String w = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        for (TxStatus s : values()) {
            if (s.word.equals(w)) {
                return s;
            }
        }
        throw new ValidationException("status", "'" + Text.clean(text) + "' is not one of uncleared, cleared, reconciled");
    }

    public String word() {
        return word;
    }

    /** One character for a table column: blank, {@code c} or {@code R}. */
    public String mark() {
        return mark;
    }

    /** Whether the bank has seen it: its amount counts in the cleared balance. */
    public boolean isCleared() {
        return this != UNCLEARED;
    }
}
