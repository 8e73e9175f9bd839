package io.finterm.service;

import io.finterm.domain.Plural;
import io.finterm.domain.Category;
import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.SplitLine;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.format.CsvRow;
import io.finterm.format.CsvSplits;
import io.finterm.format.CsvTransactions;
import io.finterm.store.Schema;
import io.finterm.store.Staging;
import io.finterm.store.Store;
import io.finterm.store.Table;
import java.io.Reader;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Imports transactions from CSV into the acting user's books, all or nothing: the whole file is
 * one write transaction, and any bad row rejects it, with every bad row listed.
 *
 * <p>The file is read, checked and encoded without the store's writer lock ({@link Staging}), so
 * that other people's logins and edits go on meanwhile; the lock is taken only briefly to reserve
 * ids, and then for the commit, which first checks again what the rows were checked against
 * ({@link ImportBasis}).
 */
public final class ImportService {
    /** How many bad rows are listed in full; the rest are counted. */
    public static final int LISTED_ERRORS = 100;
    private static final long PROGRESS_EVERY = 100_000;
    /** How many imported rows are held in memory before they are staged on disk, ahead of the commit. */
    static final int SPILL_EVERY = 50_000;

    private final Store store;
    private final Sessions sessions;
    private final String extraDatePattern;
    private final int partRows;

    public ImportService(Store store, AccountService accounts, String extraDatePattern) {
        this(store, accounts, extraDatePattern, SPILL_EVERY);
    }

    /** @param partRows rows per staged part: small in tests, to stage parts without large files */
    ImportService(Store store, AccountService accounts, String extraDatePattern, int partRows) {
        this.store = store;
        this.sessions = accounts.sessions();
        this.extraDatePattern = extraDatePattern;
        this.partRows = partRows;
    }

    /**
     * @param dryRun          check everything and report, but write nothing
     * @param allowDuplicates import rows that match an existing transaction instead of skipping them
     * @param account         the account for rows without an {@code account} column; {@code null} for the default
     */
    public record Options(boolean dryRun, boolean allowDuplicates, String account) {
        /** Into the default account, unless a row names another. */
        public Options(boolean dryRun, boolean allowDuplicates) {
            this(dryRun, allowDuplicates, null);
        }
    }

    /** What an import did (or, for a dry run, would do). */
    public record Summary(long imported, long duplicates, List<String> newCategories, boolean dryRun) {
    }

    /** The file had bad rows; nothing was imported. The message lists them. */
    public static final class Rejected extends FintermException {
        private final long badRows;

        Rejected(String message, long badRows) {
            super(message);
            this.badRows = badRows;
        }

        public long badRows() {
            return badRows;
        }
    }

    /** Imports {@code csv}; {@code progress} hears the number of rows read every 100,000 rows. */
    public Summary importCsv(Session session, Reader csv, Options options, LongConsumer progress) {
        User user = sessions.active(session);
        ImportAccounts accounts = store.read(rd -> new ImportAccounts(rd, user, options.account()));
        CsvTransactions parser = new CsvTransactions(extraDatePattern, accounts::forRow);
        // A dry run stages nothing; the staging file of a real one is gone when this returns or throws.
        try (Staging staging = options.dryRun() ? null : store.stage(partRows)) {
            Run run = new Run(store, staging, user, options);
            CsvSplits splits = new CsvSplits(run::add, run::error);
            parser.readAhead(csv, row -> {
                splits.accept(row);
                if (++run.rows % PROGRESS_EVERY == 0) {
                    progress.accept(run.rows);
                }
            }, (line, why) -> {
                splits.unreadable();
                run.error(line, why);
            });
            splits.finish();
            if (run.errors > 0) {
                throw run.rejection();
            }
            Summary summary = new Summary(run.imported, run.duplicates, run.created, options.dryRun());
            if (options.dryRun()) {
                return summary;
            }
            return store.commit(staging, tx -> {
                run.basis.commitTo(tx);
                return summary;
            });
        }
    }

    /** The state of one import while its rows stream through. */
    private static final class Run {
        private final Store store;
        private final Staging staging;
        private final ImportBasis basis;
        private final ExistingTransactions existing;
        private final User user;
        private final Options options;
        private final Map<String, Category> categories = new HashMap<>();
        private final Map<TxKind, Map<String, Category>> bySpelling = new EnumMap<>(TxKind.class);
        private final List<String> created = new ArrayList<>();
        private final List<String> listed = new ArrayList<>();
        long rows;
        long imported;
        long duplicates;
        long errors;
        /** A dry run's ids: counting down from the top, they can match no stored row. */
        private long dryRunIds = Long.MAX_VALUE;

