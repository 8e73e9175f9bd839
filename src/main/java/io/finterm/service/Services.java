package io.finterm.service;

import io.finterm.analysis.OutlierDetector;
import io.finterm.domain.BusinessDays;
import io.finterm.rates.EcbFeed;
import io.finterm.rates.StoredRates;
import io.finterm.store.Store;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Set;

/** Every service over one store, built once; the TUI, the CLI and the SSH server each start from here. */
public final class Services {
    /** How long to wait for the ECB to connect, and then to answer. */
    static final Duration FEED_TIMEOUT = Duration.ofSeconds(10);

    /**
     * The settings the services need from the configuration.
     *
     * @param maxConcurrentHashes how many Argon2id hashes may run at once
     * @param importDatePattern   a date pattern CSV imports accept besides ISO, or blank
     * @param outlierMinSample    how many expenses a category needs before any can be flagged unusual
     * @param ratesUrl            where the ECB's rate files are fetched from (a mirror, in tests)
     * @param holidays            days that schedules treat as not business days, besides weekends
     * @param auditKeep           how long the audit log keeps an event ({@code audit.keep.days})
     * @param undoRetention       how many undo steps each person keeps ({@code undo.keep.steps}, {@code undo.keep.days})
     */
    public record Settings(Argon2Params argon2, int maxConcurrentHashes, AccountSettings accounts, String importDatePattern,
                           int outlierMinSample, String ratesUrl, Set<LocalDate> holidays, Duration auditKeep,
                           UndoService.Retention undoRetention) {
        /** The audit log's retention when none is configured: a year. */
        public static final Duration AUDIT_KEEP = Duration.ofDays(365);

        public Settings {
            holidays = Set.copyOf(holidays);
            if (auditKeep == null || auditKeep.isNegative() || auditKeep.isZero()) {
                throw new IllegalArgumentException("the audit log must keep its events for some days, not " + auditKeep);
            }
            java.util.Objects.requireNonNull(undoRetention, "undoRetention");
        }

        /** Settings with the audit log kept for {@link #AUDIT_KEEP} and the default undo retention. */
        public Settings(Argon2Params argon2, int maxConcurrentHashes, AccountSettings accounts, String importDatePattern,
                        int outlierMinSample, String ratesUrl, Set<LocalDate> holidays) {
            this(argon2, maxConcurrentHashes, accounts, importDatePattern, outlierMinSample, ratesUrl, holidays, AUDIT_KEEP,
                    UndoService.Retention.DEFAULT);
        }

        /** Settings without holidays. */
        public Settings(Argon2Params argon2, int maxConcurrentHashes, AccountSettings accounts, String importDatePattern,
                        int outlierMinSample, String ratesUrl) {
            this(argon2, maxConcurrentHashes, accounts, importDatePattern, outlierMinSample, ratesUrl, Set.of());
        }
    }

    private final AccountService accounts;
    private final OwnAccountService ownAccount;
    private final UserAdminService userAdmin;
    private final TransactionService transactions;
    private final ReconcileService reconcile;
    private final CompletionService completion;
    private final AccountBookService accountBook;
    private final TransferService transfers;
    private final NetWorthService netWorth;
    private final AccountRegisterService register;
    private final CategoryService categories;
    private final RuleService rules;
    private final BudgetService budgets;
    private final ReportService reports;
    private final ImportService imports;
    private final ImportHistoryService importHistory;
    private final ProfileService profiles;
    private final BackupService backups;
    private final CsvExportService csvExports;
    private final AnalysisService analysis;
    private final ExportService exports;
    private final DemoService demo;
    private final RateService rates;
    private final MaintenanceService maintenance;
    private final ScheduleService schedules;
    private final ForecastService forecast;
    private final UndoService undo;
    private final AuditService audit;
    private final Store store;

