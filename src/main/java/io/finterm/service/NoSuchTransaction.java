package io.finterm.service;

/**
 * There is no transaction with this id among the acting user's own. A row that belongs to someone
 * else is answered with exactly this too, so that trying ids tells nobody which exist.
 */
public final class NoSuchTransaction extends AccessDenied {
    public NoSuchTransaction(long id) {
        super("there is no transaction " + id);
    }
}
