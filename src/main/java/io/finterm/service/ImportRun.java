package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.Category;
import io.finterm.domain.Origin;
import io.finterm.domain.Plural;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.store.Schema;
import io.finterm.store.Staging;
import io.finterm.store.Store;
import io.finterm.store.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One import while its rows stream through, whatever the file's format: the ids it draws, the
 * categories it finds or creates, the rows it stages, what they were checked against
 * ({@link ImportBasis}), and what it counts and refuses. The format's own rules (which row is a
 * duplicate, how a row becomes a transaction) are its caller's.
 */
final class ImportRun {
    /** How many likely duplicates are listed by name in the summary; the rest are counted. */
    static final int LISTED_DUPLICATES = 20;

    final Store store;
    final User user;
    final ImportBasis basis;
    final ExistingTransactions existing;
    final long importId;
    /** The person's schedules: the rows that stand for their occurrences. */
    final ScheduleLinks links;
    private final Staging staging;
    private final Map<String, Category> categories = new HashMap<>();
    private final Map<TxKind, Map<String, Category>> bySpelling = new EnumMap<>(TxKind.class);
    final List<String> created = new ArrayList<>();
    private final List<String> listedErrors = new ArrayList<>();
    final List<String> listedDuplicates = new ArrayList<>();
    /** The accounts rows were booked in, by name, in the order first used. */
    final Set<String> accounts = new LinkedHashSet<>();
    long rows;
    long imported;
    long duplicates;
    long errors;
    long uncategorized;
    long byRule;
    long fromHistory;
    LocalDate first;
    LocalDate last;
    /** A dry run's ids: counting down from the top, they can match no stored row. */
    private long dryRunIds = Long.MAX_VALUE;

    /**
     * @param staging         where the rows go, or {@code null} for a dry run
     * @param checkDuplicates whether rows are judged against the transactions already booked (then the
     *                        days that judgement read must not change before the commit)
     */
    ImportRun(Store store, Staging staging, User user, boolean checkDuplicates, ScheduleLinks links) {
        this.store = store;
        this.links = links;
        this.staging = staging;
        this.user = user;
        this.existing = new ExistingTransactions(store, user.id());
        this.basis = new ImportBasis(user, checkDuplicates && staging != null ? existing : null);
        this.importId = nextId(Schema.IMPORTS);
    }

    /** Whether nothing is staged: a dry run, a detection or a preview. */
    boolean dryRun() {
        return staging == null;
    }

    /** A reserved id; transactions reserve them a part at a time, a file's few new categories one by one. */
    long nextId(Table<?> table) {
        return staging == null ? dryRunIds-- : staging.nextId(table, table == Schema.TRANSACTIONS ? staging.partRows() : 1);
    }

    /** Books {@code t} (whose id came from {@link #nextId}) as this import's, into {@code account}, which was open. */
    void book(Transaction t, Account account, String bankId, LocalDate otherDate) {
        basis.used(account);
        accounts.add(account.name());
        Transaction imported = t.withOrigin(new Origin(importId, bankId, otherDate, t.fingerprint()));
        if (staging != null) {
            staging.add(Schema.TRANSACTIONS, imported); // goes to disk a part at a time: memory stays flat
        }
        this.imported++;
        if (first == null || t.date().isBefore(first)) {
            first = t.date();
        }
        if (last == null || t.date().isAfter(last)) {
            last = t.date();
        }
    }

    /** The imports whose rows this one's skipped rows repeat. */
    final Set<Long> matched = new TreeSet<>();

    /** A row that is already booked as {@code old}, and so skipped; {@code why} names it for the summary. */
    void duplicate(String why, Transaction old) {
        duplicates++;
        if (old.origin().importId() != 0) {
            matched.add(old.origin().importId());
        }
        if (listedDuplicates.size() < LISTED_DUPLICATES) {
            listedDuplicates.add(why);
        }
    }

    /** Counts a booked bank row by where its category came from. */
    void categorized(Categorized.Source source) {
        switch (source) {
            case RULE -> byRule++;
            case HISTORY -> fromHistory++;
            case NONE -> uncategorized++;
            case FILE -> {
            }
        }
    }

    private final Map<Long, Category> byId = new HashMap<>();

    /** One of the user's categories, by id (a rule's, or the one history suggests); it must still be there at the commit. */
    Category category(long id) {
        Category c = byId.get(id);
        if (c == null) {
            c = store.read(rd -> rd.get(Schema.CATEGORIES, id)).filter(found -> found.userId() == user.id())
                    .orElseThrow(() -> new io.finterm.domain.FintermException(
                            "nothing was imported: a category that a rule or the history named was deleted meanwhile; import the file again"));
            basis.found(c);
            byId.put(id, c);
        }
        return c;
    }

    Category category(TxKind kind, String name) {
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
        if (listedErrors.size() < ImportService.LISTED_ERRORS) {
            listedErrors.add("line " + line + ": " + message);
        }
    }

    ImportService.Rejected rejection() {
        StringBuilder sb = new StringBuilder("nothing was imported: " + Plural.of(errors, "row") + (errors == 1 ? " has" : " have")
                + " problems");
        for (String l : listedErrors) {
            sb.append(System.lineSeparator()).append(l);
        }
        if (errors > listedErrors.size()) {
            sb.append(System.lineSeparator()).append("… and ").append(errors - listedErrors.size()).append(" more");
        }
        return new ImportService.Rejected(sb.toString(), errors, listedErrors);
    }
}
