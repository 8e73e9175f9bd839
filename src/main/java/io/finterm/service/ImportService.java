package io.finterm.service;

import io.finterm.domain.BusinessDays;
import io.finterm.domain.Account;
import io.finterm.domain.FintermException;
import io.finterm.domain.ImportBatch;
import io.finterm.domain.Transaction;
import io.finterm.domain.User;
import io.finterm.format.CsvTransactions;
import io.finterm.format.ReadAhead;
import io.finterm.format.bank.BankFile;
import io.finterm.format.bank.BankFiles;
import io.finterm.format.bank.BankRow;
import io.finterm.format.bank.CsvOptions;
import io.finterm.format.bank.FileKind;
import io.finterm.format.bank.ImportSource;
import io.finterm.store.Schema;
import io.finterm.store.Staging;
import io.finterm.store.Store;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.LongConsumer;
import java.util.function.Supplier;

/**
 * Imports transactions into the acting user's books, all or nothing: the whole file is one write
 * transaction and one {@link ImportBatch}, which can be taken back ({@link ImportHistoryService}), and
 * any bad row rejects it, with every bad row listed. finterm's own CSV books rows into the categories
 * it names ({@link OwnCsvRows}); a bank file's rows go into one account, uncategorized ({@link BankRows}).
 *
 * <p>The file is read, checked and encoded without the store's writer lock ({@link Staging}), so
 * that other people's logins and edits go on meanwhile; the lock is taken only briefly to reserve
 * ids, and then for the commit, which first checks again what the rows were checked against
 * ({@link ImportBasis}).
 */
public final class ImportService {
    private final BusinessDays days;
    /** How many bad rows are listed in full; the rest are counted. */
    public static final int LISTED_ERRORS = 100;
    private static final long PROGRESS_EVERY = 100_000;
    /** How many imported rows are held in memory before they are staged on disk, ahead of the commit. */
    static final int SPILL_EVERY = 50_000;

    private final Store store;
    private final Sessions sessions;
    private final String extraDatePattern;
    private final int partRows;
    private final Clock clock;
    private final Steps steps;

    /** @param days the business days the schedules book by, so that a row is matched to the day they book on */
    public ImportService(Store store, AccountService accounts, String extraDatePattern, BusinessDays days, Clock clock) {
        this(store, accounts, extraDatePattern, SPILL_EVERY, days, clock);
    }

    /** @param partRows rows per staged part: small in tests, to stage parts without large files */
    ImportService(Store store, AccountService accounts, String extraDatePattern, int partRows, Clock clock) {
        this(store, accounts, extraDatePattern, partRows, BusinessDays.WEEKENDS_ONLY, clock);
    }

    private ImportService(Store store, AccountService accounts, String extraDatePattern, int partRows, BusinessDays days, Clock clock) {
        this.days = days;
        this.store = store;
        this.sessions = accounts.sessions();
        this.extraDatePattern = extraDatePattern;
        this.partRows = partRows;
        this.clock = clock;
        this.steps = new Steps(clock);
    }

    /**
     * @param dryRun          check everything and report, but write nothing
     * @param allowDuplicates import rows that match an existing transaction instead of skipping them
     * @param account         the account the rows go into (for finterm's CSV, those without an {@code account}
     *                        column); {@code null} for the default
     * @param file            the file's name as the person gave it, kept with the import
     * @param csv             what the person said about a bank CSV's layout
     * @param keepLines       the lines of a bank file to book even though they look like rows the account has
     *                        (the import screen's toggled duplicates)
     */
    public record Options(boolean dryRun, boolean allowDuplicates, String account, String file, CsvOptions csv, Set<Long> keepLines) {
        public Options {
            file = file == null || file.isBlank() ? "(unnamed)" : file;
            csv = csv == null ? CsvOptions.NONE : csv;
            keepLines = keepLines == null ? Set.of() : Set.copyOf(keepLines);
        }

