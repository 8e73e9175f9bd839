package io.finterm.service;

import io.finterm.domain.FintermException;

/**
 * A change to a transaction that was reconciled against a statement was not confirmed: the
 * reconciled balance would no longer be the statement's. The front end asks, then confirms.
 */
public final class ReconciledChange extends FintermException {
    private final long id;

    public ReconciledChange(long id) {
        super("transaction " + id + " is reconciled against a bank statement; changing it changes that statement's balance");
        this.id = id;
    }

    public long id() {
        return id;
    }
}
