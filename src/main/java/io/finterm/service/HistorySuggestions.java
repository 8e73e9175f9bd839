package io.finterm.service;

import io.finterm.domain.Category;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.store.KeyRange;
import io.finterm.store.Page;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.LongFunction;
import java.util.function.LongPredicate;

/**
 * Categories suggested for imported rows from what the person did before, when no rule decides:
 * first the category this payee most often had, then the category of the closest past description.
 * Learnt once per import ({@link #of} reads the store; everything after is pure): a suggestion is a few hash lookups and at most
 * {@link TextIndex#WORDS_READ} × {@link TextIndex#POSTINGS_READ} small comparisons, however long the
 * history, and the same texts, which a bank file repeats, are answered from a cache. Memory is bounded
 * by learning from at most {@link #MAX_ROWS} rows, the newest. Not thread-safe: one import is one thread.
 *
 * <p>Splits and transfers teach nothing (a split has no one category, a transfer none), nor does a row in
 * a category the caller ignores (Uncategorized: it is what is left undecided, not a decision). A
 * suggestion never creates a category and is always of the row's own kind.
 */
public final class HistorySuggestions {
    /** How many past rows are learnt from at most: about a few years of a busy household. */
    public static final int MAX_ROWS = 200_000;
    /**
     * How many past rows are read at most to find them: rows that teach nothing (a million imported and
     * left Uncategorized) are passed over, but not without end, since this is read at every import.
     */
    static final int MAX_READ = 5 * MAX_ROWS;
    /**
     * How close (cosine of rarity-weighted words, 0..1) a new text must be to a past one: about half its
     * weight must be shared. A merchant's name is the weightiest word, so "REWE City 77 Berlin" finds
     * "REWE Markt 1234 Berlin" (0.56 among three past texts, see the test), while "PAYPAL *NETFLIX" does
     * not find "PAYPAL *SPOTIFY" (a never-seen word weighs the most) and a shared city or "CB" alone is far below.
     */
    static final double THRESHOLD = 0.5;
    private static final int CACHE = 50_000;

    public enum Source { PAYEE, DESCRIPTION }

    /** A category for a row, where it came from, and why, in words: {@code payee 'REWE' was Groceries 9 of 10 times}. */
    public record Suggestion(long categoryId, Source source, String why) {
    }

    private final Map<TxKind, TextIndex> payees = new EnumMap<>(TxKind.class);
    private final Map<TxKind, TextIndex> descriptions = new EnumMap<>(TxKind.class);
    private final LongFunction<String> names;
    private final Map<String, Suggestion> cache = new HashMap<>();
    private int learnt;
    private int read;

    private HistorySuggestions(LongFunction<String> names) {
        this.names = names;
        for (TxKind kind : new TxKind[] {TxKind.INCOME, TxKind.EXPENSE}) {
            payees.put(kind, new TextIndex());
            descriptions.put(kind, new TextIndex());
        }
    }

    /**
     * Learns from {@code history}, which should come newest first: only its first {@link #MAX_ROWS}
     * rows that teach something are learnt, from at most its first {@link #MAX_READ}. Rows in a category for which {@code ignoredCategory} holds are
     * passed over. The reasons name a category by its id; {@link #of} names it by its name.
     */
    public static HistorySuggestions learn(Iterable<Transaction> history, LongPredicate ignoredCategory) {
        return learn(history, ignoredCategory, id -> "category " + id);
    }

    /** As {@link #learn(Iterable, LongPredicate)}, with {@code names} naming categories in the reasons. */
    public static HistorySuggestions learn(Iterable<Transaction> history, LongPredicate ignoredCategory, LongFunction<String> names) {
        HistorySuggestions s = new HistorySuggestions(names);
        for (Transaction t : history) {
            if (!s.add(t, ignoredCategory)) {
                break;
            }
        }
        return s;
    }