        public Options(boolean dryRun, boolean allowDuplicates, String account, String file, CsvOptions csv) {
            this(dryRun, allowDuplicates, account, file, csv, Set.of());
        }

        /** These options, reading and writing nothing: for a preview. */
        Options dry() {
            return new Options(true, allowDuplicates, account, file, csv, keepLines);
        }

        /** Into the default account, unless a row names another. */
        public Options(boolean dryRun, boolean allowDuplicates) {
            this(dryRun, allowDuplicates, null);
        }

        public Options(boolean dryRun, boolean allowDuplicates, String account) {
            this(dryRun, allowDuplicates, account, null, null);
        }
    }

    /** How many rows an import booked (or, for a dry run, would book) and skipped, and the categories it created. */
    public record Summary(long imported, long duplicates, List<String> newCategories, boolean dryRun) {
    }

    /**
     * What an import did, in full.
     *
     * @param importId         the import's id, for {@code import undo}; 0 for a dry run
     * @param account          the account the rows went into (finterm's CSV may name several, row by row: then all, by name)
     * @param uncategorized    how many rows went to {@code Uncategorized}
     * @param byRule           how many bank rows a rule categorised
     * @param fromHistory      how many bank rows took the category their payee or description had before
     * @param first            the earliest date booked, or {@code null} when nothing was
     * @param likelyDuplicates the first few skipped rows, each with the transaction it repeats
     * @param zeroAmounts      rows of 0.00, which move no money and are skipped
     * @param shortened        payees and descriptions cut to the length finterm keeps
     * @param linked           how many rows stand for an occurrence of a schedule, which is linked to them
     * @param linkedNamed      the first few of those occurrences, {@code Rent (2026-12-01)}
     */
    public record Result(Summary summary, long importId, String account, long uncategorized, long byRule, long fromHistory,
                         LocalDate first, LocalDate last, List<String> likelyDuplicates, long zeroAmounts, long shortened,
                         long linked, List<String> linkedNamed) {
        /** {@code linked 1 row to the schedule Rent (2026-12-01)}, or "" when no row was linked. */
        public String linkedSentence() {
            if (linked == 0) {
                return "";
            }
            return (summary.dryRun() ? "would link " : "linked ") + io.finterm.domain.Plural.of(linked, "row")
                    + (linked == 1 ? " to the schedule " : " to schedules: ") + String.join(", ", linkedNamed)
                    + (linked > linkedNamed.size() ? " and " + (linked - linkedNamed.size()) + " more" : "");
        }
    }

    /** The file had bad rows; nothing was imported. The message lists them. */
    public static final class Rejected extends FintermException {
        private final long badRows;
        private final List<String> listed;

        Rejected(String message, long badRows, List<String> listed) {
            super(message);
            this.badRows = badRows;
            this.listed = List.copyOf(listed);
        }

        public long badRows() {
            return badRows;
        }

        /** The first {@value #LISTED_ERRORS} bad rows, each {@code line N: field: reason}. */
        public List<String> listed() {
            return listed;
        }
    }

    /**
     * Imports {@code source}, whatever its format ({@link FileKind}): finterm's own CSV, or a bank file
     * into one account. finterm's JSON export is {@link BackupService#importOwn}'s.
     */
    public Result importFile(Session session, ImportSource source, Options options, LongConsumer progress) {
        sessions.active(session);
        FileKind kind = FileKind.of(source);
        return switch (kind) {
            case FINTERM_JSON -> throw new FintermException(source.name() + " is a JSON file: finterm imports its own JSON export, "
                    + "which takes no import options");
            case FINTERM_CSV -> ownCsv(session, source, options, progress, null);
            default -> importBank(session, BankFiles.open(kind, source, options.csv()), options, progress, null);
        };
    }

    /** What {@code finterm import --detect} shows: what was recognised, and the first rows as they would be stored. */
    public record Detection(List<String> detected, List<ImportPreview.Row> firstRows, Result result, String problem) {
    }

