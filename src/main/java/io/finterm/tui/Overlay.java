package io.finterm.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.input.KeyStroke;

/** A box drawn over the page that takes every key until it closes: help, a question, a prompt. */
interface Overlay {
    void draw(Painter p);

    /** Handles {@code key}; the overlay closes itself through the {@link Tui}. */
    void key(KeyStroke key);

    /** Where the caret is, relative to the painter given to {@link #draw}, or {@code null}. */
    default TerminalPosition cursor() {
        return null;
    }
}
