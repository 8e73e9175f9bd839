package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.report.Table;

/**
 * Where a table without a selection is scrolled to: ↑ ↓ (and {@code j} {@code k}) a row, PgUp PgDn a
 * screen, Home End the first or last rows. It remembers how many rows the last drawing showed, so
 * that a page down is a screen of the size the table had.
 */
final class Scroll {
    private int top;
    private int visible = 10;

    /** Scrolls for {@code key}; returns false for a key that is not a scrolling one. */
    boolean key(KeyStroke key) {
        KeyType type = key.getKeyType();
        if (key.isShiftDown() || key.isAltDown()) {
            return false; // Shift-↑ ↓ change the period's length
        }
        char c = type == KeyType.Character && !key.isCtrlDown() && !key.isAltDown() ? key.getCharacter() : 0;
        switch (type) {
            case ArrowDown -> top++;
            case ArrowUp -> top--;
            case PageDown -> top += visible;
            case PageUp -> top -= visible;
            case Home -> top = 0;
            case End -> top = Integer.MAX_VALUE / 2; // the drawing stops at the last screenful
            default -> {
                if (c == 'j') {
                    top++;
                } else if (c == 'k') {
                    top--;
                } else {
                    return false;
                }
            }
        }
        clamp();
        return true;
    }

    void reset() {
        top = 0;
    }

    private void clamp() {
        top = Math.max(0, top);
    }

    /** Draws {@code table} in {@code height} lines from {@code row}, from the scrolled-to row; returns the lines used. */
    int draw(Painter p, int row, int height, Table table) {
        Grid.Drawn drawn = Grid.draw(p, row, height, table, -1, top);
        top = drawn.top();
        visible = Math.max(1, drawn.visible());
        return drawn.lines();
    }
}
