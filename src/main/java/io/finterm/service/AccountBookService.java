package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.AccountType;
import io.finterm.domain.Money;
import io.finterm.domain.Text;
import io.finterm.domain.Transaction;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * A user's own accounts: open, rename, change, close, reopen, choose the default, delete an empty
 * one, and list them with their balances. Nobody, administrators included, reaches another person's
 * accounts through this service.
 */
public final class AccountBookService {
    private final Store store;
    private final Sessions sessions;
    private final Clock clock;
    private final Steps steps;

    public AccountBookService(Store store, AccountService accounts, Clock clock) {
        this.store = store;
        this.sessions = accounts.sessions();
        this.clock = clock;
        this.steps = new Steps(accounts.clock());
    }

    /** Every account of the user's, by name, with its balance today. */
    public List<AccountLine> list(Session session) {
        return list(session, LocalDate.now(clock));
    }

    /**
     * Every account of the user's, by name, with its balance at the end of {@code day}: the accounts and
     * their balances from one read, so that a rename or a new transaction cannot fall between them.
     */
    public List<AccountLine> list(Session session, LocalDate day) {
        User user = sessions.active(session);
        return store.read(rd -> AccountLookup.all(rd, user.id()).stream()
                .map(a -> new AccountLine(a, Balances.on(rd, a, day), a.id() == user.defaultAccountId()))
                .toList());
    }

    /** The account called {@code name} (or the default, for {@code null}), with its balance on {@code day}. */
    public AccountLine get(Session session, String name, LocalDate day) {
        User user = sessions.active(session);
        return store.read(rd -> {
            Account a = AccountLookup.named(rd, user, "account", name);
            return new AccountLine(a, Balances.on(rd, a, day), a.id() == user.defaultAccountId());
        });
    }

    public Account add(Session session, NewAccount spec) {
        User user = sessions.active(session);
        Currency currency = spec.currency() == null ? user.baseCurrency() : spec.currency();
        Money opening = opening(spec.opening(), currency);
        LocalDate date = spec.openingDate() == null ? LocalDate.now(clock) : spec.openingDate();
        AccountType type = spec.type() == null ? AccountType.CHECKING : spec.type();
        return store.write(tx -> {
            refuseTaken(tx, user, spec.name(), 0);
            Account a = tx.insert(Schema.ACCOUNTS, new Account(tx.nextId(Schema.ACCOUNTS), user.id(), spec.name(), type, currency,
                    opening, date, spec.inNetWorth(), false));
            steps.record(tx, user, "new account '" + a.name() + "'");
            return a;
        });
    }

    public Account rename(Session session, String name, String newName) {
        User user = sessions.active(session);
        return store.write(tx -> {
            Account a = AccountLookup.existing(tx, user.id(), "account", name);
            refuseTaken(tx, user, newName, a.id());
            Account renamed = tx.update(Schema.ACCOUNTS, a.withName(newName));
            steps.record(tx, user, "rename of account '" + a.name() + "' to '" + renamed.name() + "'");
            return renamed;
        });
    }

    /** Changes the type, the opening balance and date, and whether the account counts in net worth; {@code null} keeps one. */
    public Account change(Session session, String name, AccountType type, String opening, LocalDate openingDate,
                          Boolean inNetWorth) {
        User user = sessions.active(session);
        return store.write(tx -> {
            Account a = AccountLookup.existing(tx, user.id(), "account", name);
            Account changed = a.withType(type == null ? a.type() : type)
                    .withOpening(opening == null ? a.opening() : opening(opening, a.currency()),
                            openingDate == null ? a.openingDate() : openingDate)
                    .withInNetWorth(inNetWorth == null ? a.inNetWorth() : inNetWorth);
            if (openingDate != null && !openingDate.equals(a.openingDate())) {
                refuseOpeningAfterFirst(tx, changed); // only a date being moved: a kept one is the person's own choice
            }
            steps.record(tx, user, "change of account '" + a.name() + "'");
            return tx.update(Schema.ACCOUNTS, changed);
        });
    }

