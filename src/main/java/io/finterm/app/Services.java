package io.finterm.app;

import io.finterm.domain.ValidationException;
import io.finterm.service.AccountService;
import io.finterm.service.AccountSettings;
import io.finterm.service.BackupService;
import io.finterm.service.BudgetService;
import io.finterm.service.ImportService;
import io.finterm.service.CategoryService;
import io.finterm.service.TransactionService;
import io.finterm.service.Argon2Params;
import io.finterm.service.DefaultCategories;
import io.finterm.service.PasswordHasher;
import io.finterm.service.PasswordPolicy;
import io.finterm.service.ReportService;
import io.finterm.store.Store;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;

/** Builds the services over one store from the configuration; every front end starts here. */
public final class Services {
    private final AccountService accounts;
    private final TransactionService transactions;
    private final CategoryService categories;
    private final BudgetService budgets;
    private final ReportService reports;
    private final ImportService imports;
    private final BackupService backups;

    public Services(Store store, Config config, Clock clock) {
        PasswordHasher hasher = new PasswordHasher(argon2(config), new SecureRandom(),
                config.integer("argon2.max.concurrent", 1, 256));
        this.accounts = new AccountService(store, hasher,
                PasswordPolicy.bundled(), accountSettings(config), DefaultCategories.bundled(), clock);
        this.transactions = new TransactionService(store, accounts);
        this.categories = new CategoryService(store, accounts);
        this.budgets = new BudgetService(store, accounts);
        this.reports = new ReportService(store, accounts);
        this.imports = new ImportService(store, accounts, config.string("import.date.format"));
        this.backups = new BackupService(store, accounts, clock);
    }

    public AccountService accounts() {
        return accounts;
    }

    public TransactionService transactions() {
        return transactions;
    }

    public CategoryService categories() {
        return categories;
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

    public BackupService backups() {
        return backups;
    }

    static Argon2Params argon2(Config config) {
        try {
            return new Argon2Params(config.integer("argon2.memory.kib", 8, 4_194_304),
                    config.integer("argon2.iterations", 1, 100), config.integer("argon2.parallelism", 1, 64));
        } catch (ValidationException e) {
            throw new ConfigException(e.getMessage());
        }
    }

    static AccountSettings accountSettings(Config config) {
        return new AccountSettings(config.integer("lockout.failures", 1, 1000),
                Duration.ofMinutes(config.integer("lockout.minutes", 1, 10_080)),
                Duration.ofMinutes(config.integer("session.idle.minutes", 1, 1440)),
                config.baseCurrency());
    }
}
