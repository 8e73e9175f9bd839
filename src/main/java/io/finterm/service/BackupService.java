package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.Budget;
import io.finterm.domain.Category;
import io.finterm.domain.ExchangeRate;
import io.finterm.domain.SshKey;
import io.finterm.domain.FintermException;
import io.finterm.domain.Role;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.format.Backup;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.WriteTx;
import java.io.Reader;
import java.io.Writer;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * JSON backups. An administrator's export is a full backup: every account with its password hash,
 * and everyone's data; it is the one place where an administrator handles other people's books,
 * because restoring a store needs them. A user's export holds only their own data and no hash.
 * A full backup restores into an empty store only.
 */
public final class BackupService {
    private static final Logger log = LoggerFactory.getLogger(BackupService.class);

    private final Store store;
    private final Sessions sessions;
    private final Clock clock;

    public BackupService(Store store, AccountService accounts, Clock clock) {
        this.store = store;
        this.sessions = accounts.sessions();
        this.clock = clock;
    }

    /** What a restore loaded. */
    public record Restored(long users, long categories, long transactions, long budgets, long rates, long accounts) {
    }

    /** Writes the backup to {@code out}: a full one for an administrator, the user's own data otherwise. */
    public void export(Session session, Writer out) {
        User user = sessions.active(session);
        boolean full = user.role() == Role.ADMIN;
        store.read(rd -> {
            try (Backup.Out b = new Backup.Out(out, clock.instant(), full)) {
                if (full) {
                    everything(rd, b);
                } else {
                    own(rd, user, b);
                }
            }
            return null;
        });
        log.info("backup: {} exported {}", user.username(), full ? "a full backup" : "their own data");
    }

    private static void everything(ReadTx rd, Backup.Out b) {
        b.section("users");
        rd.forEach(Schema.USERS, b::user);
        b.section("accounts");
        rd.forEach(Schema.ACCOUNTS, b::account);
        b.section("categories");
        rd.forEach(Schema.CATEGORIES, b::category);
        b.section("transactions");
        rd.forEach(Schema.TRANSACTIONS, b::transaction);
        b.section("budgets");
        rd.forEach(Schema.BUDGETS, b::budget);
        b.section("rates");
        rd.forEach(Schema.RATES, b::rate);
        b.section("keys");
        rd.forEach(Schema.SSH_KEYS, b::key);
    }

    private static void own(ReadTx rd, User user, Backup.Out b) {
        KeyRange mine = KeyRange.prefix(user.id());
        b.section("users");
        b.user(user);
        b.section("accounts");
        AccountLookup.all(rd, user.id()).forEach(b::account);
        b.section("categories");
        rd.scan(Schema.CATEGORIES_BY_NAME, mine, Paging.all()).rows().forEach(b::category);
        b.section("transactions");
        OwnTransactions.forEach(rd, user.id(), b::transaction);
        b.section("budgets");
        rd.scan(Schema.BUDGETS_BY_MONTH, mine, Paging.all()).rows().forEach(b::budget);
        b.section("rates");
        rd.forEach(Schema.RATES, b::rate);
    }

    /**
     * Loads a full backup into a store that has no accounts yet, in one transaction: a damaged
     * file changes nothing. Needs no session, since nobody can log in to an empty store.
     */
    public Restored restore(Reader in) {
        Restored restored = store.write(tx -> {
            if (tx.count(Schema.USERS) > 0) {
                throw new FintermException("the store already has accounts; restore into an empty data directory");
            }
            Loader loader = new Loader(tx);
            Backup.read(in, loader);
            if (loader.users == 0) {
                throw new FintermException("the backup has no accounts; nothing was restored");
            }
            return new Restored(loader.users, loader.categories, loader.transactions, loader.budgets, loader.rates, loader.accounts);
        });
        log.info("backup: restored {}", restored);
        return restored;
    }

    /** What importing one person's export did. */
    public record Merged(long transactions, long duplicates, long categories, long budgets, long accounts) {
    }

