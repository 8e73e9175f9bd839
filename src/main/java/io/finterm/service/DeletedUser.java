package io.finterm.service;

/** What deleting an account removed, for the confirmation and the log. */
public record DeletedUser(String username, long categories, long transactions, long budgets) {
    public long records() {
        return categories + transactions + budgets;
    }
}
