package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import org.junit.jupiter.api.Test;

class SelectionTest {
    private static KeyStroke key(KeyType type) {
        return new KeyStroke(type);
    }

    private static KeyStroke ch(char c) {
        return new KeyStroke(c, false, false);
    }

    @Test
    void arrowsAndJkMoveOneEntryAndStopAtTheEnds() {
        Selection s = new Selection(5);
        assertTrue(s.key(key(KeyType.ArrowUp), 3));
        assertEquals(0, s.index());
        s.key(ch('j'), 3);
        s.key(key(KeyType.ArrowDown), 3);
        s.key(key(KeyType.ArrowDown), 3);
        assertEquals(2, s.index());
        s.key(ch('k'), 3);
        assertEquals(1, s.index());
    }

    @Test
    void pagesMoveAsManyEntriesAsTheLastDrawingShowedAndHomeEndGoToTheFirstAndLast() {
        Selection s = new Selection(5);
        s.key(key(KeyType.PageDown), 20);
        assertEquals(5, s.index(), "before any drawing, the size it was made with");
        s.shown(3);
        s.key(key(KeyType.PageDown), 20);
        assertEquals(8, s.index());
        s.key(key(KeyType.End), 20);
        assertEquals(19, s.index());
        s.key(key(KeyType.Home), 20);
        assertEquals(0, s.index());
    }

    @Test
    void otherKeysAreLeftToThePage() {
        Selection s = new Selection(5);
        assertFalse(s.key(ch('a'), 3));
        assertFalse(s.key(key(KeyType.Enter), 3));
        assertFalse(s.key(new KeyStroke('j', true, false), 3), "Ctrl-j is not a move");
    }

    @Test
    void aListThatShrankKeepsTheSelectionInsideIt() {
        Selection s = new Selection(5);
        s.select(7, 10);
        s.clamp(4);
        assertEquals(3, s.index());
        s.clamp(0);
        assertEquals(0, s.index());
    }

    @Test
    void theFirstEntryDrawnKeepsTheSelectedOneOnScreen() {
        Selection s = new Selection(5);
        s.select(9, 10);
        assertEquals(6, s.scroll(4), "rows 6 to 9 of one line each");
        s.select(2, 10);
        assertEquals(2, s.scroll(4), "scrolling back up shows the selected one first");
        // entries of three lines each in seven lines: the selected one and the one before it fit
        s.select(5, 10);
        assertEquals(4, s.scroll(7, i -> 3));
    }
}