    /**
     * Adds the data of one person's export (from this store or another) to the acting user's own
     * books: accounts are matched by name and categories by type and name, each created when
     * missing; transactions that match an existing one are skipped as for CSV (a transfer as a
     * whole, by its first leg), and budgets are added where none is set. All or nothing.
     */
    public Merged importOwn(Session session, Reader in) {
        User user = sessions.active(session);
        Merged merged = store.write(tx -> {
            Merger m = new Merger(tx, user);
            Backup.read(in, m);
            return new Merged(m.transactions, m.duplicates, m.categories, m.budgets, m.accounts);
        });
        log.info("backup: {} imported an export: {}", user.username(), merged);
        return merged;
    }

    /** A transfer leg as read, its account here, and the new ids drawn for it ({@code mine}) and its other leg. */
    private record ReadLeg(Transaction leg, long account, long mine, long other) {
        static final ReadLeg SKIPPED = new ReadLeg(null, 0, 0, 0);
    }

    /** Maps the records of a one-person export onto the acting user's books. */
    private static final class Merger implements Backup.Visitor {
        private final WriteTx tx;
        private final User user;
        private final Map<Long, Category> categoryById = new HashMap<>();
        private final Map<Long, Account> accountById = new HashMap<>();
        /** The user's own accounts the export maps onto that are closed: nothing new may be booked into them. */
        private final Map<Long, Account> closedOwn = new HashMap<>();
        /** The transfers whose first leg was read, by the export's id of their second leg. */
        private final Map<Long, ReadLeg> secondLegs = new HashMap<>();
        private final ExistingTransactions existing;
        private Long sourceUser;
        long transactions;
        long duplicates;
        long categories;
        long budgets;
        long accounts;

        Merger(WriteTx tx, User user) {
            this.tx = tx;
            this.user = user;
            this.existing = new ExistingTransactions(tx.committed(), user.id());
        }

        @Override
        public void scope(boolean full) {
            if (full) {
                throw new FintermException("this is a full backup; restore it into an empty data directory with finterm restore");
            }
        }

        @Override
        public void user(User u) {
            if (sourceUser != null) {
                throw new FintermException("this export holds more than one account");
            }
            sourceUser = u.id();
        }

        @Override
        public void account(Account a) {
            Account mine = AccountLookup.find(tx, user.id(), a.name()).orElse(null);
            if (mine == null) {
                mine = tx.insert(Schema.ACCOUNTS, new Account(tx.nextId(Schema.ACCOUNTS), user.id(), a.name(), a.type(),
                        a.currency(), a.opening(), a.openingDate(), a.inNetWorth(), a.closed()));
                accounts++;
            } else if (!mine.currency().equals(a.currency())) {
                throw new ValidationException("account", "your account '" + mine.name() + "' is in "
                        + mine.currency().getCurrencyCode() + ", but the export's is in " + a.currency().getCurrencyCode()
                        + "; rename one of them and import again");
            } else if (mine.closed()) {
                closedOwn.put(mine.id(), mine); // mapped, but refused as soon as something new would be booked into it
            }
            accountById.put(a.id(), mine);
        }

        @Override
        public void category(Category c) {
            Category mine = Categories.find(tx, user.id(), c.kind(), c.name()).orElse(null);
            if (mine == null) {
                mine = tx.insert(Schema.CATEGORIES, new Category(tx.nextId(Schema.CATEGORIES), user.id(), c.kind(), c.name()));
                categories++;
            }
            categoryById.put(c.id(), mine);
        }

        private Category mapped(long sourceCategory) {
            Category c = categoryById.get(sourceCategory);
            if (c == null) {
                throw new FintermException("the export refers to a category " + sourceCategory + " that it does not contain");
            }
            return c;
        }

        @Override
        public void transaction(Transaction t) {
            long account = accountById.get(t.accountId()).id(); // the export's references were checked as it was read
            if (t.isTransfer()) {
                leg(t, account);
                return;
            }
            // a split's lines move into the mapped categories as its category would; payee, tags and status come along
            Transaction mine = new Transaction(tx.nextId(Schema.TRANSACTIONS), user.id(), account, t.date(), t.kind(),
                    t.categoryId(), t.amount(), t.description(), 0, t.payee(), t.tags(), t.status(), t.lines())
                    .recategorized(c -> mapped(c).id());
            if (existing.contains(mine)) {
                duplicates++;
            } else {
                insert(mine);
            }
        }

