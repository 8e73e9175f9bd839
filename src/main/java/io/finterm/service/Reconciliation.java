package io.finterm.service;

import io.finterm.domain.Money;
import io.finterm.domain.TxStatus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
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

    /** The order of both lists: the account's history, by day and then id. */
    private static final Comparator<Listed> OLDEST_FIRST =
            Comparator.comparing((Listed l) -> l.transaction().date()).thenComparingLong(l -> l.transaction().id());

    /**
     * This reconciliation once transaction {@code id} of {@code uncleared} or {@code pending} has been
     * marked {@code status} (uncleared or cleared): it moves to the other list and the cleared balance and
     * the difference follow, so that ticking one row off does not read the account's history again.
     * Unchanged when it is not in either list or already so.
     */
    public Reconciliation marked(long id, TxStatus status) {
        if (status == TxStatus.RECONCILED) {
            throw new IllegalArgumentException("finish() reconciles; a row is marked cleared or uncleared");
        }
        boolean clearing = status == TxStatus.CLEARED;
        List<Listed> from = new ArrayList<>(clearing ? uncleared : pending);
        Listed moved = from.stream().filter(l -> l.transaction().id() == id).findFirst().orElse(null);
        if (moved == null) {
            return this;
        }
        from.remove(moved);
        List<Listed> to = new ArrayList<>(clearing ? pending : uncleared);
        to.add(new Listed(moved.transaction().withStatus(status), moved.category()));
        to.sort(OLDEST_FIRST);
        long signed = moved.transaction().signedMinor();
        Money newCleared = new Money(clearing ? Math.addExact(cleared.minor(), signed) : Math.subtractExact(cleared.minor(), signed),
                cleared.currency());
        return new Reconciliation(account, date, statement, newCleared, statement.minus(newCleared),
                clearing ? from : to, clearing ? to : from);
    }

    /** Whether the statement and the cleared balance agree, so that the reconciliation can be finished. */
    public boolean balanced() {
        return difference.minor() == 0;
    }
}
