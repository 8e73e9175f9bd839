package io.finterm.service;

import io.finterm.domain.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * One account against one bank statement: what the bank has seen (the opening balance and every
 * cleared or reconciled transaction up to the statement's date) against the statement's closing
 * balance, and the transactions up to that date still to be ticked off. All in the account's currency.
 *
 * @param cleared    the cleared balance on {@code date}
 * @param difference the statement's balance minus the cleared balance; 0 when the two agree
 * @param uncleared  the uncleared transactions dated up to {@code date}, oldest first
 * @param pending    the cleared, not yet reconciled, transactions dated up to {@code date}, oldest first
 */
public record Reconciliation(String account, LocalDate date, Money statement, Money cleared, Money difference,
                             List<Listed> uncleared, List<Listed> pending) {
    public Reconciliation {
        uncleared = List.copyOf(uncleared);
        pending = List.copyOf(pending);
    }

    /** Whether the statement and the cleared balance agree, so that the reconciliation can be finished. */
    public boolean balanced() {
        return difference.minor() == 0;
    }
}