        Run(Store store, Staging staging, User user, Options options) {
            this.store = store;
            this.staging = staging;
            this.existing = new ExistingTransactions(store, user.id());
            this.basis = new ImportBasis(user, options.allowDuplicates() || options.dryRun() ? null : existing);
            this.user = user;
            this.options = options;
        }

        /** A reserved id; transactions reserve them a part at a time, a file's few new categories one by one. */
        private long nextId(Table<?> table) {
            return staging == null ? dryRunIds-- : staging.nextId(table, table == Schema.TRANSACTIONS ? staging.partRows() : 1);
        }

        /** One transaction: a row of its own, or the rows of one split (which agree on all but their lines). */
        void add(List<CsvRow> rows) {
            if (errors > 0) {
                return; // the file is rejected already: keep checking rows, but build nothing more
            }
            CsvRow row = rows.get(0);
            try {
                List<SplitLine> lines = rows.size() == 1 ? List.of() : lines(rows);
                if (lines.isEmpty() && rows.size() > 1) {
                    return; // a line was refused, and said so
                }
                long category = lines.isEmpty() ? category(row.kind(), row.category()).id() : 0;
                Money amount = lines.isEmpty() ? row.amount() : sum(lines);
                Transaction t = new Transaction(nextId(Schema.TRANSACTIONS), user.id(), row.account().id(), row.date(),
                        row.kind(), category, amount, row.description(), 0, row.payee(), row.tags(), row.status(), lines);
                basis.used(row.account());
                if (!options.allowDuplicates() && existing.contains(t)) {
                    duplicates++;
                    return;
                }
                if (staging != null) {
                    staging.add(Schema.TRANSACTIONS, t); // goes to disk a part at a time: memory stays flat
                }
                imported++;
            } catch (ValidationException e) {
                error(row.line(), e.getMessage());
            }
        }

        /** A split's lines, each in the category its row names; empty when a row was refused (its error listed). */
        private List<SplitLine> lines(List<CsvRow> rows) {
            List<SplitLine> lines = new ArrayList<>(rows.size());
            for (CsvRow r : rows) {
                try {
                    lines.add(new SplitLine(category(r.kind(), r.category()).id(), r.amount(), r.memo()));
                } catch (ValidationException e) {
                    error(r.line(), e.getMessage());
                }
            }
            return lines.size() == rows.size() ? lines : List.of();
        }

        private static Money sum(List<SplitLine> lines) {
            long sum = 0;
            for (SplitLine l : lines) {
                try {
                    sum = Math.addExact(sum, l.amount().minor());
                } catch (ArithmeticException e) {
                    throw new ValidationException("amount", "the lines of this split add up to more than any amount can be");
                }
            }
            return new Money(sum, lines.get(0).amount().currency());
        }

        private Category category(TxKind kind, String name) {
            // By the spelling as written first: a file spells a category the same way row after row,
            // so most rows need no case folding.
            Map<String, Category> spellings = bySpelling.computeIfAbsent(kind, k -> new HashMap<>());
            Category c = spellings.get(name);
            if (c == null) {
                c = categoryByFoldedName(kind, name);
                spellings.put(name, c);
            }
            return c;
        }

        private Category categoryByFoldedName(TxKind kind, String name) {
            String key = kind.ordinal() + ":" + name.toLowerCase(Locale.ROOT);
            Category c = categories.get(key);
            if (c == null) {
                c = store.read(rd -> Categories.find(rd, user.id(), kind, name)).orElse(null);
                if (c != null) {
                    basis.found(c);
                } else {
                    c = new Category(nextId(Schema.CATEGORIES), user.id(), kind, Categories.newName(name));
                    basis.created(c);
                    created.add(kind.label() + ":" + c.name());
                }
                categories.put(key, c);
            }
            return c;
        }

        void error(long line, String message) {
            errors++;
            if (listed.size() < LISTED_ERRORS) {
                listed.add("line " + line + ": " + message);
            }
        }

        Rejected rejection() {
            StringBuilder sb = new StringBuilder("nothing was imported: " + Plural.of(errors, "row") + (errors == 1 ? " has" : " have")
                    + " problems");
            for (String l : listed) {
                sb.append(System.lineSeparator()).append(l);
            }
            if (errors > listed.size()) {
                sb.append(System.lineSeparator()).append("… and ").append(errors - listed.size()).append(" more");
            }
            return new Rejected(sb.toString(), errors);
        }
    }
}
