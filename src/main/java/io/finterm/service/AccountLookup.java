package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.AccountType;
import io.finterm.domain.Money;
import io.finterm.domain.Text;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.WriteTx;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Looking up a user's accounts by name, and the rules every service applies to them. */
final class AccountLookup {
    private AccountLookup() {
    }

    static Optional<Account> find(ReadTx rd, long userId, String name) {
        return rd.findUnique(Schema.ACCOUNTS_BY_NAME, userId, Account.fold(name));
    }

    /** The user's account called {@code name}, or a sentence naming the field and the account that does not exist. */
    static Account existing(ReadTx rd, long userId, String field, String name) {
        return find(rd, userId, name).orElseThrow(() -> unknown(field, name));
    }

    /** The sentence for an account name the user does not have. */
    static ValidationException unknown(String field, String name) {
        return new ValidationException(field, "you have no account '" + Text.clean(name) + "'; `finterm account list` shows yours");
    }

    /** The account called {@code name}, or the user's default when no name is given. */
    static Account named(ReadTx rd, User user, String field, String name) {
        if (name == null || name.isBlank()) {
            return rd.get(Schema.ACCOUNTS, user.defaultAccountId()).orElseThrow(() -> new ValidationException(field,
                    "you have no default account; choose one with `finterm account default NAME`"));
        }
        return existing(rd, user.id(), field, name);
    }

    /** {@link #named}, which must also be open: a closed account takes no new transactions. */
    static Account open(ReadTx rd, User user, String field, String name) {
        return requireOpen(field, named(rd, user, field, name));
    }

    /** {@code a}, unless it is closed: a closed account takes no new transactions. */
    static Account requireOpen(String field, Account a) {
        if (a.closed()) {
            throw new ValidationException(field, "the account '" + a.name() + "' is closed; reopen it first");
        }
        return a;
    }

    static List<Account> all(ReadTx rd, long userId) {
        return rd.scan(Schema.ACCOUNTS_BY_NAME, KeyRange.prefix(userId), Paging.all()).rows();
    }

    /** Account names by id, for showing and filtering a user's transactions. */
    static Map<Long, String> names(ReadTx rd, long userId) {
        Map<Long, String> names = new HashMap<>();
        for (Account a : all(rd, userId)) {
            names.put(a.id(), a.name());
        }
        return names;
    }

    /** A new user's first account, {@code Main}, checking in their base currency, made their default. */
    static User createMain(WriteTx tx, User user, LocalDate today) {
        Account main = tx.insert(Schema.ACCOUNTS, new Account(tx.nextId(Schema.ACCOUNTS), user.id(), Account.MAIN,
                AccountType.CHECKING, user.baseCurrency(), new Money(0, user.baseCurrency()), today, true, false));
        return tx.update(Schema.USERS, user.withDefaultAccount(main.id()));
    }
}
