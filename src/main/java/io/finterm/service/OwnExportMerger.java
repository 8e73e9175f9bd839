package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.Budget;
import io.finterm.domain.BudgetRollover;
import io.finterm.domain.Category;
import io.finterm.domain.ExchangeRate;
import io.finterm.domain.FintermException;
import io.finterm.domain.ImportBatch;
import io.finterm.domain.ImportProfile;
import io.finterm.domain.Origin;
import io.finterm.domain.Rule;
import io.finterm.domain.SshKey;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.format.Backup;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.Schema;
import io.finterm.store.WriteTx;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Maps the records of a one-person export onto the acting user's books ({@link BackupService#importOwn}):
 * accounts by name, categories by type and name, each created when missing; duplicates skipped; rules
 * and import profiles added unless the user has them, and budget rollover settings unless the user has one for that
 * category and month; schedules, their occurrences and balance warnings
 * by {@link OwnScheduleMerger}.
 */
final class OwnExportMerger implements Backup.Visitor {
    /** A transfer leg as read, its account here, and the new ids drawn for it ({@code mine}) and its other leg. */
    private record ReadLeg(Transaction leg, long account, long mine, long other) {
        static final ReadLeg SKIPPED = new ReadLeg(null, 0, 0, 0);
    }

    private final WriteTx tx;
    private final User user;
    private final Map<Long, Category> categoryById = new HashMap<>();
    private final Map<Long, Account> accountById = new HashMap<>();
    /** The user's own accounts the export maps onto that are closed: nothing new may be booked into them. */
    private final Map<Long, Account> closedOwn = new HashMap<>();
    /** The transfers whose first leg was read, by the export's id of their second leg. */
    private final Map<Long, ReadLeg> secondLegs = new HashMap<>();
    private final ExistingTransactions existing;
    /** The id here of each of the export's transactions, for the occurrences that name them. */
    private final TransactionIds transactionIds = new TransactionIds();
    final OwnScheduleMerger schedules;
    private Long sourceUser;
    long transactions;
    long duplicates;
    long categories;
    long budgets;
    long accounts;
    long rules;
    long profiles;
    long rollovers;
    long rolloversKept;
    /** The user's rules, to skip one they have already; and the position the next one takes. */
    private List<Rule> ownRules;
    private int nextPosition;
    private final int spillEvery;

