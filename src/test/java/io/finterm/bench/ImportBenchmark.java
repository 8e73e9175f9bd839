package io.finterm.bench;

import io.finterm.domain.Category;
import io.finterm.domain.Role;
import io.finterm.domain.Transaction;
import io.finterm.service.AccountService;
import io.finterm.service.AccountSettings;
import io.finterm.service.Argon2Params;
import io.finterm.service.BackupService;
import io.finterm.service.DefaultCategories;
import io.finterm.service.ImportService;
import io.finterm.service.PasswordHasher;
import io.finterm.service.PasswordPolicy;
import io.finterm.service.Session;
import io.finterm.service.UndoService;
import io.finterm.service.UserAdminService;
import io.finterm.store.Store;
import io.finterm.testdata.LedgerGenerator;
import java.io.BufferedWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * CSV import of N rows (default 1,000,000) through the real import path, against SQLite loading
 * the same file with the same CSV parser in the same run; then a full JSON export and restore.
 * {@code mvn -Pbench -Dbench.class=io.finterm.bench.ImportBenchmark [-Dbench.args="N [import]"]}; with
 * {@code import}, only the import, its undo and redo, and SQLite's load run. Not a test.
 *
 * <p>The undo of the import (one step, through {@link UndoService}) is timed next to the import of the
 * same rows: it may take no longer. Its redo is timed too, and brings the rows back for the export.
 */
