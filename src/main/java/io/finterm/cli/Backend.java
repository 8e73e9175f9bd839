package io.finterm.cli;

import io.finterm.service.AccountService;
import io.finterm.service.BackupService;
import io.finterm.service.BudgetService;
import io.finterm.service.ImportService;
import io.finterm.service.CategoryService;
import io.finterm.service.ReportService;
import io.finterm.service.TransactionService;
import io.finterm.store.Store;
import java.nio.file.Path;

/** The open store and the services over it, as the application wires them. */
public record Backend(Path dataDirectory, Store store, AccountService accounts, TransactionService transactions,
                      CategoryService categories, BudgetService budgets, ReportService reports, ImportService imports,
                      BackupService backups) {

    /** Opens the backend for the {@code --data} and {@code --config} options (either may be {@code null}). */
    public interface Factory {
        Backend open(Path data, Path config);
    }
}
