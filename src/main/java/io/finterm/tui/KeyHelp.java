package io.finterm.tui;

/** One line of the help overlay: a key and what it does. */
record KeyHelp(String key, String what) {
}
