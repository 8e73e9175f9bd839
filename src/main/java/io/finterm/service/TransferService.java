package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.Money;
import io.finterm.domain.Text;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxStatus;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.WriteTx;

/**
 * Transfers between two of a user's own accounts, stored as two linked legs: what left one account
 * and what arrived in the other, each in its account's currency. A transfer is neither income nor
 * an expense. Changing either leg changes both; deleting either deletes both
 * ({@link TransactionService#delete}).
 */
public final class TransferService {
    private final Store store;
    private final Sessions sessions;
    private final Steps steps;

    public TransferService(Store store, AccountService accounts) {
        this.store = store;
        this.sessions = accounts.sessions();
        this.steps = new Steps(accounts.clock());
    }

    /** The two legs written: what left {@code from}, then what arrived in {@code to}. */
    public record Transfer(Transaction out, Transaction in) {
    }

    public Transfer transfer(Session session, TransferEntry entry) {
        User user = sessions.active(session);
        return store.write(tx -> {
            Transfer made = write(tx, user, tx.nextId(Schema.TRANSACTIONS), tx.nextId(Schema.TRANSACTIONS), entry, null);
            steps.record(tx, user, label(tx, made));
            return made;
        });
    }

    /**
     * Replaces the transfer that transaction {@code legId} is a leg of with {@code entry}; both legs keep their ids,
     * and each its status, payee and tags (the entry has none of these). An account the transfer stays in may have
     * been closed since; only one newly chosen for a side must be open. A transfer with a reconciled leg is refused
     * with {@link ReconciledChange}: the person must have been asked first (then {@link #editReconciled}).
     */
    public Transfer edit(Session session, long legId, TransferEntry entry) {
        return edit(session, legId, entry, false);
    }

    /** As {@link #edit}, for a person who was told that a leg of the transfer is reconciled and confirmed the change. */
    public Transfer editReconciled(Session session, long legId, TransferEntry entry) {
        return edit(session, legId, entry, true);
    }

    private Transfer edit(Session session, long legId, TransferEntry entry, boolean reconciledConfirmed) {
        User user = sessions.active(session);
        return store.write(tx -> {
            Transaction leg = TransactionService.owned(tx, user, legId);
            if (!leg.isTransfer()) {
                throw new ValidationException("type", "transaction " + legId + " is not a transfer");
            }
            Transaction other = TransactionService.owned(tx, user, leg.transferId());
            if (!reconciledConfirmed) {
                TransactionService.refuseReconciled(leg, other);
            }
            Transfer was = leg.kind() == TxKind.TRANSFER_OUT ? new Transfer(leg, other) : new Transfer(other, leg);
            // named as it was, as an edit of a transaction is: that is what undo brings back
            steps.record(tx, user, "edit of " + label(tx, was));
            return write(tx, user, was.out().id(), was.in().id(), entry, was);
        });
    }

    /** The transfer that transaction {@code legId} is a leg of. */
    public Transfer get(Session session, long legId) {
        User user = sessions.active(session);
        return store.read(rd -> {
            Transaction leg = TransactionService.owned(rd, user, legId);
            if (!leg.isTransfer()) {
                throw new ValidationException("type", "transaction " + legId + " is not a transfer");
            }
            Transaction other = TransactionService.owned(rd, user, leg.transferId());
            return leg.kind() == TxKind.TRANSFER_OUT ? new Transfer(leg, other) : new Transfer(other, leg);
        });
    }

    /**
     * "transfer of €300.00 from Main to Savings on 2026-10-01": a transfer as an undo step names it; what arrived
     * is added in brackets when it is in another currency ("… to Dollars ($320.00) on …").
     */
    static String label(ReadTx rd, Transfer t) {
        Money sent = t.out().amount();
        Money received = t.in().amount();
        return "transfer of " + sent.display() + " from " + accountName(rd, t.out()) + " to " + accountName(rd, t.in())
                + (received.currency().equals(sent.currency()) ? "" : " (" + received.display() + ")") + " on " + t.out().date();
    }

