package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.BalanceWarning;
import io.finterm.domain.Budget;
import io.finterm.domain.BudgetRollover;
import io.finterm.domain.Category;
import io.finterm.domain.ExchangeRate;
import io.finterm.domain.SshKey;
import io.finterm.domain.FintermException;
import io.finterm.domain.Plural;
import io.finterm.domain.ImportBatch;
import io.finterm.domain.ImportProfile;
import io.finterm.domain.Occurrence;
import io.finterm.domain.Role;
import io.finterm.domain.Rule;
import io.finterm.domain.Schedule;
import io.finterm.domain.Transaction;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.format.Backup;
import io.finterm.format.BackupWriter;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.WriteTx;
import java.io.Reader;
import java.io.Writer;
import java.time.Clock;
import java.util.Comparator;
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
    private final AuditLog audit;

    public BackupService(Store store, AccountService accounts, Clock clock) {
        this.store = store;
        this.sessions = accounts.sessions();
        this.clock = clock;
        this.audit = accounts.audit();
    }

    /** What a restore loaded. */
    public record Restored(long users, long categories, long transactions, long budgets, long rates, long accounts, long imports,
                           long rules, long profiles, long schedules, long rollovers) {
    }

    /** Writes the backup to {@code out}: a full one for an administrator, the user's own data otherwise. */
    public void export(Session session, Writer out) {
        User user = sessions.active(session);
        boolean full = user.role() == Role.ADMIN;
        store.read(rd -> {
            try (BackupWriter b = new BackupWriter(out, clock.instant(), full)) {
                if (full) {
                    everything(rd, b);
                } else {
                    own(rd, user, b);
                }
            }
            return null;
        });
        if (full) {
            // after the backup was written whole: a failed export is no export
            store.write(tx -> {
                audit.record(tx, user.username(), "", "backup.exported", session.from(), "full backup");
                return null;
            });
        }
        log.info("backup: {} exported {}", user.username(), full ? "a full backup" : "their own data");
    }

    private static void everything(ReadTx rd, BackupWriter b) {
        b.section("users");
        rd.forEach(Schema.USERS, b::user);
        b.section("accounts");
        rd.forEach(Schema.ACCOUNTS, b::account);
        b.section("categories");
        rd.forEach(Schema.CATEGORIES, b::category);
        b.section("imports");
        rd.forEach(Schema.IMPORTS, b::importBatch);
        b.section("transactions");
        rd.forEach(Schema.TRANSACTIONS, b::transaction);
        b.section("budgets");
        rd.forEach(Schema.BUDGETS, b::budget);
        b.section("rates");
        rd.forEach(Schema.RATES, b::rate);
        b.section("keys");
        rd.forEach(Schema.SSH_KEYS, b::key);
        b.section("rules");
        rd.forEach(Schema.RULES, b::rule);
        b.section("profiles");
        rd.forEach(Schema.PROFILES, b::profile);
        b.section("schedules");
        rd.forEach(Schema.SCHEDULES, b::schedule);
        b.section("occurrences");
        rd.forEach(Schema.OCCURRENCES, b::occurrence);
        b.section("warnings");
        rd.forEach(Schema.BALANCE_WARNINGS, b::warning);
        b.section("rollovers");
        rd.forEach(Schema.ROLLOVERS, b::rollover);
    }

    private static void own(ReadTx rd, User user, BackupWriter b) {
        KeyRange mine = KeyRange.prefix(user.id());
        b.section("users");
        b.user(user);
        b.section("accounts");
        AccountLookup.all(rd, user.id()).forEach(b::account);
        b.section("categories");
        rd.scan(Schema.CATEGORIES_BY_NAME, mine, Paging.all()).rows().forEach(b::category);
        b.section("imports");
        rd.scan(Schema.IMPORTS_BY_USER, mine, Paging.all()).rows().forEach(b::importBatch);
        b.section("transactions");
        OwnTransactions.forEach(rd, user.id(), b::transaction);
        b.section("budgets");
        rd.scan(Schema.BUDGETS_BY_MONTH, mine, Paging.all()).rows().forEach(b::budget);
        b.section("rates");
        rd.forEach(Schema.RATES, b::rate);
        // the person's rules and profiles are their data too, and come back with the rest; rules in their order
        b.section("rules");
        rd.scan(Schema.RULES_BY_USER, mine, Paging.all()).rows().stream().sorted(Comparator.comparingInt(Rule::position))
                .forEach(b::rule);
        b.section("profiles");
        rd.scan(Schema.PROFILES_BY_NAME, mine, Paging.all()).rows().forEach(b::profile);
        // and so are their schedules, with what became of each occurrence, so that none is posted twice
        b.section("schedules");
        rd.scan(Schema.SCHEDULES_BY_NAME, mine, Paging.all()).rows().forEach(b::schedule);
        b.section("occurrences");
        rd.scan(Schema.OCCURRENCES_BY_SCHEDULE, mine, Paging.all()).rows().forEach(b::occurrence);
        b.section("warnings");
        rd.scan(Schema.BALANCE_WARNINGS_BY_ACCOUNT, mine, Paging.all()).rows().forEach(b::warning);
        // and whether their budgets roll over, by category and month
        b.section("rollovers");
        rd.scan(Schema.ROLLOVERS_BY_MONTH, mine, Paging.all()).rows().forEach(b::rollover);
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
            // nobody can be logged in to the empty store it restores into; only `finterm restore` calls this
            audit.record(tx, "", "", "backup.restored", "cli", Plural.of(loader.users, "user") + ", "
                    + Plural.of(loader.transactions, "transaction"));
            return new Restored(loader.users, loader.categories, loader.transactions, loader.budgets, loader.rates, loader.accounts,
                    loader.imports, loader.rules, loader.profiles, loader.schedules, loader.rollovers);
        });
        log.info("backup: restored {}", restored);
        return restored;
    }

    /**
     * What importing one person's export did; {@code rolloversKept} counts the export's rollover settings left out because
     * the user has one for that category and month already.
     */
    public record Merged(long transactions, long duplicates, long categories, long budgets, long accounts, long rules, long profiles,
                         long schedules, long rollovers, long rolloversKept) {
        /** How many rows the merge added: the step's size as its label says it. */
        long added() {
            return transactions + categories + budgets + accounts + rules + profiles + schedules + rollovers;
        }
    }

    /**
     * Adds the data of one person's export (from this store or another) to the acting user's own
     * books: accounts are matched by name and categories by type and name, each created when
     * missing; transactions that match an existing one are skipped as for CSV (a transfer as a
     * whole, by its first leg), and budgets are added where none is set. Rules are added after the
     * user's own, in their order, unless the user has the same rule already; a profile is added unless
     * the user has one of that name, which is kept. All or nothing.
     */
    public Merged importOwn(Session session, Reader in) {
        return importOwn(session, in, ImportService.SPILL_EVERY);
    }

    /** {@link #importOwn(Session, Reader)}, handing the new transactions to the journal every {@code spillEvery} rows. */
    Merged importOwn(Session session, Reader in, int spillEvery) {
        User user = sessions.active(session);
        Steps steps = new Steps(clock);
        Merged merged = store.write(tx -> {
            // marked before the first row: rows handed to the journal ahead of the commit get their images as they go
            steps.record(tx, user, "merge of an export");
            OwnExportMerger m = new OwnExportMerger(tx, user, spillEvery);
            Backup.read(in, m);
            Merged done = new Merged(m.transactions, m.duplicates, m.categories, m.budgets, m.accounts, m.rules, m.profiles,
                    m.schedules.schedules, m.rollovers, m.rolloversKept);
            steps.record(tx, user, "merge of an export (" + Plural.grouped(done.added(), "row") + ")");
            return done;
        });
        log.info("backup: {} imported an export: {}", user.username(), merged);
        return merged;
    }

    /** Inserts each record of a backup as it is read. */
    private static final class Loader implements Backup.Visitor {
        private final WriteTx tx;
        long users;
        long accounts;
        long categories;
        long imports;
        long transactions;
        long budgets;
        long rates;
        long rules;
        long profiles;
        long schedules;
        long rollovers;

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
        public void importBatch(ImportBatch b) {
            tx.insert(Schema.IMPORTS, b);
            imports++;
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

        @Override
        public void rule(Rule r) {
            tx.insert(Schema.RULES, r);
            rules++;
        }

        @Override
        public void profile(ImportProfile p) {
            tx.insert(Schema.PROFILES, p);
            profiles++;
        }

        @Override
        public void schedule(Schedule s) {
            tx.insert(Schema.SCHEDULES, s);
            schedules++;
        }

        /** Its transaction is not a foreign key (it may be deleted since), but when it is there it is the user's. */
        @Override
        public void occurrence(Occurrence o) {
            if (o.transactionId() != 0) {
                tx.get(Schema.TRANSACTIONS, o.transactionId()).filter(t -> t.userId() != o.userId()).ifPresent(t -> {
                    throw new ValidationException("transaction", "transaction " + t.id() + " belongs to another user");
                });
            }
            tx.insert(Schema.OCCURRENCES, o);
        }

        @Override
        public void warning(BalanceWarning w) {
            tx.insert(Schema.BALANCE_WARNINGS, w);
        }

        @Override
        public void rollover(BudgetRollover r) {
            tx.insert(Schema.ROLLOVERS, r);
            rollovers++;
        }
    }
}
