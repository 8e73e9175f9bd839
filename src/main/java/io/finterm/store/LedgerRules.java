package io.finterm.store;

import io.finterm.domain.Account;
import io.finterm.domain.Transaction;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The rules of the ledger that no index or foreign key expresses: the two legs of a transfer name
 * each other, belong to one user, share a date, go opposite ways and touch two different accounts;
 * and every transaction is booked in its account's currency. Part of the integrity check.
 */
final class LedgerRules {
    private static final String TRANSFER = "transactions.transfer: transactions row ";
    private static final String CURRENCY = "transactions.currency: transactions row ";
    private final Map<Long, Object> transactions;
    private final Map<Long, Object> accounts;
    private final Consumer<String> problem;

    LedgerRules(Map<Long, Object> transactions, Map<Long, Object> accounts, Consumer<String> problem) {
        this.transactions = transactions;
        this.accounts = accounts;
        this.problem = problem;
    }

    void check() {
        transactions.values().forEach(o -> {
            Transaction t = (Transaction) o;
            if (t.isTransfer()) {
                checkLeg(t);
            }
            // a missing account is the foreign key's problem, reported there
            if (accounts.get(t.accountId()) instanceof Account a && !a.currency().equals(t.amount().currency())) {
                problem.accept(CURRENCY + t.id() + " is in " + t.amount().currency().getCurrencyCode() + ", but account "
                        + a.id() + " is in " + a.currency().getCurrencyCode());
            }
        });
    }

    private void checkLeg(Transaction t) {
        Transaction other = (Transaction) transactions.get(t.transferId());
        if (other == null) {
            problem.accept(TRANSFER + t.id() + " names missing leg " + t.transferId());
        } else if (!other.isTransfer()) {
            problem.accept(TRANSFER + t.id() + " names " + other.id() + ", which is not a transfer");
        } else if (other.transferId() != t.id()) {
            problem.accept(TRANSFER + t.id() + " names leg " + other.id() + ", which names " + other.transferId() + " instead");
        } else if (t.id() < other.id()) {
            // the legs name each other: tell what is wrong with the pair once, from its first leg
            checkPair(t, other);
        }
    }

    private void checkPair(Transaction t, Transaction other) {
        String leg = TRANSFER + t.id();
        if (other.userId() != t.userId()) {
            problem.accept(leg + " names leg " + other.id() + " of someone else");
            return;
        }
        if (!other.date().equals(t.date())) {
            problem.accept(leg + " is dated " + t.date() + " but its leg " + other.id() + " " + other.date());
        }
        if (other.kind() == t.kind()) {
            problem.accept(leg + " is a " + t.kind().label() + " and so is its leg " + other.id());
        }
        if (other.accountId() == t.accountId()) {
            problem.accept(leg + " and its leg " + other.id() + " are both in account " + t.accountId());
        }
    }
}
