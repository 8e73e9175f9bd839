package io.finterm.tui;

/**
 * What a piece of text means on screen. The {@link Palette} turns each into colours and attributes
 * that read on dark and light backgrounds; none of them carries meaning by colour alone.
 */
enum Style {
    NORMAL, BOLD, REVERSE, MUTED, TITLE, FIELD, FOCUSED_FIELD, ERROR, GOOD, WARN, BAD, INCOME, EXPENSE, KEY
}
