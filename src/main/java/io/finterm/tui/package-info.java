/**
 * The full-screen app (Lanterna): a stack of screens (login, setup, dashboard, transactions, form,
 * budgets, analysis, categories, account, admin, help, farewell), each owning its state, its view
 * and its keys, and talking only to the services. Long work runs off the GUI thread; nothing is
 * printed to the terminal while the screen is up.
 *
 * <p>{@link io.finterm.tui.Tui} is what the screens talk to; behind it, the {@code EventLoop} owns the
 * GUI thread's loop and the key reader thread, {@code Navigation} the page stack, tabs and overlay,
 * and {@code UserSession} who is logged in (the one piece another thread, an SSH channel, may end).
 */
package io.finterm.tui;