    /** The label of the transfer that {@code leg} and {@code other} are the legs of, in either order. */
    static String label(ReadTx rd, Transaction leg, Transaction other) {
        return label(rd, leg.kind() == TxKind.TRANSFER_OUT ? new Transfer(leg, other) : new Transfer(other, leg));
    }

    private static String accountName(ReadTx rd, Transaction leg) {
        return rd.get(Schema.ACCOUNTS, leg.accountId()).map(Account::name).orElse("account " + leg.accountId());
    }

    /** Writes the transfer {@code e} as legs {@code outId} and {@code inId}: new ones, or those of {@code was} when it is not null. */
    static Transfer write(WriteTx tx, User user, long outId, long inId, TransferEntry e, Transfer was) {
        Account from = account(tx, user, "from", e.from(), was == null ? 0 : was.out().accountId());
        Account to = account(tx, user, "to", e.to(), was == null ? 0 : was.in().accountId());
        if (from.id() == to.id()) {
            throw new ValidationException("to", "a transfer needs two different accounts, and '" + from.name() + "' is both");
        }
        Money sent = amount("amount", e.amount(), from);
        Money received = received(e.toAmount(), sent, from, to);
        if (e.date() == null) {
            throw new ValidationException("date", "is required");
        }
        Transaction.Legs legs = Transaction.transferLegs(outId, inId, user.id(), from.id(), to.id(), e.date(), sent, received,
                e.description());
        if (was != null) {
            // What the entry does not carry stays as it was on each leg: its status (cleared, reconciled), payee and tags.
            Transaction out = kept(legs.out(), was.out());
            Transaction in = kept(legs.in(), was.in());
            return new Transfer(tx.update(Schema.TRANSACTIONS, out), tx.update(Schema.TRANSACTIONS, in));
        }
        return new Transfer(tx.insert(Schema.TRANSACTIONS, legs.out()), tx.insert(Schema.TRANSACTIONS, legs.in()));
    }

    /**
     * Leg {@code made} with the payee and tags of the leg {@code was} it replaces, and its status while
     * it stays in the same account: a statement of another account has not seen it.
     */
    private static Transaction kept(Transaction made, Transaction was) {
        return made.withPayeeAndTags(was.payee(), was.tags())
                .withStatus(made.accountId() == was.accountId() ? was.status() : TxStatus.UNCLEARED);
    }

    /**
     * One of the user's own accounts, open unless it is {@code kept} (the id of the one this side of the transfer is
     * already in: correcting a transfer books nothing new there); a name that is not theirs is refused, whoever else may have it.
     */
    private static Account account(ReadTx rd, User user, String field, String name, long kept) {
        if (name == null || name.isBlank()) {
            throw new ValidationException(field, "name the account the money goes " + (field.equals("from") ? "from" : "to"));
        }
        Account a = AccountLookup.find(rd, user.id(), name).orElseThrow(() -> new ValidationException(field,
                "you have no account '" + Text.clean(name) + "'; a transfer moves money between your own accounts"));
        return a.id() == kept ? a : AccountLookup.requireOpen(field, a);
    }

    private static Money received(String toAmount, Money sent, Account from, Account to) {
        boolean blank = toAmount == null || toAmount.isBlank();
        if (from.currency().equals(to.currency())) {
            if (!blank && !amount("to amount", toAmount, to).equals(sent)) {
                throw new ValidationException("to amount", "both accounts are in " + from.currency().getCurrencyCode()
                        + ", so what arrives is what was sent; leave it out");
            }
            return sent;
        }
        if (blank) {
            throw new ValidationException("to amount", "'" + from.name() + "' is in " + from.currency().getCurrencyCode()
                    + " and '" + to.name() + "' in " + to.currency().getCurrencyCode()
                    + ": give the amount that arrived, in " + to.currency().getCurrencyCode());
        }
        return amount("to amount", toAmount, to);
    }

    private static Money amount(String field, String text, Account in) {
        try {
            Money m = Money.parse(text, in.currency());
            if (!m.isPositive()) {
                throw new ValidationException(field, "must be greater than zero");
            }
            return m;
        } catch (ValidationException e) {
            throw e.field().equals(field) ? e : new ValidationException(field, e.reason());
        }
    }
}
