/**
 * The full-screen app (Lanterna): a stack of screens (login, setup, dashboard, transactions, form,
 * budgets, analysis, categories, account, admin, help, farewell), each owning its state, its view
 * and its keys, and talking only to the services. Long work runs off the GUI thread; nothing is
 * printed to the terminal while the screen is up.
 */
package io.finterm.tui;