public final class ImportBenchmark {
    private ImportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        boolean importOnly = args.length > 1 && args[1].equals("import");
        Path work = Files.createTempDirectory("finterm-import-bench");
        Path csv = work.resolve("ledger.csv");
        String[] names = {"Groceries", "Dining", "Transport", "Utilities", "Rent", "Entertainment", "Health", "Shopping", "Travel"};
        try (Store probe = Store.inMemory()) {
            List<Category> cats = LedgerGenerator.createUsers(probe, 1);
            List<Transaction> txs = new LedgerGenerator(3).transactions(cats, rows, 10, LocalDate.of(2025, 12, 31), 1);
            try (BufferedWriter w = Files.newBufferedWriter(csv, StandardCharsets.UTF_8)) {
                w.write("date,type,category,amount,currency,description\n");
                for (Transaction t : txs) {
                    String name = cats.stream().filter(c -> c.id() == t.categoryId()).findFirst().orElseThrow().name();
                    w.write(t.date() + "," + t.kind().label() + "," + name + "," + t.amount().toDecimalString() + ",EUR," + t.description() + "\n");
                }
            }
        }
        System.out.printf(Locale.ROOT, "CSV import: %,d rows, %,d bytes, %d cores%n", rows, Files.size(csv),
                Runtime.getRuntime().availableProcessors());
        AccountSettings settings = new AccountSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15), Currency.getInstance("EUR"));
        char[] pw = "benchmark-password".toCharArray();
        double ours;
        double undo;
        double redo;
        double export;
        double restore;
        Path backup = work.resolve("backup.json");
        try (Store store = Store.open(work.resolve("finterm"))) {
            AccountService accounts = new AccountService(store, new PasswordHasher(Argon2Params.OWASP, new SecureRandom()),
                    PasswordPolicy.bundled(), settings, DefaultCategories.bundled(), Clock.systemUTC());
            UserAdminService userAdmin = new UserAdminService(store, accounts);
            accounts.createFirstAdmin("root", pw.clone(), "cli");
            Session root = accounts.login("root", pw.clone(), "cli");
            userAdmin.createUser(root, "alice", pw.clone(), Role.USER);
            Session alice = accounts.login("alice", pw.clone(), "cli");
            ImportService imports = new ImportService(store, accounts, "", io.finterm.domain.BusinessDays.WEEKENDS_ONLY, Clock.systemUTC());
            ours = Stopwatch.millis(() -> {
                try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                    imports.importCsv(alice, in, new ImportService.Options(false, false), n -> { });
                }
            });
            UndoService steps = new UndoService(store, accounts);
            long[] reversed = new long[2];
            undo = Stopwatch.millis(() -> reversed[0] = steps.undo(alice, 1).get(0).rows());
            redo = Stopwatch.millis(() -> reversed[1] = steps.redo(alice, 1).get(0).rows());
            if (reversed[0] != rows + 1 || reversed[1] != rows + 1) { // the rows and the import's record
                throw new IllegalStateException("the undo and redo changed " + reversed[0] + " and " + reversed[1] + " rows, not " + (rows + 1));
            }
            BackupService backups = new BackupService(store, accounts, Clock.systemUTC());
            export = importOnly ? 0 : Stopwatch.millis(() -> {
                try (Writer w = Files.newBufferedWriter(backup, StandardCharsets.UTF_8)) {
                    backups.export(root, w);
                }
            });
        }
        try (Store empty = Store.open(work.resolve("restored"))) {
            AccountService accounts = new AccountService(empty, new PasswordHasher(Argon2Params.OWASP, new SecureRandom()),
                    PasswordPolicy.bundled(), settings, DefaultCategories.bundled(), Clock.systemUTC());
            BackupService backups = new BackupService(empty, accounts, Clock.systemUTC());
            restore = importOnly ? 0 : Stopwatch.millis(() -> {
                try (Reader in = Files.newBufferedReader(backup, StandardCharsets.UTF_8)) {
                    backups.restore(in);
                }
            });
        }
        double sqlite = Stopwatch.millis(() -> sqliteImport(csv, work.resolve("sqlite.db")));
        System.out.printf(Locale.ROOT, "%n| measure | finterm | SQLite | ratio |%n|---|---|---|---|%n");
        System.out.printf(Locale.ROOT, "| import %,d CSV rows (parse, validate, commit) | %.0f ms | %.0f ms | %.2f |%n", rows, ours, sqlite, ours / sqlite);
        System.out.printf(Locale.ROOT, "| undo of that import (one step) | %.0f ms | | |%n", undo);
        System.out.printf(Locale.ROOT, "| redo of it | %.0f ms | | |%n", redo);
        System.out.printf(Locale.ROOT, "%nundo / import: %.2f; redo / import: %.2f (the limit for undo is 1.00)%n", undo / ours, redo / ours);
        if (importOnly) {
            return;
        }
        System.out.printf(Locale.ROOT, "| export to JSON (%,d bytes) | %.0f ms | | |%n", Files.size(backup), export);
        System.out.printf(Locale.ROOT, "| restore from JSON | %.0f ms | | |%n", restore);
    }

    private static void sqliteImport(Path csv, Path db) throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db)) {
            try (Statement s = c.createStatement()) {
                s.execute("pragma journal_mode=wal");
                s.execute("pragma synchronous=full");
                s.execute("create table transactions (id integer primary key, user integer, account integer, date integer, kind integer,"
                        + " category text, amount integer, currency text, description text)");
                s.execute("create index tx_user_date on transactions(user, date)");
                s.execute("create index tx_user_cat_date on transactions(user, category, date)");
                s.execute("create index tx_user_account_date on transactions(user, account, date)");
            }
            c.setAutoCommit(false);
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8);
                 CSVParser parser = CSVParser.parse(in, CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get());
                 PreparedStatement p = c.prepareStatement("insert into transactions values (null,1,1,?,?,?,?,?,?)")) {
                int n = 0;
                for (CSVRecord r : parser) {
                    p.setLong(1, LocalDate.parse(r.get("date")).toEpochDay());
                    p.setInt(2, r.get("type").equals("income") ? 0 : 1);
                    p.setString(3, r.get("category"));
                    p.setLong(4, new java.math.BigDecimal(r.get("amount")).movePointRight(2).longValueExact());
                    p.setString(5, r.get("currency"));
                    p.setString(6, r.get("description"));
                    p.addBatch();
                    if (++n % 10_000 == 0) {
                        p.executeBatch();
                    }
                }
                p.executeBatch();
            }
            c.commit();
        }
    }
}