        /**
         * A transfer's legs: the first one read decides for both whether the transfer is new (as a
         * duplicate, both are skipped) and takes both their new ids; the second one books the pair.
         */
        private void leg(Transaction t, long account) {
            ReadLeg first = secondLegs.remove(t.id());
            if (first == null) {
                Transaction probe = new Transaction(1, user.id(), account, t.date(), t.kind(), 0, t.amount(), t.description(), 1);
                if (existing.contains(probe)) {
                    secondLegs.put(t.transferId(), ReadLeg.SKIPPED);
                    duplicates++;
                } else {
                    secondLegs.put(t.transferId(), new ReadLeg(t, account, tx.nextId(Schema.TRANSACTIONS),
                            tx.nextId(Schema.TRANSACTIONS)));
                }
                return;
            }
            if (first == ReadLeg.SKIPPED) {
                duplicates++;
                return;
            }
            // the export's legs were paired as it was read: same day and description, one out and one in
            ReadLeg second = new ReadLeg(t, account, first.other(), first.mine());
            ReadLeg out = first.leg().kind() == TxKind.TRANSFER_OUT ? first : second;
            ReadLeg in = out == first ? second : first;
            Transaction.Legs legs = Transaction.transferLegs(out.mine(), in.mine(), user.id(), out.account(), in.account(),
                    out.leg().date(), out.leg().amount(), in.leg().amount(), out.leg().description());
            insert(details(legs.out(), out.leg()));
            insert(details(legs.in(), in.leg()));
        }

        /** A leg as booked here, with the payee, tags and status the export's leg had. */
        private static Transaction details(Transaction booked, Transaction read) {
            return booked.withPayeeAndTags(read.payee(), read.tags()).withStatus(read.status());
        }

        private void insert(Transaction mine) {
            Account closed = closedOwn.get(mine.accountId());
            if (closed != null) {
                // refused rather than booked: the store would take it, but a closed account takes no new transactions
                throw new ValidationException("account", "your account '" + closed.name()
                        + "' is closed; reopen it first, then import again");
            }
            tx.insert(Schema.TRANSACTIONS, mine);
            if (++transactions % ImportService.SPILL_EVERY == 0) {
                tx.spill();
            }
        }

        @Override
        public void budget(Budget b) {
            Category c = mapped(b.categoryId());
            if (tx.findUnique(Schema.BUDGETS_BY_MONTH, user.id(), c.id(), Schema.month(b.month())).isEmpty()) {
                tx.insert(Schema.BUDGETS, new Budget(tx.nextId(Schema.BUDGETS), user.id(), c.id(), b.month(), b.amount()));
                budgets++;
            }
        }

        @Override
        public void rate(ExchangeRate r) {
            // rates are shared by everyone and come from the ECB feed, not from a person's export
        }

        @Override
        public void key(SshKey k) {
            // a login credential never moves into another account with someone's data
        }
    }

    /** Inserts each record of a backup as it is read. */
    private static final class Loader implements Backup.Visitor {
        private final WriteTx tx;
        long users;
        long accounts;
        long categories;
        long transactions;
        long budgets;
        long rates;

        Loader(WriteTx tx) {
            this.tx = tx;
        }

        @Override
        public void scope(boolean full) {
            if (!full) {
                throw new FintermException("this is one person's export, not a full backup; only an administrator's export restores a store");
            }
        }

        @Override
        public void user(User u) {
            tx.insert(Schema.USERS, u);
            users++;
        }

        @Override
        public void account(Account a) {
            tx.insert(Schema.ACCOUNTS, a);
            accounts++;
        }

        @Override
        public void category(Category c) {
            tx.insert(Schema.CATEGORIES, c);
            categories++;
        }

        @Override
        public void transaction(Transaction t) {
            tx.insert(Schema.TRANSACTIONS, t);
            if (++transactions % ImportService.SPILL_EVERY == 0) {
                tx.spill();
            }
        }

        @Override
        public void budget(Budget b) {
            tx.insert(Schema.BUDGETS, b);
            budgets++;
        }

        @Override
        public void rate(ExchangeRate r) {
            tx.insert(Schema.RATES, r);
            rates++;
        }

        @Override
        public void key(SshKey k) {
            tx.insert(Schema.SSH_KEYS, k);
        }
    }
}
