package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Text;
import java.util.List;

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
    /** The other fields whose values {@link #error} is also about (a repeated password): editing them makes it stale too. */
    java.util.Set<String> errorAbout = java.util.Set.of();
    /** A completion shown after the caret, accepted with Tab or Right. */
    String suggestion;
    /** For a choice, the values it offers (chosen by first letter, or Space and ← → in turn); else {@code null}. */
    private List<String> choices;
    /** Whether a focused choice shows its keys beside it; a form with no room there says them elsewhere. */
    boolean keysBeside = true;

    Field(String name, String label, boolean masked, int maxLength) {
        this.name = name;
        this.label = label;
        this.masked = masked;
        this.maxLength = maxLength;
    }

    static Field text(String name, String label, int maxLength) {
        return new Field(name, label, false, maxLength);
    }

    /** A choice between {@code values}, the first chosen; no free text. */
    static Field choice(String name, String label, String... values) {
        Field f = new Field(name, label, false, 64);
        f.choices = List.of(values);
        return f.set(values[0]);
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
        if (choices != null) {
            return choose(key);
        }
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

    /** A choice takes the value its first letter names, or the next (Space, →) or previous (←) one. */
    private boolean choose(KeyStroke key) {
        int at = Math.max(0, choices.indexOf(text()));
        switch (key.getKeyType()) {
            case ArrowRight -> set(choices.get((at + 1) % choices.size()));
            case ArrowLeft -> set(choices.get((at + choices.size() - 1) % choices.size()));
            case Character -> {
                char c = Character.toLowerCase(key.getCharacter());
                if (c == ' ') {
                    set(choices.get((at + 1) % choices.size()));
                    return true;
                }
                for (String choice : choices) {
                    if (Character.toLowerCase(choice.charAt(0)) == c) {
                        set(choice);
                        error = null;
                        return true;
                    }
                }
                if (!key.isCtrlDown() && !key.isAltDown()) {
                    error = "no choice starts with '" + Text.printable(String.valueOf(key.getCharacter())) + "': " + keys(); // never ignored silently
                    return true;
                }
                return false;
            }
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
        if (choices != null) {
            return drawChoices(p, col, row, focused);
        }
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

    /** Every value side by side, the chosen one marked by video and brackets, not by colour alone. */
    private int drawChoices(Painter p, int col, int row, boolean focused) {
        int at = col;
        int caretAt = col;
        for (String choice : choices) {
            boolean chosen = choice.equals(text());
            String shown = chosen ? "[" + choice + "]" : " " + choice + " ";
            p.text(at, row, shown, chosen ? (focused ? Style.FOCUSED_FIELD : Style.BOLD) : Style.MUTED);
            if (chosen) {
                caretAt = at + 1;
            }
            at += shown.length() + 1;
        }
        if (focused && error == null && keysBeside) {
            String hint = "(" + keys() + ")"; // where that does not fit, the keys in general: the help lists every value
            p.text(at + 1, row, at + 1 + hint.length() <= p.width() ? hint : "(first letter, Space or ← →)", Style.MUTED);
        }
        return caretAt;
    }

    /** The keys of a choice, for its hint: "u user, a admin, Space or ← → switch". */
    private String keys() {
        StringBuilder sb = new StringBuilder();
        for (String choice : choices) {
            sb.append(Character.toLowerCase(choice.charAt(0))).append(' ').append(choice).append(", ");
        }
        return sb.append("Space or ← → switch").toString();
    }
}