    /** How many rows {@link #detect} shows. */
    public static final int DETECT_ROWS = 10;

    /**
     * Recognises {@code source} and reads it through as a dry run: what was detected, the first
     * {@value #DETECT_ROWS} rows as they would be stored, and what an import would do or why it would
     * be refused. Writes nothing. A file that cannot be recognised at all throws, as an import would.
     */
    public Detection detect(Session session, ImportSource source, Options options) {
        sessions.active(session);
        Options dry = options.dry();
        FileKind kind = FileKind.of(source);
        List<ImportPreview.Row> first = new ArrayList<>();
        RowSink sample = new RowSink() {
            @Override
            public void booked(long line, Transaction t, String category, Categorized how) {
                if (first.size() < DETECT_ROWS) {
                    first.add(ImportPreview.row(line, t, category, how, null));
                }
            }

            @Override
            public void duplicate(long line, Transaction t, String category, Categorized how, Transaction old) {
            }
        };
        List<String> detected;
        Supplier<Result> reading;
        switch (kind) {
            case FINTERM_JSON -> throw new FintermException(source.name() + " is finterm's JSON export: there is nothing to detect");
            case FINTERM_CSV -> {
                detected = List.of("format: finterm CSV (its own header; comma, decimal point, ISO dates)");
                reading = () -> ownCsv(session, source, dry, n -> { }, sample);
            }
            default -> {
                BankFile file = BankFiles.open(kind, source, options.csv());
                detected = file.detected();
                reading = () -> importBank(session, file, dry, n -> { }, sample);
            }
        }
        try {
            return new Detection(detected, first, reading.get(), null);
        } catch (FintermException e) { // bad rows, or a file in the wrong currency: shown beside what was detected
            return new Detection(detected, first, null, e.getMessage());
        }
    }

    /**
     * What importing {@code source} with {@code options} would book, row by row, and what it would
     * skip or refuse, for the import screen: at most {@value ImportPreview#SHOWN} rows are listed and every
     * row is counted. Writes nothing. A file that cannot be recognised at all throws, as an import would.
     */
    public ImportPreview.Preview preview(Session session, ImportSource source, Options options) {
        sessions.active(session);
        FileKind kind = FileKind.of(source);
        Options dry = options.dry();
        ImportPreview collected = new ImportPreview();
        return switch (kind) {
            case FINTERM_JSON -> throw new FintermException(source.name() + " is finterm's JSON export, which the import screen does not read; "
                    + "finterm import reads it");
            case FINTERM_CSV -> collected.of(List.of("format: finterm CSV (its own header; comma, decimal point, ISO dates)"),
                    () -> ownCsv(session, source, dry, n -> { }, collected));
            default -> {
                BankFile file = BankFiles.open(kind, source, options.csv());
                yield collected.of(file.detected(), () -> importBank(session, file, dry, n -> { }, collected));
            }
        };
    }

    private Result ownCsv(Session session, ImportSource source, Options options, LongConsumer progress, RowSink sample) {
        if (options.csv().any()) {
            throw new FintermException(source.name() + " has finterm's own CSV header, which needs no layout options; leave them out");
        }
        try (Reader in = new java.io.BufferedReader(new java.io.InputStreamReader(source.open(), StandardCharsets.UTF_8.newDecoder()),
                1 << 16)) {
            return importOwnCsv(session, in, options, progress, sample);
        } catch (IOException e) {
            throw new FintermException("cannot read " + source.name() + ": " + e.getMessage());
        }
    }

    /** Imports finterm's own CSV; {@code progress} hears the number of rows read every 100,000 rows. */
    public Summary importCsv(Session session, Reader csv, Options options, LongConsumer progress) {
        return importOwnCsv(session, csv, options, progress, null).summary();
    }