    /** The services over {@code store}; the TUI's exports go under {@code exportDirectory}. */
    public Services(Store store, Settings settings, Clock clock, Path exportDirectory) {
        this.store = store;
        PasswordHasher hasher = new PasswordHasher(settings.argon2(), new SecureRandom(), settings.maxConcurrentHashes());
        this.accounts = new AccountService(store, hasher, PasswordPolicy.bundled(), settings.accounts(),
                DefaultCategories.bundled(), clock);
        this.ownAccount = new OwnAccountService(store, accounts);
        this.userAdmin = new UserAdminService(store, accounts);
        this.transactions = new TransactionService(store, accounts);
        this.reconcile = new ReconcileService(store, accounts);
        this.completion = new CompletionService(store, accounts);
        StoredRates oracle = new StoredRates(store);
        this.accountBook = new AccountBookService(store, accounts, clock);
        this.transfers = new TransferService(store, accounts);
        this.categories = new CategoryService(store, accounts);
        this.rules = new RuleService(store, accounts);
        this.reports = new ReportService(store, accounts, oracle);
        this.netWorth = new NetWorthService(store, accounts, oracle, clock);
        this.register = new AccountRegisterService(store, accounts);
        this.imports = new ImportService(store, accounts, settings.importDatePattern(), new BusinessDays(settings.holidays()), clock);
        this.importHistory = new ImportHistoryService(store, accounts, clock);
        this.profiles = new ProfileService(store, accounts);
        this.backups = new BackupService(store, accounts, clock);
        this.csvExports = new CsvExportService(store, accounts);
        this.rates = new RateService(store, new EcbFeed(settings.ratesUrl(), FEED_TIMEOUT), clock);
        this.analysis = new AnalysisService(store, accounts, oracle, new OutlierDetector(settings.outlierMinSample()), clock);
        this.budgets = new BudgetService(store, accounts, analysis, oracle);
        this.exports = new ExportService(accounts, analysis, exportDirectory, clock);
        this.demo = new DemoService(store, accounts, clock);
        this.maintenance = new MaintenanceService(store);
        this.schedules = new ScheduleService(store, accounts, new BusinessDays(settings.holidays()), clock);
        this.forecast = new ForecastService(store, accounts, new BusinessDays(settings.holidays()), oracle, clock);
        this.undo = new UndoService(store, accounts, settings.undoRetention());
        this.audit = new AuditService(store, accounts, settings.auditKeep());
    }

    /** Authentication: the first administrator, logins, logout, and who a session is. */
    public AccountService accounts() {
        return accounts;
    }

    /** What a logged-in person changes on their own account: password, base currency, SSH keys. */
    public OwnAccountService ownAccount() {
        return ownAccount;
    }

    /** The administrators' management of everyone's accounts. */
    public UserAdminService userAdmin() {
        return userAdmin;
    }

    public TransactionService transactions() {
        return transactions;
    }

    /** Reconciling an account against a bank statement. */
    public ReconcileService reconcile() {
        return reconcile;
    }

    /** Payees and tags from the user's history, for the entry form's completion. */
    public CompletionService completion() {
        return completion;
    }

    /** The user's own bank accounts, cards, wallets and loans, with their balances. */
    public AccountBookService accountBook() {
        return accountBook;
    }

    public TransferService transfers() {
        return transfers;
    }

    /** Net worth: the monthly series, today's, and its change over a period, in the base currency. */
    public NetWorthService netWorth() {
        return netWorth;
    }

    /** One account's transactions with the running balance after each. */
    public AccountRegisterService register() {
        return register;
    }

    public CategoryService categories() {
        return categories;
    }

    /** The user's categorisation rules, tried in order at import and by {@code finterm rules apply}. */
    public RuleService rules() {
        return rules;
    }

    public BudgetService budgets() {
        return budgets;
    }

    public ReportService reports() {
        return reports;
    }

    public ImportService imports() {
        return imports;
    }

    public ImportHistoryService importHistory() {
        return importHistory;
    }

    /** Saved import profiles: how each bank's files are read. */
    public ProfileService profiles() {
        return profiles;
    }

    public BackupService backups() {
        return backups;
    }

    public CsvExportService csvExports() {
        return csvExports;
    }

    public AnalysisService analysis() {
        return analysis;
    }

    public ExportService exports() {
        return exports;
    }

    public DemoService demo() {
        return demo;
    }

    public MaintenanceService maintenance() {
        return maintenance;
    }

    /** Undo and redo of each person's own steps. */
    public UndoService undo() {
        return undo;
    }

    /** The audit log: administrators read it, each person their own account's security events. */
    public AuditService audit() {
        return audit;
    }

    /** The cash-flow forecast per account and for net worth, and the balance per account below which it warns. */
    public ForecastService forecast() {
        return forecast;
    }

    public RateService rates() {
        return rates;
    }

    /** Schedules: template transactions that repeat, and catching up on what fell due. */
    public ScheduleService schedules() {
        return schedules;
    }

    /**
     * A number that changes whenever anything in the store does: the full-screen app compares it once
     * a second to refresh what other sessions changed under it.
     */
    public long dataVersion() {
        return store.version();
    }
}