    /** Closes an account: it keeps its history and takes no new transactions. The default cannot be closed. */
    public Account close(Session session, String name) {
        User user = sessions.active(session);
        return store.write(tx -> {
            Account a = AccountLookup.existing(tx, user.id(), "account", name);
            if (a.id() == UserRows.current(tx, user.id()).defaultAccountId()) { // as it is now, not at the session check
                throw new ValidationException("account", "'" + a.name() + "' is your default account; "
                        + "choose another default before you close it");
            }
            if (a.closed()) {
                throw new ValidationException("account", "'" + a.name() + "' is closed already");
            }
            // A closed account takes no transactions, so a running schedule into it could never post again.
            String running = RuleUse.schedules(tx.scan(Schema.SCHEDULES_BY_ACCOUNT, KeyRange.prefix(user.id(), a.id()), Paging.all())
                    .rows().stream().filter(s -> !s.paused()).toList());
            if (!running.isEmpty()) {
                throw new ValidationException("account", "'" + a.name() + "' is where " + running
                        + " books; pause or delete it first (finterm schedule pause NAME), then close the account");
            }
            steps.record(tx, user, "close of account '" + a.name() + "'");
            return tx.update(Schema.ACCOUNTS, a.withClosed(true));
        });
    }

    public Account reopen(Session session, String name) {
        User user = sessions.active(session);
        return store.write(tx -> {
            Account a = AccountLookup.existing(tx, user.id(), "account", name);
            if (!a.closed()) {
                throw new ValidationException("account", "'" + a.name() + "' is open already");
            }
            steps.record(tx, user, "reopen of account '" + a.name() + "'");
            return tx.update(Schema.ACCOUNTS, a.withClosed(false));
        });
    }

    /**
     * The opening balance is the balance before the account's first transaction: an opening date
     * after that transaction would make the running balance jump in the middle of the history.
     */
    private static void refuseOpeningAfterFirst(ReadTx rd, Account a) {
        Optional<Transaction> first = first(rd, a);
        if (first.isPresent() && first.get().date().isBefore(a.openingDate())) {
            throw new ValidationException("opening date", "'" + a.name() + "' has transactions from " + first.get().date()
                    + ", and its opening balance is the balance before them: choose that day or an earlier one");
        }
    }

    /** The account's earliest transaction, read from its index without touching the rest. */
    private static Optional<Transaction> first(ReadTx rd, Account a) {
        return rd.scan(Schema.TX_BY_ACCOUNT, KeyRange.prefix(a.userId(), a.id()), new Paging(0, 1, null, false)).rows()
                .stream().findFirst();
    }

    /** Makes {@code name} the account used wherever none is named. */
    public Account setDefault(Session session, String name) {
        User user = sessions.active(session);
        return store.write(tx -> {
            Account a = AccountLookup.open(tx, user, "account", name);
            tx.update(Schema.USERS, UserRows.current(tx, user.id()).withDefaultAccount(a.id()));
            steps.record(tx, user, "choice of '" + a.name() + "' as the default account");
            return a;
        });
    }

    /** Deletes an account that has no transactions and is not the default. */
    public void delete(Session session, String name) {
        User user = sessions.active(session);
        store.write(tx -> {
            Account a = AccountLookup.existing(tx, user.id(), "account", name);
            if (a.id() == UserRows.current(tx, user.id()).defaultAccountId()) { // as it is now, not at the session check
                throw new ValidationException("account", "'" + a.name() + "' is your default account; "
                        + "choose another default before you delete it");
            }
            if (first(tx, a).isPresent()) {
                throw new ValidationException("account", "'" + a.name() + "' has transactions; close it instead, "
                        + "which keeps its history");
            }
            String users = RuleUse.ofAccount(tx, user.id(), a.id());
            if (!users.isEmpty()) {
                throw new ValidationException("account", "'" + a.name() + "' is named by " + users + ", or close the account instead");
            }
            steps.record(tx, user, "delete of account '" + a.name() + "'");
            return tx.delete(Schema.ACCOUNTS, a.id());
        });
    }

    private static void refuseTaken(ReadTx rd, User user, String name, long self) {
        String clean = Text.field("account", name, Account.MAX_NAME, true);
        AccountLookup.find(rd, user.id(), clean).filter(a -> a.id() != self).ifPresent(a -> {
            throw new ValidationException("account", "you already have an account called '" + a.name() + "'");
        });
    }

    private static Money opening(String text, Currency currency) {
        if (text == null || text.isBlank()) {
            return new Money(0, currency);
        }
        try {
            return Money.parse(text, currency);
        } catch (ValidationException e) {
            throw new ValidationException("opening balance", e.reason());
        }
    }
}