    /** @param spillEvery how many new transactions to hold before offering them to the journal ({@link WriteTx#spill()}) */
    OwnExportMerger(WriteTx tx, User user, int spillEvery) {
        this.tx = tx;
        this.spillEvery = spillEvery;
        this.user = user;
        this.existing = new ExistingTransactions(tx.committed(), user.id());
        this.schedules = new OwnScheduleMerger(tx, user.id(), a -> accountById.get(a).id(), c -> mapped(c).id(), transactionIds);
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
    public void importBatch(ImportBatch b) {
        // the imports of another store are not this one's: its rows come in as new, and undo never reaches them
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
                t.categoryId(), t.amount(), t.description(), 0, t.payee(), t.tags(), t.status(), t.lines(), carried(t.origin()))
                .recategorized(c -> mapped(c).id());
        Transaction old = existing.find(mine);
        if (old != null) {
            transactionIds.put(t.id(), old.id());
            duplicates++;
        } else {
            transactionIds.put(t.id(), mine.id());
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
            Transaction old = existing.find(probe);
            if (old != null) {
                secondLegs.put(t.transferId(), ReadLeg.SKIPPED);
                transactionIds.put(t.id(), old.id());
                transactionIds.put(t.transferId(), old.transferId());
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
        transactionIds.put(out.leg().id(), out.mine());
        transactionIds.put(in.leg().id(), in.mine());
        Transaction.Legs legs = Transaction.transferLegs(out.mine(), in.mine(), user.id(), out.account(), in.account(),
                out.leg().date(), out.leg().amount(), in.leg().amount(), out.leg().description());
        insert(details(legs.out(), out.leg()));
        insert(details(legs.in(), in.leg()));
    }

    /** A leg as booked here, with the payee, tags, status and bank's id the export's leg had. */
    private static Transaction details(Transaction booked, Transaction read) {
        return booked.withPayeeAndTags(read.payee(), read.tags()).withStatus(read.status()).withOrigin(carried(read.origin()));
    }

    /**
     * What of an origin comes along: the bank's id and second date, so that a later import of the
     * bank's file still knows the row; not the import, which is not in this store, nor its fingerprint.
     */
    static Origin carried(Origin o) {
        return new Origin(0, o.bankId(), o.otherDate(), 0);
    }

    private void insert(Transaction mine) {
        Account closed = closedOwn.get(mine.accountId());
        if (closed != null) {
            // refused rather than booked: the store would take it, but a closed account takes no new transactions
            throw new ValidationException("account", "your account '" + closed.name()
                    + "' is closed; reopen it first, then import again");
        }
        tx.insert(Schema.TRANSACTIONS, mine);
        if (++transactions % spillEvery == 0) {
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

    /** A rollover setting, into the mapped category (an expense one, as the export's was); the user's own for that month stays. */
    @Override
    public void rollover(BudgetRollover r) {
        Category c = mapped(r.categoryId());
        if (tx.findUnique(Schema.ROLLOVERS_BY_MONTH, user.id(), c.id(), Schema.month(r.from())).isPresent()) {
            rolloversKept++;
            return;
        }
        tx.insert(Schema.ROLLOVERS, new BudgetRollover(tx.nextId(Schema.ROLLOVERS), user.id(), c.id(), r.from(), r.on(), r.overspending()));
        rollovers++;
    }

    @Override
    public void rate(ExchangeRate r) {
        // rates are shared by everyone and come from the ECB feed, not from a person's export
    }

    @Override
    public void key(SshKey k) {
        // a login credential never moves into another account with someone's data
    }

    /**
     * A rule, into the mapped category and account, after the user's own rules (theirs were made for
     * their books and keep winning); one the user has already (the same condition and actions) is skipped.
     */
    @Override
    public void rule(Rule r) {
        if (ownRules == null) {
            ownRules = new ArrayList<>(tx.scan(Schema.RULES_BY_USER, KeyRange.prefix(user.id()), Paging.all()).rows());
            nextPosition = ownRules.size() + 1;
        }
        Rule mine = new Rule(tx.nextId(Schema.RULES), user.id(), nextPosition, r.field(), r.match(), r.pattern(), r.min(), r.max(),
                r.accountId() == 0 ? 0 : accountById.get(r.accountId()).id(), mapped(r.categoryId()).id(), r.tags(), r.setPayee(),
                r.setDescription());
        for (Rule own : ownRules) {
            if (same(own, mine)) {
                return;
            }
        }
        if (nextPosition > Rule.MAX_PER_USER) {
            throw new ValidationException("rules", "you would have more than " + Rule.MAX_PER_USER
                    + " rules; remove some (finterm rules remove N), then import again");
        }
        tx.insert(Schema.RULES, mine);
        ownRules.add(mine);
        nextPosition++;
        rules++;
    }

    /** The same condition and actions, wherever each stands in its order. */
    private static boolean same(Rule a, Rule b) {
        return a.field() == b.field() && a.match() == b.match() && a.pattern().equals(b.pattern()) && Objects.equals(a.min(), b.min())
                && Objects.equals(a.max(), b.max()) && a.accountId() == b.accountId() && a.categoryId() == b.categoryId()
                && a.tags().equals(b.tags()) && a.setPayee().equals(b.setPayee()) && a.setDescription().equals(b.setDescription());
    }

    @Override
    public void schedule(io.finterm.domain.Schedule s) {
        schedules.schedule(s);
    }

    @Override
    public void occurrence(io.finterm.domain.Occurrence o) {
        schedules.occurrence(o);
    }

    @Override
    public void warning(io.finterm.domain.BalanceWarning w) {
        schedules.warning(w);
    }

    /** A profile, naming the mapped account; when the user has a profile of that name, theirs is kept. */
    @Override
    public void profile(ImportProfile p) {
        if (tx.findUnique(Schema.PROFILES_BY_NAME, user.id(), ImportProfile.fold(p.name())).isPresent()) {
            return;
        }
        tx.insert(Schema.PROFILES, new ImportProfile(tx.nextId(Schema.PROFILES), user.id(), p.name(), p.format(), p.delimiter(),
                p.encoding(), p.skip(), p.dateFormat(), p.decimal(), p.columns(), p.negate(), p.header(),
                p.accountId() == 0 ? 0 : accountById.get(p.accountId()).id()));
        profiles++;
    }
}
