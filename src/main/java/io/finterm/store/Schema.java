package io.finterm.store;

import static io.finterm.store.Column.LONG;
import static io.finterm.store.Column.STRING;

import io.finterm.domain.Account;
import io.finterm.domain.AuditEvent;
import io.finterm.domain.BalanceWarning;
import io.finterm.domain.Budget;
import io.finterm.domain.BudgetRollover;
import io.finterm.domain.Category;
import io.finterm.domain.ExchangeRate;
import io.finterm.domain.ImportBatch;
import io.finterm.domain.ImportProfile;
import io.finterm.domain.Occurrence;
import io.finterm.domain.Rule;
import io.finterm.domain.Schedule;
import io.finterm.domain.SshKey;
import io.finterm.domain.Transaction;
import io.finterm.domain.UndoStep;
import io.finterm.domain.User;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * Every table, index, unique constraint, foreign key and aggregate, declared in one place.
 *
 * <p>Index and aggregate keys hold {@code Long} and {@code String} values only: dates are epoch
 * days, months are {@link #month(YearMonth)} numbers, enums are their {@link StoredCodes}, and names that must be
 * unique regardless of case are lower-cased.
 */
public final class Schema {
    private Schema() {
    }

    public static final Table<User> USERS = new Table<>("users", 1, Codecs.USER, User::id);
    public static final Index<User> USERS_BY_NAME =
            USERS.unique("users_by_name", u -> keys(u.username()), STRING);

    public static final Table<Category> CATEGORIES = new Table<>("categories", 2, Codecs.CATEGORY, Category::id);
    public static final Index<Category> CATEGORIES_BY_NAME = CATEGORIES.unique("categories_by_name",
            c -> keys(c.userId(), StoredCodes.kind(c.kind()), folded(c.name())), LONG, LONG, STRING);

    /** A user's bank accounts, cards, wallets and loans; tag 7 is the accounts table since store format 3. */
    public static final Table<Account> ACCOUNTS = new Table<>("accounts", 7, Codecs.ACCOUNT, Account::id);
    public static final Index<Account> ACCOUNTS_BY_NAME = ACCOUNTS.unique("accounts_by_name",
            a -> keys(a.userId(), Account.fold(a.name())), LONG, STRING);

    /** A user's imports, each the batch of transactions one file brought in (tag 8, since store format 5). */
    public static final Table<ImportBatch> IMPORTS = new Table<>("imports", 8, Codecs.IMPORT_BATCH, ImportBatch::id);
    public static final Index<ImportBatch> IMPORTS_BY_USER = IMPORTS.index("imports_by_user", b -> keys(b.userId()), LONG);

    public static final Table<Transaction> TRANSACTIONS =
            new Table<>("transactions", 3, Codecs.TRANSACTION, Transaction::id);
    /** Covering: a month of one user's transactions is the screen people open most. */
    public static final Index<Transaction> TX_BY_DATE = TRANSACTIONS.coveringIndex("tx_by_user_date",
            t -> keys(t.userId(), t.date().toEpochDay()), LONG, LONG);
    /** One entry for each category a transaction counts in: a split's lines' categories, none for a transfer. */
    public static final Index<Transaction> TX_BY_CATEGORY = TRANSACTIONS.multiIndex("tx_by_user_category_date",
            Schema::categoryKey, Schema::categoryKeys, LONG, LONG, LONG);
    /** One entry for each of a transaction's tags, so that a tag filter reads only its rows. */
    public static final Index<Transaction> TX_BY_TAG = TRANSACTIONS.multiIndex("tx_by_user_tag_date",
            Schema::tagKeys, LONG, STRING, LONG);
    /**
     * The payees a user has paid, lower-cased, by payee and day: payee completion reads it. The payee report
     * does not (it totals every transaction of a period, a blank payee's too, so it reads the period's
     * rows); nor does a {@code payee:} filter, which matches part of a name. None for a blank payee.
     */
    public static final Index<Transaction> TX_BY_PAYEE = TRANSACTIONS.multiIndex("tx_by_user_payee_date",
            t -> t.payee().isEmpty() ? List.of() : List.<Object[]>of(keys(t.userId(), folded(t.payee()), t.date().toEpochDay())),
            LONG, STRING, LONG);
    /** The rows an import brought in, still there: taking it back reads them. None for a row entered by hand. */
    public static final Index<Transaction> TX_BY_IMPORT = TRANSACTIONS.multiIndex("tx_by_user_import",
            t -> t.origin().importId() == 0 ? List.of() : List.<Object[]>of(keys(t.userId(), t.origin().importId())),
            LONG, LONG);
    /** The bank's own ids in each account: an id a file brings decides whether its row is already booked. */
    public static final Index<Transaction> TX_BY_BANK_ID = TRANSACTIONS.multiIndex("tx_by_user_account_bank_id",
            t -> t.origin().bankId().isEmpty() ? List.of()
                    : List.<Object[]>of(keys(t.userId(), t.accountId(), t.origin().bankId())),
            LONG, LONG, STRING);
    /** One account's history in date order: its page of the transactions, and its running balance. */
    public static final Index<Transaction> TX_BY_ACCOUNT = TRANSACTIONS.index("tx_by_user_account_date",
            t -> keys(t.userId(), t.accountId(), t.date().toEpochDay()), LONG, LONG, LONG);
    /**
     * Count and minor-unit sum per (user, month, category, kind, currency) of income and expenses, a
     * split transaction's lines each in its own category; transfers are neither, and are not counted.
     * Read them as {@link MonthlyTotal}s.
     */
    public static final Aggregate<Transaction> MONTHLY_TOTALS = TRANSACTIONS.multiAggregate("monthly_totals",
            Schema::monthlyShares, Schema::monthlyKey, t -> t.amount().minor(), LONG, LONG, LONG, LONG, STRING);
    /**
     * Count and signed minor-unit sum (in the account's currency) per (user, account, month), transfers
     * included: a balance on any date is the opening balance plus a few of these, plus at most one month's rows.
     */
    public static final Aggregate<Transaction> ACCOUNT_BALANCES = TRANSACTIONS.aggregate("account_balances",
            t -> keys(t.userId(), t.accountId(), month(YearMonth.from(t.date()))),
            Transaction::signedMinor, LONG, LONG, LONG);

    /** A user's categorisation rules, tried in their position order (tag 9, since store format 6). */
    public static final Table<Rule> RULES = new Table<>("rules", 9, RuleCodecs.RULE, Rule::id);
    public static final Index<Rule> RULES_BY_USER = RULES.index("rules_by_user", r -> keys(r.userId()), LONG);
    public static final Index<Rule> RULES_BY_CATEGORY = RULES.index("rules_by_user_category",
            r -> keys(r.userId(), r.categoryId()), LONG, LONG);
    /** The rules that name one account; none for a rule of any account. */
    public static final Index<Rule> RULES_BY_ACCOUNT = RULES.multiIndex("rules_by_user_account",
            r -> r.accountId() == 0 ? List.of() : List.<Object[]>of(keys(r.userId(), r.accountId())), LONG, LONG);

    /** A user's saved import profiles, by name (tag 10, since store format 6). */
    public static final Table<ImportProfile> PROFILES = new Table<>("profiles", 10, RuleCodecs.PROFILE, ImportProfile::id);
    public static final Index<ImportProfile> PROFILES_BY_NAME = PROFILES.unique("profiles_by_user_name",
            p -> keys(p.userId(), ImportProfile.fold(p.name())), LONG, STRING);
    /** The profiles that name one account; none for a profile that uses the default. */
    public static final Index<ImportProfile> PROFILES_BY_ACCOUNT = PROFILES.multiIndex("profiles_by_user_account",
            p -> p.accountId() == 0 ? List.of() : List.<Object[]>of(keys(p.userId(), p.accountId())), LONG, LONG);

    /** A user's schedules: template transactions that repeat (tag 11, since store format 7). */
    public static final Table<Schedule> SCHEDULES = new Table<>("schedules", 11, ScheduleCodecs.SCHEDULE, Schedule::id);
    public static final Index<Schedule> SCHEDULES_BY_NAME = SCHEDULES.unique("schedules_by_user_name",
            s -> keys(s.userId(), Schedule.fold(s.name())), LONG, STRING);
    /** The schedules that book into an account: both of a transfer's. */
    public static final Index<Schedule> SCHEDULES_BY_ACCOUNT = SCHEDULES.multiIndex("schedules_by_user_account",
            s -> s.accountIds().stream().map(a -> keys(s.userId(), a)).toList(), LONG, LONG);
    /** The schedules that book into a category: a split's lines' categories, none for a transfer. */
    public static final Index<Schedule> SCHEDULES_BY_CATEGORY = SCHEDULES.multiIndex("schedules_by_user_category",
            s -> s.categoryIds().stream().map(c -> keys(s.userId(), c)).toList(), LONG, LONG);

    /**
     * What became of a schedule's occurrences (tag 12, since store format 7). Unique on the schedule and
     * the rule's date: an occurrence is posted once at most, whatever crashes or sessions race.
     */
    public static final Table<Occurrence> OCCURRENCES = new Table<>("occurrences", 12, ScheduleCodecs.OCCURRENCE, Occurrence::id);
    public static final Index<Occurrence> OCCURRENCES_BY_SCHEDULE = OCCURRENCES.unique("occurrences_by_user_schedule_date",
            o -> keys(o.userId(), o.scheduleId(), o.date().toEpochDay()), LONG, LONG, LONG);
    /** The occurrence a transaction stands for, by the transaction's id; none for a skipped or changed one. */
    public static final Index<Occurrence> OCCURRENCES_BY_TRANSACTION = OCCURRENCES.multiIndex("occurrences_by_user_transaction",
            o -> o.transactionId() == 0 ? List.of() : List.<Object[]>of(keys(o.userId(), o.transactionId())), LONG, LONG);

    /** The balance below which the forecast warns, per account (tag 13, since store format 7). */
    public static final Table<BalanceWarning> BALANCE_WARNINGS = new Table<>("balance_warnings", 13,
            ScheduleCodecs.BALANCE_WARNING, BalanceWarning::id);
    public static final Index<BalanceWarning> BALANCE_WARNINGS_BY_ACCOUNT = BALANCE_WARNINGS.unique("balance_warnings_by_user_account",
            w -> keys(w.userId(), w.accountId()), LONG, LONG);

    public static final Table<Budget> BUDGETS = new Table<>("budgets", 4, Codecs.BUDGET, Budget::id);
    public static final Index<Budget> BUDGETS_BY_MONTH = BUDGETS.unique("budgets_by_user_category_month",
            b -> keys(b.userId(), b.categoryId(), month(b.month())), LONG, LONG, LONG);

    /** Whether a category's budget rolls over, from a month on (tag 14, since store format 8). */
    public static final Table<BudgetRollover> ROLLOVERS = new Table<>("budget_rollovers", 14, Codecs.ROLLOVER, BudgetRollover::id);
    public static final Index<BudgetRollover> ROLLOVERS_BY_MONTH = ROLLOVERS.unique("budget_rollovers_by_user_category_month",
            r -> keys(r.userId(), r.categoryId(), month(r.from())), LONG, LONG, LONG);

    public static final Table<ExchangeRate> RATES = new Table<>("rates", 5, Codecs.RATE, ExchangeRate::id);
    public static final Index<ExchangeRate> RATES_BY_DATE = RATES.unique("rates_by_date_currency",
            r -> keys(r.date().toEpochDay(), r.currency().getCurrencyCode()), LONG, STRING);

    /** The public keys users log in with over SSH; a key belongs to one user only. */
    public static final Table<SshKey> SSH_KEYS = new Table<>("ssh_keys", 6, Codecs.SSH_KEY, SshKey::id);
    public static final Index<SshKey> SSH_KEYS_BY_FINGERPRINT = SSH_KEYS.unique("ssh_keys_by_fingerprint",
            k -> keys(k.fingerprint()), STRING);
    public static final Index<SshKey> SSH_KEYS_BY_USER = SSH_KEYS.index("ssh_keys_by_user", k -> keys(k.userId()), LONG);

    /** Each user's undoable steps, newest last (tag 15, since store format 9). */
    public static final Table<UndoStep> STEPS = new Table<>("undo_steps", 15, HistoryCodecs.STEP, UndoStep::id);
    public static final Index<UndoStep> STEPS_BY_USER = STEPS.index("undo_steps_by_user", s -> keys(s.userId(), s.id()), LONG, LONG);
    /** The steps in one state: a new change finds the redo steps it clears without reading the others. */
    public static final Index<UndoStep> STEPS_BY_STATE = STEPS.index("undo_steps_by_user_state",
            s -> keys(s.userId(), (long) StoredCodes.stepState(s.state()), s.id()), LONG, LONG, LONG);
    /** The rows each step changed, as it found and left them (tag 16, since store format 9). */
    public static final Table<StepChange> STEP_CHANGES = new Table<>("undo_changes", 16, HistoryCodecs.STEP_CHANGE, StepChange::id);
    /** By step and table: undo restores a step's rows table by table, parents first. */
    public static final Index<StepChange> CHANGES_BY_STEP = STEP_CHANGES.index("undo_changes_by_step_table",
            c -> keys(c.stepId(), (long) c.tableTag(), c.id()), LONG, LONG, LONG);

    /** The tag {@code table}'s rows carry in a step's changes, as {@link #CHANGES_BY_STEP} keys them. */
    public static long tableTag(Table<?> table) {
        return table.tag();
    }

    /** The stored code of a step's state, as {@link #STEPS_BY_STATE} keys it. */
    public static long stepState(UndoStep.State state) {
        return StoredCodes.stepState(state);
    }

    /** The audit log: append-only, by names, outliving the users it names (tag 17, since store format 9). */
    public static final Table<AuditEvent> AUDIT = new Table<>("audit_events", 17, HistoryCodecs.AUDIT_EVENT, AuditEvent::id);
    public static final Index<AuditEvent> AUDIT_BY_USER = AUDIT.index("audit_events_by_user",
            e -> keys(e.user(), e.id()), STRING, LONG);

    /** Parents before children; deletes cascade children-first, in the reverse of this order. */
    public static final List<Table<?>> TABLES = List.of(USERS, CATEGORIES, ACCOUNTS, IMPORTS, TRANSACTIONS, BUDGETS, RATES,
            SSH_KEYS, RULES, PROFILES, SCHEDULES, OCCURRENCES, BALANCE_WARNINGS, ROLLOVERS, STEPS, STEP_CHANGES, AUDIT);

    /** The tables of the undo history and the audit log: what a step records is every other table's rows. */
    static final List<Table<?>> HISTORY = List.of(STEPS, STEP_CHANGES, AUDIT);

    public static final List<ForeignKey<?, ?>> FOREIGN_KEYS = List.of(
            new ForeignKey<>("categories.user", CATEGORIES, Category::userId, USERS,
                    CATEGORIES_BY_NAME, u -> keys(u.id()), OnDelete.CASCADE),
            new ForeignKey<>("accounts.user", ACCOUNTS, Account::userId, USERS,
                    ACCOUNTS_BY_NAME, u -> keys(u.id()), OnDelete.CASCADE),
            new ForeignKey<>("imports.user", IMPORTS, ImportBatch::userId, USERS,
                    IMPORTS_BY_USER, u -> keys(u.id()), OnDelete.CASCADE),
            new ForeignKey<>("transactions.user", TRANSACTIONS, Transaction::userId, USERS,
                    TX_BY_DATE, u -> keys(u.id()), OnDelete.CASCADE),
            // A transfer leg has no category, a split one for each line.
            ForeignKey.many("transactions.category", TRANSACTIONS, Transaction::categoryIds, CATEGORIES,
                    TX_BY_CATEGORY, c -> keys(c.userId(), c.id()), OnDelete.RESTRICT),
            new ForeignKey<>("transactions.account", TRANSACTIONS, Transaction::accountId, ACCOUNTS,
                    TX_BY_ACCOUNT, a -> keys(a.userId(), a.id()), OnDelete.RESTRICT),
            // A row entered by hand came from no import.
            ForeignKey.many("transactions.import", TRANSACTIONS, Schema::importIds, IMPORTS,
                    TX_BY_IMPORT, b -> keys(b.userId(), b.id()), OnDelete.RESTRICT),
            new ForeignKey<>("budgets.user", BUDGETS, Budget::userId, USERS,
                    BUDGETS_BY_MONTH, u -> keys(u.id()), OnDelete.CASCADE),
            new ForeignKey<>("budgets.category", BUDGETS, Budget::categoryId, CATEGORIES,
                    BUDGETS_BY_MONTH, c -> keys(c.userId(), c.id()), OnDelete.CASCADE),
            new ForeignKey<>("ssh_keys.user", SSH_KEYS, SshKey::userId, USERS,
                    SSH_KEYS_BY_USER, u -> keys(u.id()), OnDelete.CASCADE),
            new ForeignKey<>("rules.user", RULES, Rule::userId, USERS,
                    RULES_BY_USER, u -> keys(u.id()), OnDelete.CASCADE),
            // a category or an account is not deleted from under a rule or a profile: the services say which uses it
            new ForeignKey<>("rules.category", RULES, Rule::categoryId, CATEGORIES,
                    RULES_BY_CATEGORY, c -> keys(c.userId(), c.id()), OnDelete.RESTRICT),
            ForeignKey.many("rules.account", RULES, r -> r.accountId() == 0 ? List.of() : List.of(r.accountId()), ACCOUNTS,
                    RULES_BY_ACCOUNT, a -> keys(a.userId(), a.id()), OnDelete.RESTRICT),
            new ForeignKey<>("profiles.user", PROFILES, ImportProfile::userId, USERS,
                    PROFILES_BY_NAME, u -> keys(u.id()), OnDelete.CASCADE),
            ForeignKey.many("profiles.account", PROFILES, p -> p.accountId() == 0 ? List.of() : List.of(p.accountId()), ACCOUNTS,
                    PROFILES_BY_ACCOUNT, a -> keys(a.userId(), a.id()), OnDelete.RESTRICT),
            new ForeignKey<>("schedules.user", SCHEDULES, Schedule::userId, USERS,
                    SCHEDULES_BY_NAME, u -> keys(u.id()), OnDelete.CASCADE),
            // a category or an account is not deleted from under a schedule: the services say which uses it
            ForeignKey.many("schedules.account", SCHEDULES, Schedule::accountIds, ACCOUNTS,
                    SCHEDULES_BY_ACCOUNT, a -> keys(a.userId(), a.id()), OnDelete.RESTRICT),
            ForeignKey.many("schedules.category", SCHEDULES, Schedule::categoryIds, CATEGORIES,
                    SCHEDULES_BY_CATEGORY, c -> keys(c.userId(), c.id()), OnDelete.RESTRICT),
            new ForeignKey<>("occurrences.user", OCCURRENCES, Occurrence::userId, USERS,
                    OCCURRENCES_BY_SCHEDULE, u -> keys(u.id()), OnDelete.CASCADE),
            // a deleted schedule's occurrences go with it; the transactions it posted stay
            new ForeignKey<>("occurrences.schedule", OCCURRENCES, Occurrence::scheduleId, SCHEDULES,
                    OCCURRENCES_BY_SCHEDULE, s -> keys(s.userId(), s.id()), OnDelete.CASCADE),
            new ForeignKey<>("balance_warnings.user", BALANCE_WARNINGS, BalanceWarning::userId, USERS,
                    BALANCE_WARNINGS_BY_ACCOUNT, u -> keys(u.id()), OnDelete.CASCADE),
            new ForeignKey<>("balance_warnings.account", BALANCE_WARNINGS, BalanceWarning::accountId, ACCOUNTS,
                    BALANCE_WARNINGS_BY_ACCOUNT, a -> keys(a.userId(), a.id()), OnDelete.CASCADE),
            new ForeignKey<>("budget_rollovers.user", ROLLOVERS, BudgetRollover::userId, USERS,
                    ROLLOVERS_BY_MONTH, u -> keys(u.id()), OnDelete.CASCADE),
            // like a budget, a rollover setting goes with its category (a merge moves it first)
            new ForeignKey<>("budget_rollovers.category", ROLLOVERS, BudgetRollover::categoryId, CATEGORIES,
                    ROLLOVERS_BY_MONTH, c -> keys(c.userId(), c.id()), OnDelete.CASCADE),
            new ForeignKey<>("undo_steps.user", STEPS, UndoStep::userId, USERS,
                    STEPS_BY_USER, u -> keys(u.id()), OnDelete.CASCADE),
            // a step's row images go with it
            new ForeignKey<>("undo_changes.step", STEP_CHANGES, StepChange::stepId, STEPS,
                    CHANGES_BY_STEP, s -> keys(s.id()), OnDelete.CASCADE));

    /** The one category key of income or an expense that is not split: nearly every row. */
    private static Object[] categoryKey(Transaction t) {
        return t.isSplit() || t.isTransfer() ? null : keys(t.userId(), t.categoryId(), t.date().toEpochDay());
    }

    private static List<Object[]> categoryKeys(Transaction t) {
        if (!t.isSplit()) { // the common case, a million times in a bulk load: no stream
            return t.isTransfer() ? List.of() : List.<Object[]>of(keys(t.userId(), t.categoryId(), t.date().toEpochDay()));
        }
        return t.categoryIds().stream().map(c -> keys(t.userId(), c, t.date().toEpochDay())).toList();
    }

    private static List<Long> importIds(Transaction t) {
        return t.origin().importId() == 0 ? List.of() : List.of(t.origin().importId());
    }

    private static List<Object[]> tagKeys(Transaction t) {
        if (t.tags().isEmpty()) { // nearly every row
            return List.of();
        }
        return t.tags().stream().map(tag -> keys(t.userId(), tag, t.date().toEpochDay())).toList();
    }

    private static List<Aggregate.Share> monthlyShares(Transaction t) {
        if (t.isTransfer()) {
            return List.of();
        }
        if (!t.isSplit()) {
            return List.of(new Aggregate.Share(monthlyKey(t), t.amount().minor()));
        }
        return t.lines().stream()
                .map(line -> new Aggregate.Share(monthlyKey(t, line.categoryId()), line.amount().minor()))
                .toList();
    }

    /** The monthly-totals key of a transaction that counts under its one category; null for a split or a transfer. */
    private static Object[] monthlyKey(Transaction t) {
        return t.isTransfer() || t.isSplit() ? null : monthlyKey(t, t.categoryId());
    }

    private static Object[] monthlyKey(Transaction t, long categoryId) {
        return keys(t.userId(), month(YearMonth.from(t.date())), categoryId, StoredCodes.kind(t.kind()),
                t.amount().currency().getCurrencyCode());
    }

    /** The monthly totals of {@code range} (a prefix of user, month, category, kind), typed. */
    public static List<MonthlyTotal> monthlyTotals(ReadTx rd, KeyRange range) {
        return rd.aggregate(MONTHLY_TOTALS, range).stream().map(MonthlyTotal::of).toList();
    }

    /** The month number used in keys: months since year 0, so that ranges of months are ranges of numbers. */
    public static long month(YearMonth month) {
        return Codecs.monthIndex(month);
    }

    public static YearMonth month(long number) {
        return Codecs.month(number);
    }

    static String folded(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    static Object[] keys(Object... values) {
        return values;
    }

    static Table<?> byTag(int tag) {
        for (Table<?> t : TABLES) {
            if (t.tag() == tag) {
                return t;
            }
        }
        return null;
    }
}
