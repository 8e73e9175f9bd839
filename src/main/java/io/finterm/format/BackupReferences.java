package io.finterm.format;

import io.finterm.domain.Account;
import io.finterm.domain.BalanceWarning;
import io.finterm.domain.Budget;
import io.finterm.domain.BudgetRollover;
import io.finterm.domain.Category;
import io.finterm.domain.ExchangeRate;
import io.finterm.domain.FintermException;
import io.finterm.domain.ImportBatch;
import io.finterm.domain.ImportProfile;
import io.finterm.domain.Occurrence;
import io.finterm.domain.Rule;
import io.finterm.domain.Schedule;
import io.finterm.domain.SshKey;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Checks every reference between the records of a backup before it hands a record on: a
 * transaction's account and category exist and are its user's, it is in its account's currency, a
 * transfer leg and its other leg name each other and mirror each other, a user's default account is
 * theirs, an import is its user's and in its user's account (or one deleted since), and a transaction's
 * origin names an import of its user; a rule's category and account and a profile's account are its
 * user's; a schedule's accounts and categories are its user's, in its currency and of its kind, an
 * occurrence's schedule is its user's, and a warning's account too; a rollover setting is of an expense category of its
 * user, once per category and month. A restore and an import therefore never see a record that points nowhere, whatever a store
 * would have caught. What can only be known at the end (a leg whose other leg never came, a default
 * account that is not in the file) is checked by {@link #finish}, with the path of the record at fault.
 */
final class BackupReferences implements Backup.Visitor {
    private record Owned(long userId, Currency currency) {
    }

    /** A transfer leg whose other leg has not been read yet, and where it was. */
    private record Leg(Transaction leg, String path) {
    }

    /** A user's default account, and where the user was. */
    private record Default(long accountId, String path) {
    }

    private final Backup.Visitor next;
    private final Set<Long> users = new HashSet<>();
    private final Map<Long, Default> defaults = new LinkedHashMap<>();
    private final Map<Long, Owned> accounts = new HashMap<>();
    private final Map<Long, Category> categories = new HashMap<>();
    /** The user of each import read so far. */
    private final Map<Long, Long> imports = new HashMap<>();
    /** The legs read so far without their other leg, by the id of the leg they name. */
    private final Map<Long, Leg> waiting = new LinkedHashMap<>();
    private String path = "$";

    BackupReferences(Backup.Visitor next) {
        this.next = next;
    }

    /** Where the next record is, for the messages of {@link #finish}. */
    void at(String where) {
        path = where;
    }

    @Override
    public void scope(boolean full) {
        next.scope(full);
    }

    @Override
    public void user(User u) {
        users.add(u.id());
        defaults.put(u.id(), new Default(u.defaultAccountId(), path));
        next.user(u);
    }

    @Override
    public void account(Account a) {
        userOf(a.userId());
        accounts.put(a.id(), new Owned(a.userId(), a.currency()));
        next.account(a);
    }

    @Override
    public void category(Category c) {
        userOf(c.userId());
        categories.put(c.id(), c);
        next.category(c);
    }

    @Override
    public void importBatch(ImportBatch b) {
        userOf(b.userId());
        Owned account = accounts.get(b.accountId());
        // an account not in the file was deleted after its import was taken back, as the store allows
        if (account != null && account.userId() != b.userId()) {
            throw new ValidationException("account", "account " + b.accountId() + " belongs to another user");
        }
        if (imports.putIfAbsent(b.id(), b.userId()) != null) {
            throw new ValidationException("id", "import " + b.id() + " is in the backup twice");
        }
        next.importBatch(b);
    }

    @Override
    public void transaction(Transaction t) {
        userOf(t.userId());
        origin(t);
        Owned account = accounts.get(t.accountId());
        if (account == null) {
            throw new ValidationException("account", "names account " + t.accountId() + ", which is not in the backup");
        }
        if (account.userId() != t.userId()) {
            throw new ValidationException("account", "account " + t.accountId() + " belongs to another user");
        }
        if (!account.currency().equals(t.amount().currency())) {
            throw new ValidationException("currency", "is " + t.amount().currency().getCurrencyCode() + ", but account "
                    + t.accountId() + " is in " + account.currency().getCurrencyCode());
        }
        if (t.isTransfer()) {
            leg(t);
        } else if (t.isSplit()) {
            for (int i = 0; i < t.lines().size(); i++) {
                kind("lines[" + i + "].category", category("lines[" + i + "].category", t.lines().get(i).categoryId(),
                        t.userId()), t.kind());
            }
        } else {
            category("category", t.categoryId(), t.userId());
        }
        next.transaction(t);
    }

    @Override
    public void budget(Budget b) {
        userOf(b.userId());
        category("category", b.categoryId(), b.userId());
        next.budget(b);
    }

    @Override
    public void rate(ExchangeRate r) {
        next.rate(r);
    }

    @Override
    public void key(SshKey k) {
        userOf(k.userId());
        next.key(k);
    }

    /** Each user's rules' positions, which must be 1, 2, 3 … without gaps, as the rules commands name them. */
    private final Map<Long, java.util.SortedSet<Integer>> rulePositions = new java.util.HashMap<>();

    /** A rule files into a category of its user and names no account, or one of its user's. */
    @Override
    public void rule(Rule r) {
        userOf(r.userId());
        if (!rulePositions.computeIfAbsent(r.userId(), u -> new java.util.TreeSet<>()).add(r.position())) {
            throw new ValidationException("position", "another rule of user " + r.userId() + " is at " + r.position());
        }
        category("category", r.categoryId(), r.userId());
        ownAccount("account", r.accountId(), r.userId());
        next.rule(r);
    }

    /** A schedule's user, currency and folded name, for its occurrences and to refuse a name twice. */
    private record Scheduled(long userId, Currency currency) {
    }

    private final Map<Long, Scheduled> schedules = new HashMap<>();
    private final Set<String> scheduleNames = new HashSet<>();
    /** Each occurrence's schedule and rule date, which the store keeps unique. */
    private final Set<Occurring> occurrences = new HashSet<>();
    private final Set<Long> warned = new HashSet<>();

    private record Occurring(long scheduleId, long epochDay) {
    }

    /**
     * A schedule books into its user's accounts, in their currency (both of a transfer's), and into
     * categories of its user of its own kind; its name is its user's only one of that name.
     */
    @Override
    public void schedule(Schedule s) {
        userOf(s.userId());
        for (long account : s.accountIds()) {
            String field = account == s.accountId() ? "account" : "to";
            ownAccount(field, account, s.userId());
            Currency currency = accounts.get(account).currency();
            if (!currency.equals(s.amount().currency())) {
                throw new ValidationException(account == s.accountId() ? "currency" : "to", "is " + s.amount().currency().getCurrencyCode()
                        + ", but account " + account + " is in " + currency.getCurrencyCode());
            }
        }
        if (s.lines().isEmpty()) {
            if (!s.isTransfer()) {
                kind("category", category("category", s.categoryId(), s.userId()), s.kind());
            }
        } else {
            for (int i = 0; i < s.lines().size(); i++) {
                kind("lines[" + i + "].category", category("lines[" + i + "].category", s.lines().get(i).categoryId(), s.userId()),
                        s.kind());
            }
        }
        if (!scheduleNames.add(s.userId() + ":" + Schedule.fold(s.name()))) {
            throw new ValidationException("name", "user " + s.userId() + " has another schedule called " + s.name());
        }
        if (schedules.putIfAbsent(s.id(), new Scheduled(s.userId(), s.amount().currency())) != null) {
            throw new ValidationException("id", "schedule " + s.id() + " is in the backup twice");
        }
        next.schedule(s);
    }

    /** An occurrence belongs to a schedule above it of its user, once per rule date, its own amount in the schedule's currency. */
    @Override
    public void occurrence(Occurrence o) {
        userOf(o.userId());
        Scheduled s = schedules.get(o.scheduleId());
        if (s == null) {
            throw new ValidationException("schedule", "names schedule " + o.scheduleId() + ", which is not in the backup");
        }
        if (s.userId() != o.userId()) {
            throw new ValidationException("schedule", "schedule " + o.scheduleId() + " belongs to another user");
        }
        if (o.amount() != null && !o.amount().currency().equals(s.currency())) {
            throw new ValidationException("currency", "is " + o.amount().currency().getCurrencyCode() + ", but schedule "
                    + o.scheduleId() + " is in " + s.currency().getCurrencyCode());
        }
        if (!occurrences.add(new Occurring(o.scheduleId(), o.date().toEpochDay()))) {
            throw new ValidationException("date", "schedule " + o.scheduleId() + " has another occurrence on " + o.date());
        }
        next.occurrence(o);
    }

    /** A warning is about an account of its user, in its currency, once per account. */
    @Override
    public void warning(BalanceWarning w) {
        userOf(w.userId());
        ownAccount("account", w.accountId(), w.userId());
        Currency currency = accounts.get(w.accountId()).currency();
        if (!currency.equals(w.below().currency())) {
            throw new ValidationException("currency", "is " + w.below().currency().getCurrencyCode() + ", but account "
                    + w.accountId() + " is in " + currency.getCurrencyCode());
        }
        if (!warned.add(w.accountId())) {
            throw new ValidationException("account", "account " + w.accountId() + " has another warning");
        }
        next.warning(w);
    }

    /** Each rollover setting's category and month, which the store keeps unique. */
    private final Set<String> rolling = new HashSet<>();

    /** Only the budgets of expense categories roll over, and a category has one setting per month. */
    @Override
    public void rollover(BudgetRollover r) {
        userOf(r.userId());
        Category c = category("category", r.categoryId(), r.userId());
        if (c.kind() != TxKind.EXPENSE) {
            throw new ValidationException("category", "category " + c.id() + " ('" + c.name() + "') is an " + c.kind().label()
                    + " category: only the budgets of expense categories roll over");
        }
        if (!rolling.add(r.categoryId() + ":" + r.from())) {
            throw new ValidationException("from", "category " + c.id() + " has another rollover setting from " + r.from());
        }
        next.rollover(r);
    }

    @Override
    public void profile(ImportProfile p) {
        userOf(p.userId());
        ownAccount("account", p.accountId(), p.userId());
        next.profile(p);
    }

    /** An account a rule, a profile, a schedule or a warning names (0: none), which the store keeps while they name it. */
    private void ownAccount(String field, long accountId, long userId) {
        if (accountId == 0) {
            return;
        }
        Owned account = accounts.get(accountId);
        if (account == null) {
            throw new ValidationException(field, "names account " + accountId + ", which is not in the backup");
        }
        if (account.userId() != userId) {
            throw new ValidationException(field, "account " + accountId + " belongs to another user");
        }
    }

    /** An origin names an import above it in the file, of the transaction's user. */
    private void origin(Transaction t) {
        long importId = t.origin().importId();
        if (importId == 0) {
            return;
        }
        Long owner = imports.get(importId);
        if (owner == null) {
            throw new ValidationException("origin.import", "names import " + importId + ", which is not in the backup");
        }
        if (owner != t.userId()) {
            throw new ValidationException("origin.import", "import " + importId + " belongs to another user");
        }
    }

    /** Fails with the path of the first record whose reference was never satisfied. */
    void finish() {
        rulePositions.forEach((user, positions) -> {
            if (positions.last() != positions.size()) {
                throw new FintermException("$.rules: the rules of user " + user + " are at " + positions
                        + ", not at 1 to " + positions.size() + " without gaps");
            }
        });
        // A user's default account is checked at the end: the accounts come after the users.
        for (Map.Entry<Long, Default> d : defaults.entrySet()) {
            Default wanted = d.getValue();
            Owned account = accounts.get(wanted.accountId());
            if (account == null) {
                throw new FintermException(wanted.path() + ".defaultAccount: names account " + wanted.accountId()
                        + ", which is not in the backup");
            }
            if (account.userId() != d.getKey()) {
                throw new FintermException(wanted.path() + ".defaultAccount: account " + wanted.accountId()
                        + " belongs to another user");
            }
        }
        for (Leg w : waiting.values()) {
            throw new FintermException(w.path() + " (transaction " + w.leg().id() + ").transfer: its other leg, " + w.leg().transferId()
                    + ", is not in the backup or names another leg");
        }
    }

    private void userOf(long userId) {
        if (!users.contains(userId)) {
            throw new ValidationException("user", "names user " + userId + ", who is not in the backup");
        }
    }

    private Category category(String field, long categoryId, long userId) {
        Category c = categories.get(categoryId);
        if (c == null) {
            throw new ValidationException(field, "names category " + categoryId + ", which is not in the backup");
        }
        if (c.userId() != userId) {
            throw new ValidationException(field, "category " + categoryId + " belongs to another user");
        }
        return c;
    }

    /** A split line counts in a category of its transaction's kind, as {@code SplitLines} holds an entry to. */
    private static void kind(String field, Category c, TxKind kind) {
        if (c.kind() != kind) {
            throw new ValidationException(field, "category " + c.id() + " ('" + c.name() + "') is an "
                    + c.kind().label() + " category, and the transaction is an " + kind.label());
        }
    }

    /** Pairs a leg with the one it names: both name each other, one goes out and one comes in, on one day, as one description. */
    private void leg(Transaction t) {
        Leg earlier = waiting.remove(t.id());
        if (earlier == null) {
            if (waiting.containsKey(t.transferId())) {
                throw new ValidationException("transfer", "names leg " + t.transferId() + ", which another leg names too");
            }
            waiting.put(t.transferId(), new Leg(t, path));
            return;
        }
        Transaction other = earlier.leg();
        if (t.transferId() != other.id()) {
            throw new ValidationException("transfer", "names leg " + t.transferId() + ", but its other leg is "
                    + other.id() + " (at " + earlier.path() + ")");
        }
        if (other.userId() != t.userId()) {
            throw new ValidationException("transfer", "its other leg, " + other.id() + ", belongs to another user");
        }
        if (other.kind() == t.kind()) {
            throw new ValidationException("transfer", "both legs, " + other.id() + " and " + t.id() + ", are "
                    + t.kind().label() + "; one goes out and the other comes in");
        }
        if (!other.date().equals(t.date())) {
            throw new ValidationException("transfer", "its other leg, " + other.id() + ", is on " + other.date()
                    + ", and this one on " + t.date());
        }
        if (!other.description().equals(t.description())) {
            throw new ValidationException("transfer", "its other leg, " + other.id() + ", says '" + other.description()
                    + "' and this one '" + t.description() + "'; the legs of a transfer share one description");
        }
        if (other.accountId() == t.accountId()) {
            throw new ValidationException("transfer", "both legs are in account " + t.accountId());
        }
        if (other.amount().currency().equals(t.amount().currency()) && !other.amount().equals(t.amount())) {
            Transaction out = t.kind() == TxKind.TRANSFER_OUT ? t : other;
            Transaction in = out == t ? other : t;
            throw new ValidationException("transfer", out.amount().toDecimalString() + " went out but "
                    + in.amount().toDecimalString() + " came in, in one currency");
        }
    }
}