    /** As {@link #importCsv}, in full; {@code sample}, when not null, hears each row as it would be stored. */
    Result importOwnCsv(Session session, Reader csv, Options options, LongConsumer progress, RowSink sample) {
        User user = sessions.active(session);
        ImportAccounts accounts = store.read(rd -> new ImportAccounts(rd, user, options.account()));
        CsvTransactions parser = new CsvTransactions(extraDatePattern, accounts::forRow);
        return run(user, accounts.fallback(), options, (run, counted) -> {
            OwnCsvRows rows = new OwnCsvRows(run, options.allowDuplicates(), options.keepLines(), sample);
            parser.readAhead(csv, row -> {
                rows.accept(row);
                counted.run();
            }, rows::unreadable);
            rows.finish();
            return null;
        }, progress);
    }

    /** Imports a bank file into one account; {@code sample}, when not null, hears each row as it would be stored. */
    Result importBank(Session session, BankFile file, Options options, LongConsumer progress, RowSink sample) {
        User user = sessions.active(session);
        Account account = store.read(rd -> AccountLookup.open(rd, user, "account", options.account()));
        Categorizer categorizer = store.read(rd -> Categorizer.of(rd, user.id()));
        return run(user, account, options, (run, counted) -> {
            BankRows rows = new BankRows(run, account, options.allowDuplicates(), categorizer, options.keepLines(), sample);
            ReadAhead.<BankRow>rowsAndErrors(file::read, row -> {
                rows.add(row);
                counted.run();
            }, run::error);
            return rows;
        }, progress);
    }

    /** Reads the rows into {@code run}, calling {@code counted} once per row; returns the bank rows' counts, or null. */
    private interface Reading {
        BankRows read(ImportRun run, Runnable counted);
    }

    private Result run(User user, Account account, Options options, Reading reading, LongConsumer progress) {
        // A dry run stages nothing; the staging file of a real one is gone when this returns or throws.
        try (Staging staging = options.dryRun() ? null : store.stage(partRows)) {
            ImportRun run = new ImportRun(store, staging, user, !options.allowDuplicates(),
                    ScheduleLinks.of(store, user.id(), LocalDate.now(clock), days));
            BankRows bank = reading.read(run, () -> {
                if (++run.rows % PROGRESS_EVERY == 0) {
                    progress.accept(run.rows);
                }
            });
            if (run.errors > 0) {
                throw run.rejection();
            }
            Summary summary = new Summary(run.imported, run.duplicates, run.created, options.dryRun());
            String into = run.accounts.isEmpty() ? account.name() : String.join(", ", run.accounts);
            Result result = new Result(summary, options.dryRun() ? 0 : run.importId, into, run.uncategorized, run.byRule,
                    run.fromHistory, run.first, run.last, List.copyOf(run.listedDuplicates), bank == null ? 0 : bank.zeroAmounts,
                    bank == null ? 0 : bank.shortened, run.links.count(), run.links.named());
            if (options.dryRun()) {
                return result;
            }
            if (run.imported == 0) {
                return new Result(summary, 0, into, 0, 0, 0, null, null, result.likelyDuplicates(), result.zeroAmounts(),
                        result.shortened(), 0, List.of()); // nothing to take back: no import is recorded
            }
            ImportBatch batch = new ImportBatch(run.importId, user.id(), clock.instant(), options.file(), account.id(), run.imported,
                    run.duplicates, null, List.copyOf(run.matched));
            return store.commit(staging, tx -> {
                // one step, however many rows: its staged rows get their images at the first undo
                steps.record(tx, user, "import of " + options.file() + " (" + io.finterm.domain.Plural.grouped(run.imported, "row") + ")");
                tx.recordImport(run.importId);
                run.basis.commitTo(tx);
                tx.insert(Schema.IMPORTS, batch);
                run.links.commitTo(tx); // after the rows: a LINKED row names one of them
                return result;
            });
        }
    }
}
