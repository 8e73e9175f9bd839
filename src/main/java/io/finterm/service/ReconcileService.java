package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.Plural;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxStatus;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.WriteTx;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reconciling one of the user's open accounts against a bank statement: the cleared balance and the
 * difference on the statement's date, ticking transactions off as cleared, and, once the difference
 * is exactly 0, marking every cleared one up to that date reconciled. A transfer leg is one row in its
 * own account, so each leg is cleared and reconciled with its own account's statement.
 */
public final class ReconcileService {
    private final Store store;
    private final Sessions sessions;
    private final CategoryNames categoryNames = new CategoryNames();
    private final Steps steps;

    public ReconcileService(Store store, AccountService accounts) {
        this.store = store;
        this.sessions = accounts.sessions();
        this.steps = new Steps(accounts.clock());
    }

    /** Where {@code account} stands against a statement of {@code date} whose closing balance is {@code balance}. */
    public Reconciliation show(Session session, String account, LocalDate date, String balance) {
        User user = sessions.active(session);
        return store.read(rd -> state(rd, user, account, date, balance, categoryNames.of(rd, user.id())));
    }

    /**
     * Marks transactions {@code ids} of {@code account} cleared ({@code cleared} true) or back to uncleared,
     * all or none, and returns how many changed. A reconciled one is refused with {@link ReconciledChange}
     * when it would change: the person must be asked first (then {@link #mark(Session, String, Collection, Collection, boolean)}
     * with {@code reconciledConfirmed}).
     */
    public int mark(Session session, String account, Collection<Long> ids, boolean cleared) {
        return cleared ? mark(session, account, ids, List.of(), false) : mark(session, account, List.of(), ids, false);
    }

    /**
     * Marks {@code clear} cleared and {@code unclear} uncleared again in one commit, so that a refusal of
     * any of them (another account's, someone else's, a reconciled one to unmark without
     * {@code reconciledConfirmed}: a person who was told which are reconciled and confirmed) writes none
     * of them. Returns how many changed.
     */
    public int mark(Session session, String account, Collection<Long> clear, Collection<Long> unclear, boolean reconciledConfirmed) {
        User user = sessions.active(session);
        for (long id : clear) {
            if (unclear.contains(id)) {
                throw new ValidationException("unmark", "transaction " + id + " cannot be marked cleared and uncleared at once");
            }
        }
        return store.write(tx -> {
            Account a = openAccount(tx, user, account);
            List<Transaction> cleared = new ArrayList<>();
            List<Transaction> uncleared = new ArrayList<>();
            for (long id : new LinkedHashSet<>(clear)) {
                mark(tx, user, a, id, TxStatus.CLEARED, reconciledConfirmed).ifPresent(cleared::add);
            }
            for (long id : new LinkedHashSet<>(unclear)) {
                mark(tx, user, a, id, TxStatus.UNCLEARED, reconciledConfirmed).ifPresent(uncleared::add);
            }
            if (!cleared.isEmpty() || !uncleared.isEmpty()) {
                steps.record(tx, user, marked(a, cleared, uncleared));
            }
            return cleared.size() + uncleared.size();
        });
    }

    /**
     * "clearing of 'Rent' €1,050.00 on 2026-11-01" for one row, "clearing of 3 transactions in Main" for more, and
     * both halves when some were cleared and others uncleared.
     */
    private static String marked(Account a, List<Transaction> cleared, List<Transaction> uncleared) {
        if (cleared.size() + uncleared.size() == 1) {
            return cleared.isEmpty() ? Steps.of("unclearing", uncleared.get(0)) : Steps.of("clearing", cleared.get(0));
        }
        String clearing = cleared.isEmpty() ? "" : "clearing of " + Plural.of(cleared.size(), "transaction");
        String unclearing = uncleared.isEmpty() ? "" : "unclearing of " + Plural.of(uncleared.size(), "transaction");
        return clearing + (clearing.isEmpty() || unclearing.isEmpty() ? "" : " and ") + unclearing + " in " + a.name();
    }

