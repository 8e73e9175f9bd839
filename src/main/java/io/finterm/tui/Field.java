package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;

/**
 * One line of text input: typing, Backspace and Delete, Left and Right, Home and End (and Ctrl-A,
 * Ctrl-E, Ctrl-U as in a shell). A masked field shows {@code *} for each character. The field keeps
 * its own error, which the form shows next to it.
 */
final class Field {
    final String name;
    final String label;
    private final boolean masked;
    private final int maxLength;
    private final StringBuilder text = new StringBuilder();
    private int caret;
    String error;
    /** A completion shown after the caret, accepted with Tab or Right. */
    String suggestion;

    Field(String name, String label, boolean masked, int maxLength) {
        this.name = name;
        this.label = label;
        this.masked = masked;
        this.maxLength = maxLength;
    }

    static Field text(String name, String label, int maxLength) {
        return new Field(name, label, false, maxLength);
    }

    static Field secret(String name, String label) {
        return new Field(name, label, true, 128);
    }

    String text() {
        return text.toString();
    }

    /** The text as a char array for a password, so the caller can wipe it; the field is cleared. */
    char[] takeSecret() {
        char[] out = new char[text.length()];
        text.getChars(0, text.length(), out, 0);
        clear();
        return out;
    }

    Field set(String value) {
        text.setLength(0);
        text.append(value == null ? "" : value);
        caret = text.length();
        return this;
    }

    void clear() {
        for (int i = 0; i < text.length(); i++) {
            text.setCharAt(i, '\0');
        }
        text.setLength(0);
        caret = 0;
    }

    boolean isEmpty() {
        return text.length() == 0;
    }

    /** Whether {@code key} edited the field or moved its caret. */
    boolean handle(KeyStroke key) {
        KeyType type = key.getKeyType();
        if (type == KeyType.Character && key.isCtrlDown()) {
            switch (Character.toLowerCase(key.getCharacter())) {
                case 'a' -> caret = 0;
                case 'e' -> caret = text.length();
                case 'u' -> {
                    text.delete(0, caret);
                    caret = 0;
                }
                default -> {
                    return false;
                }
            }
            return true;
        }
        switch (type) {
            case Character -> {
                char c = key.getCharacter();
                if (Character.isISOControl(c) || text.length() >= maxLength || key.isAltDown()) {
                    return false;
                }
                text.insert(caret++, c);
            }
            case Backspace -> {
                if (caret > 0) {
                    text.deleteCharAt(--caret);
                }
            }
            case Delete -> {
                if (caret < text.length()) {
                    text.deleteCharAt(caret);
                }
            }
            case ArrowLeft -> caret = Math.max(0, caret - 1);
            case ArrowRight -> {
                if (caret == text.length() && suggestion != null && !suggestion.isEmpty()) {
                    acceptSuggestion();
                } else {
                    caret = Math.min(text.length(), caret + 1);
                }
            }
            case Home -> caret = 0;
            case End -> caret = text.length();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** Replaces the text with the suggestion, if there is one; returns whether there was. */
    boolean acceptSuggestion() {
        if (suggestion == null || suggestion.isEmpty() || suggestion.equals(text.toString())) {
            return false;
        }
        set(suggestion);
        return true;
    }

    /**
     * Draws the field's value in {@code width} columns at {@code (col, row)}; the part of a suggestion
     * beyond what was typed shows muted. Returns the caret's column.
     */
    int draw(Painter p, int col, int row, int width, boolean focused) {
        String shown = masked ? "*".repeat(text.length()) : text.toString();
        int offset = Math.max(0, caret - width + 1);
        String visible = shown.substring(Math.min(offset, shown.length()));
        if (visible.length() > width) {
            visible = visible.substring(0, width);
        }
        p.text(col, row, String.format("%-" + Math.max(1, width) + "s", visible), focused ? Style.FOCUSED_FIELD : Style.FIELD);
        if (focused && suggestion != null && suggestion.regionMatches(true, 0, shown, 0, shown.length())
                && suggestion.length() > shown.length() && offset == 0) {
            String rest = suggestion.substring(shown.length());
            p.text(col + shown.length(), row, rest.substring(0, Math.max(0, Math.min(rest.length(), width - shown.length()))), Style.MUTED);
        }
        return col + caret - offset;
    }
}