    /**
     * What the user {@code userId} did before, newest first, read page by page so that only
     * {@link #MAX_ROWS} rows are ever held; their Uncategorized categories are ignored.
     */
    static HistorySuggestions of(ReadTx rd, long userId) {
        Map<Long, String> names = new HashMap<>();
        Set<Long> ignored = new HashSet<>();
        for (Category c : Categories.all(rd, userId)) {
            names.put(c.id(), c.name());
            if (c.name().equalsIgnoreCase(Category.UNCATEGORIZED)) {
                ignored.add(c.id());
            }
        }
        HistorySuggestions s = new HistorySuggestions(id -> names.getOrDefault(id, "category " + id));
        Paging paging = Paging.first(4096).reversed();
        while (true) {
            Page<Transaction> page = rd.scan(Schema.TX_BY_DATE, KeyRange.prefix(userId), paging);
            for (Transaction t : page.rows()) {
                if (!s.add(t, ignored::contains)) {
                    return s;
                }
            }
            if (!page.hasMore()) {
                return s;
            }
            paging = paging.after(page.lastKey());
        }
    }

    /** Learns one row; false once {@link #MAX_ROWS} rows are learnt or {@link #MAX_READ} read, and nothing more is. */
    private boolean add(Transaction t, LongPredicate ignoredCategory) {
        if (learnt >= MAX_ROWS || read >= MAX_READ) {
            return false;
        }
        read++;
        if (t.isTransfer() || t.isSplit() || ignoredCategory.test(t.categoryId())) {
            return true;
        }
        learnt++;
        String payee = TextIndex.key(t.payee());
        if (!payee.isEmpty()) {
            payees.get(t.kind()).add(payee, t.payee(), t.categoryId());
        }
        String description = TextIndex.key(t.description());
        if (!description.isEmpty()) {
            descriptions.get(t.kind()).add(description, t.description(), t.categoryId());
        }
        return true;
    }

    /** How many past rows taught something. */
    public int learnt() {
        return learnt;
    }

    /**
     * The category for a row of {@code kind} with these texts, or null when the history does not decide:
     * a payee seen before (its key, or failing that the closest past payee) whose category clearly led
     * ({@link Tally#decisive}), else the closest past description whose category clearly led.
     */
    public Suggestion suggest(TxKind kind, String payee, String description) {
        if (kind == null || kind.isTransfer() || learnt == 0) {
            return null; // nothing learnt (a first import): no text is worth folding, a million times
        }
        String payeeKey = TextIndex.key(payee);
        String descriptionKey = TextIndex.key(description);
        if (payeeKey.isEmpty() && descriptionKey.isEmpty()) {
            return null;
        }
        String cacheKey = kind.ordinal() + "\u0000" + payeeKey + "\u0000" + descriptionKey;
        if (cache.containsKey(cacheKey)) {
            return cache.get(cacheKey);
        }
        Suggestion s = fromPayee(kind, payeeKey);
        if (s == null) {
            s = fromDescription(kind, descriptionKey);
        }
        if (cache.size() >= CACHE) {
            cache.clear(); // bounded: a file of a million different texts gains nothing from keeping them
        }
        cache.put(cacheKey, s);
        return s;
    }

    private Suggestion fromPayee(TxKind kind, String key) {
        TextIndex.Doc doc = decisive(payees.get(kind), key);
        // a payee that was now this, now that (a department store, Amazon) is not guessed: its description may tell
        return doc == null ? null : suggestion(doc, Source.PAYEE, (doc.key.equals(key) ? "payee '" : "payee like '") + shown(doc.shown)
                + "' was ");
    }

    private Suggestion fromDescription(TxKind kind, String key) {
        TextIndex.Doc doc = decisive(descriptions.get(kind), key);
        return doc == null ? null : suggestion(doc, Source.DESCRIPTION, "like '" + shown(doc.shown) + "', ");
    }

    /** The past text of this key, or else the closest one, when its category clearly led; otherwise null. */
    private static TextIndex.Doc decisive(TextIndex index, String key) {
        if (key.isEmpty()) {
            return null;
        }
        TextIndex.Doc doc = index.exact(key);
        if (doc == null) {
            TextIndex.Match m = index.closest(key, THRESHOLD);
            doc = m == null ? null : m.doc();
        }
        return doc != null && doc.tally.decisive() ? doc : null;
    }

    private Suggestion suggestion(TextIndex.Doc doc, Source source, String why) {
        long category = doc.tally.leader();
        int count = doc.tally.count(category);
        int total = doc.tally.total();
        return new Suggestion(category, source, why + names.apply(category) + " " + (total == 1 ? "once" : count + " of " + total + " times"));
    }

    /** A past text as a reason quotes it: no longer than a line's part needs. */
    private static String shown(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "..."; // ASCII: the screens have an ASCII mode
    }
}
