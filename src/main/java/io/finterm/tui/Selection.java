package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.util.function.IntUnaryOperator;

/**
 * Which entry of a list is selected, and the first one drawn: ↑ ↓ (and {@code j} {@code k}) an entry,
 * PgUp PgDn as many as the last drawing showed, Home End the first or last. The counterpart of
 * {@link Scroll}, which scrolls a table that has no selection.
 */
final class Selection {
    private int index;
    private int top;
    private int visible;

    /** {@code visible}: how many entries a page moves before the first drawing says. */
    Selection(int visible) {
        this.visible = visible;
    }

    int index() {
        return index;
    }

    int top() {
        return top;
    }

    /** Moves for a navigation key in a list of {@code size} entries; returns false for any other key. */
    boolean key(KeyStroke key, int size) {
        KeyType type = key.getKeyType();
        char c = type == KeyType.Character && !key.isCtrlDown() && !key.isAltDown() ? key.getCharacter() : 0;
        switch (type) {
            case ArrowDown -> move(1, size);
            case ArrowUp -> move(-1, size);
            case PageDown -> move(visible, size);
            case PageUp -> move(-visible, size);
            case Home -> move(-index, size);
            case End -> move(size, size);
            default -> {
                if (c == 'j') {
                    move(1, size);
                } else if (c == 'k') {
                    move(-1, size);
                } else {
                    return false;
                }
            }
        }
        return true;
    }

    /** Selects entry {@code i} of {@code size}, or the nearest there is. */
    void select(int i, int size) {
        index = Math.max(0, Math.min(size - 1, i));
    }

    /** Keeps the selection inside a list that now has {@code size} entries. */
    void clamp(int size) {
        select(index, size);
    }

    private void move(int by, int size) {
        select(index + by, size);
    }

    /** For entries of one line each, {@code rows} of them on screen: the first to draw so that the selected one shows. */
    int scroll(int rows) {
        visible = Math.max(1, rows);
        top = Math.max(Math.min(top, index), index - visible + 1);
        return top;
    }

    /**
     * For entries of {@code linesOf(i)} lines each in {@code room} lines: the first to draw so that the
     * selected one shows whole. The drawing then says with {@link #shown} how many fitted.
     */
    int scroll(int room, IntUnaryOperator linesOf) {
        top = Math.min(top, index);
        while (top < index && lines(top, index, linesOf) > room) {
            top++;
        }
        return top;
    }

    /** How many entries the drawing showed, which a page up or down moves. */
    void shown(int entries) {
        visible = Math.max(1, entries);
    }

    private static int lines(int from, int to, IntUnaryOperator linesOf) {
        int lines = 0;
        for (int i = from; i <= to; i++) {
            lines += linesOf.applyAsInt(i);
        }
        return lines;
    }
}
