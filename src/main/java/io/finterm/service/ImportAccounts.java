package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.User;
import io.finterm.store.ReadTx;
import java.util.HashMap;
import java.util.Map;

/**
 * The accounts an import books into, read once before the first row: a row's {@code account} column
 * wins over {@code --account}, which wins over the user's default. Built whole before the file is
 * read, it is never changed afterwards, so that the CSV reader's own thread may ask it too.
 */
final class ImportAccounts {
    private final Account fallback;
    private final Map<String, Account> byFoldedName = new HashMap<>();

    /** @param option the account named for the whole file, or {@code null} for the default; unknown or closed, the import is refused */
    ImportAccounts(ReadTx rd, User user, String option) {
        this.fallback = AccountLookup.open(rd, user, "account", option);
        for (Account a : AccountLookup.all(rd, user.id())) {
            byFoldedName.put(Account.fold(a.name()), a);
        }
    }

    /** The account of rows that name none. */
    Account fallback() {
        return fallback;
    }

    /** The open account a row names, or the fallback for a blank name; otherwise the row's error. */
    Account forRow(String name) {
        if (name == null || name.isBlank()) {
            return fallback;
        }
        Account a = byFoldedName.get(Account.fold(name));
        if (a == null) {
            throw AccountLookup.unknown("account", name);
        }
        return AccountLookup.requireOpen("account", a);
    }
}