    /** Gives transaction {@code id} of account {@code a} the status {@code wanted}; the row as it was when that changed it. */
    private static Optional<Transaction> mark(WriteTx tx, User user, Account a, long id, TxStatus wanted, boolean reconciledConfirmed) {
        Transaction t = TransactionService.owned(tx, user, id);
        if (t.accountId() != a.id()) {
            throw new FintermException("transaction " + id + " is not in the account '" + a.name()
                    + "'; reconcile it with its own account");
        }
        if (t.status() == wanted || (wanted == TxStatus.CLEARED && t.status() == TxStatus.RECONCILED)) {
            return Optional.empty(); // already so; a reconciled transaction counts as cleared
        }
        if (t.status() == TxStatus.RECONCILED && !reconciledConfirmed) {
            throw new ReconciledChange(id);
        }
        tx.update(Schema.TRANSACTIONS, t.withStatus(wanted));
        return Optional.of(t);
    }

    /**
     * Finishes the reconciliation: when the cleared balance on {@code date} is exactly the statement's
     * {@code balance}, every cleared transaction of the account dated up to {@code date} becomes
     * reconciled, in one commit, and their number is returned; otherwise nothing changes and the
     * refusal says the difference.
     */
    public int finish(Session session, String account, LocalDate date, String balance) {
        User user = sessions.active(session);
        return store.write(tx -> {
            Reconciliation r = state(tx, user, account, date, balance, Categories.names(tx, user.id()));
            if (!r.balanced()) {
                throw new ValidationException("balance", "the statement's balance is " + r.statement().toDecimalString()
                        + " and the cleared balance " + r.cleared().toDecimalString() + ": the difference is "
                        + r.difference().toDecimalString() + ", and it must be 0 to finish");
            }
            steps.record(tx, user, "reconcile of " + r.account() + " to " + r.statement().display() + " on " + date);
            for (Listed l : r.pending()) {
                tx.update(Schema.TRANSACTIONS, l.transaction().withStatus(TxStatus.RECONCILED));
            }
            return r.pending().size();
        });
    }

    private static Reconciliation state(ReadTx rd, User user, String account, LocalDate date, String balance,
                                        Map<Long, String> names) {
        if (date == null) {
            throw new ValidationException("date", "the statement's date is required");
        }
        Account a = openAccount(rd, user, account);
        Money statement = amount(balance, a);
        long cleared = Balances.openingOn(a, date);
        List<Listed> uncleared = new ArrayList<>();
        List<Listed> pending = new ArrayList<>();
        for (Transaction t : rd.scan(Schema.TX_BY_ACCOUNT, KeyRange.between(new Object[] {user.id(), a.id()},
                new Object[] {user.id(), a.id(), date.toEpochDay()}), Paging.all()).rows()) {
            if (t.status().isCleared()) {
                cleared = Math.addExact(cleared, t.signedMinor());
            }
            switch (t.status()) {
                case UNCLEARED -> uncleared.add(Listed.of(t, names));
                case CLEARED -> pending.add(Listed.of(t, names));
                default -> { }
            }
        }
        Money clearedBalance = new Money(cleared, a.currency());
        return new Reconciliation(a.name(), date, statement, clearedBalance, statement.minus(clearedBalance), uncleared, pending);
    }

    private static Account openAccount(ReadTx rd, User user, String account) {
        if (account == null || account.isBlank()) {
            throw new ValidationException("account", "name the account to reconcile");
        }
        return AccountLookup.requireOpen("account", AccountLookup.existing(rd, user.id(), "account", account));
    }

    private static Money amount(String text, Account a) {
        try {
            return Money.parse(text, a.currency());
        } catch (ValidationException e) {
            throw new ValidationException("balance", e.reason());
        }
    }
}
