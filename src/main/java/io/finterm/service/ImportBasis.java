package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.Category;
import io.finterm.domain.FintermException;
import io.finterm.domain.Transaction;
import io.finterm.domain.User;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.Schema;
import io.finterm.store.WriteTx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What an import's rows were checked against while no lock was held: the user, the categories the
 * file names (found, or new with reserved ids), and, for the duplicate rule, the user's
 * transactions on every day the file has a row for, as the duplicate check read them. At the commit, under the writer lock, all of it must still hold;
 * otherwise nothing is written and the person is asked to run the import again.
 */
final class ImportBasis {
    private final User user;
    private final List<Category> found = new ArrayList<>();
    private final List<Category> created = new ArrayList<>();
    private final Map<Long, Account> accounts = new HashMap<>();
    private final ExistingTransactions existing;
    /** The rows each bank id was found on when the duplicate check looked it up, by account and bank id. */
    private final Map<BankIdKey, Set<Long>> bankIds = new HashMap<>();

    private record BankIdKey(long accountId, String bankId) {
    }

    /** @param existing what rows were judged duplicates against; {@code null} when duplicates are imported anyway */
    ImportBasis(User user, ExistingTransactions existing) {
        this.user = user;
        this.existing = existing;
    }

    /** A row is booked in this account, which was open. */
    void used(Account a) {
        accounts.putIfAbsent(a.id(), a);
    }

    /** The rows point to this category, which existed. */
    void found(Category c) {
        found.add(c);
    }

    /** The rows point to this new category, to be created at the commit. */
    void created(Category c) {
        created.add(c);
    }

    /** The duplicate check looked {@code bankId} up in {@code accountId} and found {@code found}. */
    void bankIdLookedUp(long accountId, String bankId, List<Transaction> found) {
        if (existing != null) {
            bankIds.putIfAbsent(new BankIdKey(accountId, bankId), ids(found));
        }
    }

    private static Set<Long> ids(List<Transaction> rows) {
        Set<Long> ids = new HashSet<>();
        rows.forEach(t -> ids.add(t.id()));
        return ids;
    }

    /** Checks everything again and creates the new categories; throws, changing nothing, if anything moved. */
    void commitTo(WriteTx tx) {
        if (tx.get(Schema.USERS, user.id()).isEmpty()) {
            throw changed("the user '" + user.username() + "' was deleted while the file was read");
        }
        for (Account a : accounts.values()) {
            Optional<Account> now = tx.get(Schema.ACCOUNTS, a.id());
            if (now.isEmpty() || now.get().closed() || !now.get().currency().equals(a.currency())) {
                throw changed("the account '" + a.name() + "' was deleted, closed or changed while the file was read");
            }
        }
        for (Category c : found) {
            Optional<Category> now = Categories.find(tx, user.id(), c.kind(), c.name());
            if (now.isEmpty() || now.get().id() != c.id()) {
                throw changed("the category '" + c.name() + "' (" + c.kind().label() + ") was renamed or deleted while the file was read");
            }
        }
        for (Category c : created) {
            if (Categories.find(tx, user.id(), c.kind(), c.name()).isPresent()) {
                throw changed("the category '" + c.name() + "' (" + c.kind().label() + ") was created elsewhere while the file was read");
            }
        }
        if (existing != null && !existing.unchangedIn(tx.committed())) {
            throw changed("your transactions changed while the file was read, so its duplicates could not be told");
        }
        for (Map.Entry<BankIdKey, Set<Long>> seen : bankIds.entrySet()) {
            BankIdKey k = seen.getKey();
            List<Transaction> now = tx.scan(Schema.TX_BY_BANK_ID, KeyRange.prefix(user.id(), k.accountId(), k.bankId()), Paging.all()).rows();
            if (!ids(now).equals(seen.getValue())) {
                throw changed("the transactions with the bank's id " + k.bankId() + " changed while the file was read");
            }
        }
        for (Category c : created) {
            tx.insert(Schema.CATEGORIES, c);
        }
    }

    private static FintermException changed(String what) {
        return new FintermException("nothing was imported: " + what + "; run the import again");
    }
}
