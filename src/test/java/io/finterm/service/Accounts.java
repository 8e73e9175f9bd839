package io.finterm.service;

import io.finterm.testdata.MutableClock;
import io.finterm.analysis.OutlierDetector;
import io.finterm.domain.RateOracle;
import io.finterm.domain.Role;
import io.finterm.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Currency;

/** A store with an administrator and two users (with the default categories), and the services over it. */
final class Accounts {
    static final String ADMIN_PASSWORD = "admin-secret-1";
    static final String ALICE_PASSWORD = "alice-secret-1";
    static final String BOB_PASSWORD = "bob-secret-12";
    static final AccountSettings SETTINGS =
            new AccountSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15), Currency.getInstance("EUR"));

    final Store store;
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-05T14:00:00Z"));
    final AccountService accounts;
    final OwnAccountService ownAccount;
    final UserAdminService userAdmin;
    final TransactionService transactions;
    final ReconcileService reconcile;
    final AccountBookService accountBook;
    final TransferService transfers;
    final NetWorthService netWorth;
    final AccountRegisterService register;
    final CategoryService categories;
    final BudgetService budgets;
    final ReportService reports;
    final ImportService imports;
    final ImportHistoryService importHistory;
    final BackupService backups;
    final CsvExportService csvExports;
    final AnalysisService analysis;
    final ExportService exports;
    final ScheduleService schedules;
    final UndoService undo;
    final AuditService audit;

    Accounts() {
        this(Store.inMemory());
    }

    Accounts(Store store) {
        this(store, true);
    }

    private Accounts(Store store, boolean create) {
        this.store = store;
        accounts = new AccountService(store, new PasswordHasher(PasswordHasherTest.CHEAP, new SecureRandom()),
                PasswordPolicy.bundled(), SETTINGS, DefaultCategories.bundled(), clock);
        ownAccount = new OwnAccountService(store, accounts);
        userAdmin = new UserAdminService(store, accounts);
        transactions = new TransactionService(store, accounts);
        reconcile = new ReconcileService(store, accounts);
        accountBook = new AccountBookService(store, accounts, clock);
        transfers = new TransferService(store, accounts);
        categories = new CategoryService(store, accounts);
        reports = new ReportService(store, accounts, RateOracle.identity());
        netWorth = new NetWorthService(store, accounts, RateOracle.identity(), clock);
        register = new AccountRegisterService(store, accounts);
        imports = new ImportService(store, accounts, "dd/MM/yyyy", io.finterm.domain.BusinessDays.WEEKENDS_ONLY, clock);
        importHistory = new ImportHistoryService(store, accounts, clock);
        backups = new BackupService(store, accounts, clock);
        csvExports = new CsvExportService(store, accounts);
        analysis = new AnalysisService(store, accounts, RateOracle.identity(), new OutlierDetector(OutlierDetector.DEFAULT_MIN_SAMPLE), clock);
        budgets = new BudgetService(store, accounts, analysis, RateOracle.identity());
        exports = new ExportService(accounts, analysis, exportDirectory(), clock);
        schedules = new ScheduleService(store, accounts, io.finterm.domain.BusinessDays.WEEKENDS_ONLY, clock);
        undo = new UndoService(store, accounts);
        audit = new AuditService(store, accounts, Services.Settings.AUDIT_KEEP);
        if (create) {
            accounts.createFirstAdmin("root", ADMIN_PASSWORD.toCharArray(), "cli");
            Session admin = admin();
            userAdmin.createUser(admin, "alice", ALICE_PASSWORD.toCharArray(), Role.USER);
            userAdmin.createUser(admin, "bob", BOB_PASSWORD.toCharArray(), Role.USER);
        }
    }

    /** The services over a store that already holds the accounts, such as a restored one. */
    record Restored(Store store) {
        Accounts fixture() {
            return new Accounts(store, false);
        }
    }

    /** A fresh directory for exports, removed when the JVM exits. */
    private static Path exportDirectory() {
        try {
            Path dir = Files.createTempDirectory("finterm-exports");
            dir.toFile().deleteOnExit();
            return dir.resolve("exports");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Session admin() {
        return accounts.login("root", ADMIN_PASSWORD.toCharArray(), "cli");
    }

    Session alice() {
        return accounts.login("alice", ALICE_PASSWORD.toCharArray(), "cli");
    }

    Session bob() {
        return accounts.login("bob", BOB_PASSWORD.toCharArray(), "cli");
    }
}
