package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.Category;
import io.finterm.domain.Tags;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxStatus;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.store.AggregateRow;
import io.finterm.store.KeyRange;
import io.finterm.store.Page;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A user's own transactions: add, edit, delete, look up, list with a filter, and the suggestions
 * and completions the entry form offers. Nobody, administrators included, reaches another
 * person's transactions through this service.
 */
public final class TransactionService {
    private static final int BATCH = 512;
    /** From this offset on, a page by date skips whole months on their counts before stepping through the index. */
    private static final int DEEP_OFFSET = 1_000;

    private final Store store;
    private final Sessions sessions;
    private final CategoryNames categoryNames = new CategoryNames();
    private final Steps steps;

    public TransactionService(Store store, AccountService accounts) {
        this.store = store;
        this.sessions = accounts.sessions();
        this.steps = new Steps(accounts.clock());
    }

    public Transaction add(Session session, Entry entry) {
        User user = sessions.active(session);
        return store.write(tx -> {
            Transaction t = tx.insert(Schema.TRANSACTIONS, booked(tx, user, tx.nextId(Schema.TRANSACTIONS), entry, TxStatus.UNCLEARED));
            steps.record(tx, user, Steps.of("add", t));
            return t;
        });
    }

    /**
     * Replaces transaction {@code id} with {@code entry}, atomically, keeping its status. A transfer
     * is changed with {@link TransferService#edit}. A reconciled transaction is refused with
     * {@link ReconciledChange}: the person must have been asked first (then {@link #editReconciled}).
     */
    public Transaction edit(Session session, long id, Entry entry) {
        return edit(session, id, entry, false);
    }

    /** As {@link #edit}, for a person who was told that {@code id} is reconciled and confirmed the change. */
    public Transaction editReconciled(Session session, long id, Entry entry) {
        return edit(session, id, entry, true);
    }

    private Transaction edit(Session session, long id, Entry entry, boolean reconciledConfirmed) {
        User user = sessions.active(session);
        return store.write(tx -> {
            Transaction old = owned(tx, user, id);
            if (old.isTransfer()) {
                throw new ValidationException("type", "transaction " + id + " is a transfer; change it as a transfer, "
                        + "which changes both of its legs");
            }
            if (old.status() == TxStatus.RECONCILED && !reconciledConfirmed) {
                throw new ReconciledChange(id);
            }
            // An imported row keeps where it came from: its bank id still decides duplicates, and taking its
            // import back sees from the fingerprint that it was changed.
            Transaction changed = booked(tx, user, id, entry, old.status()).withOrigin(old.origin());
            steps.record(tx, user, Steps.edit(old, changed));
            // Moved to another account, it is on none of that account's statements yet.
            return tx.update(Schema.TRANSACTIONS, changed.accountId() == old.accountId() ? changed : changed.withStatus(TxStatus.UNCLEARED));
        });
    }

    /** {@code entry} as transaction {@code id}, in an open account of the user's whose currency it is in. */
    static Transaction booked(ReadTx rd, User user, long id, Entry entry, TxStatus status) {
        Account account = AccountLookup.open(rd, user, "account", entry.account());
        account.requireCurrency(entry.amount().currency());
        List<String> tags = Tags.of(entry.tags());
        if (!entry.isSplit()) {
            Category c = Categories.existing(rd, user.id(), entry.kind(), entry.category());
            return new Transaction(id, user.id(), account.id(), entry.date(), entry.kind(), c.id(), entry.amount(),
                    entry.description(), 0, entry.payee(), tags, status, List.of());
        }
        if (entry.category() != null && !entry.category().isBlank()) {
            throw new ValidationException("category", "a split transaction has its categories on its lines: "
                    + "give a category or split lines, not both");
        }
        return new Transaction(id, user.id(), account.id(), entry.date(), entry.kind(), 0, entry.amount(),
                entry.description(), 0, entry.payee(), tags, status, SplitLines.of(rd, user.id(), entry, account));
    }

    /**
     * Deletes transaction {@code id}; deleting one leg of a transfer deletes both. A reconciled transaction, or a
     * transfer with a reconciled leg, is refused with {@link ReconciledChange}: the person must have been asked
     * first (then {@link #deleteReconciled}).
     */
    public void delete(Session session, long id) {
        delete(session, id, false);
    }

    /** As {@link #delete}, for a person who was told that {@code id} (or its transfer's other leg) is reconciled and confirmed. */
    public void deleteReconciled(Session session, long id) {
        delete(session, id, true);
    }

    private void delete(Session session, long id, boolean reconciledConfirmed) {
        User user = sessions.active(session);
        store.write(tx -> {
            Transaction t = owned(tx, user, id);
            Transaction other = t.isTransfer() ? owned(tx, user, t.transferId()) : null;
            if (!reconciledConfirmed) {
                refuseReconciled(t, other);
            }
            steps.record(tx, user, other != null ? "delete of " + TransferService.label(tx, t, other) : Steps.of("delete", t));
            if (other != null) {
                tx.delete(Schema.TRANSACTIONS, other.id());
            }
            return tx.delete(Schema.TRANSACTIONS, t.id());
        });
    }

    /** Refuses with {@link ReconciledChange} when {@code t}, or {@code other} (its transfer's other leg, or null), is reconciled. */
    static void refuseReconciled(Transaction t, Transaction other) {
        if (t.status() == TxStatus.RECONCILED) {
            throw new ReconciledChange(t.id());
        }
        if (other != null && other.status() == TxStatus.RECONCILED) {
            throw new ReconciledChange(other.id());
        }
    }

    public Listed get(Session session, long id) {
        User user = sessions.active(session);
        return store.read(rd -> {
            Transaction t = owned(rd, user, id);
            return Listed.of(t, categoryNames.of(rd, user.id()));
        });
    }

    /**
     * The transactions that match {@code filter}, in {@code sort} order, {@code limit} of them after
     * skipping {@code offset}. By date this walks the (user, date) index from the filter's date
     * range and stops as soon as the page is full; other orders sort all matches first.
     */
    public List<Listed> list(Session session, Filter filter, Sort sort, int offset, int limit) {
        if (offset < 0 || limit < 0) {
            throw new ValidationException("page", "offset and limit must not be negative");
        }
        User user = sessions.active(session);
        return store.read(rd -> {
            Map<Long, String> names = categoryNames.of(rd, user.id());
            if (sort.byDate() && (filter.onlyDates() || filter.onlyTag())) {
                // Nothing to test row by row: whole months are skipped on their counts, the rest of the
                // offset by the index (the tag's, for a tag), without decoding a single skipped row.
                PageStart start = offset >= DEEP_OFFSET && filter.isEmpty()
                        ? afterWholeMonths(rd, user.id(), offset, sort.descending())
                        : new PageStart(FilterRows.range(user.id(), filter, filter.from(), filter.to()), offset);
                if (start == null) {
                    return List.<Listed>of(); // past the last transaction
                }
                Paging paging = new Paging(start.offset(), limit, null, sort.descending());
                return rd.scan(FilterRows.index(filter), start.range(), paging).rows().stream()
                        .map(t -> Listed.of(t, names)).toList();
            }
            Iterator<Listed> matches = matching(rd, user.id(), filter, sort.descending() && sort.byDate(), names);
            if (sort.byDate()) {
                List<Listed> page = new ArrayList<>(Math.min(limit, 1024));
                for (int skipped = 0; skipped < offset && matches.hasNext(); skipped++) {
                    matches.next();
                }
                while (page.size() < limit && matches.hasNext()) {
                    page.add(matches.next());
                }
                return page;
            }
            List<Listed> all = new ArrayList<>();
            matches.forEachRemaining(all::add);
            all.sort(order(sort));
            return all.subList(Math.min(offset, all.size()), (int) Math.min(all.size(), (long) offset + limit));
        });
    }

    /** How many of the user's transactions match {@code filter}; with no filter, counted on the index alone. */
    public long count(Session session, Filter filter) {
        User user = sessions.active(session);
        return store.read(rd -> {
            if (filter.isEmpty()) {
                return monthlyCounts(rd, user.id()).values().stream().mapToLong(Long::longValue).sum();
            }
            if (filter.onlyDates() || filter.onlyTag()) {
                return rd.count(FilterRows.index(filter), FilterRows.range(user.id(), filter, filter.from(), filter.to()));
            }
            Iterator<Listed> matches = matching(rd, user.id(), filter, false, categoryNames.of(rd, user.id()));
            long n = 0;
            for (; matches.hasNext(); matches.next()) {
                n++;
            }
            return n;
        });
    }

    private static KeyRange dateRange(long userId, LocalDate from, LocalDate to) {
        return KeyRange.between(new Object[] {userId, from.toEpochDay()}, new Object[] {userId, to.toEpochDay()});
    }

    /** Where a page begins: the dates to walk, and how many of their rows to skip. */
    private record PageStart(KeyRange range, int offset) {
    }

    /**
     * Where the page at {@code offset} of all the user's transactions begins, found by skipping
     * whole months on their counts; {@code null} when the offset is past the last transaction.
     */
    private static PageStart afterWholeMonths(ReadTx rd, long userId, int offset, boolean newestFirst) {
        TreeMap<YearMonth, Long> counts = monthlyCounts(rd, userId);
        long skipped = 0;
        for (var month : (newestFirst ? counts.descendingMap() : counts).entrySet()) {
            if (skipped + month.getValue() > offset) {
                YearMonth m = month.getKey();
                KeyRange range = newestFirst ? dateRange(userId, Transaction.FIRST_DATE, m.atEndOfMonth())
                        : dateRange(userId, m.atDay(1), Transaction.LAST_DATE);
                return new PageStart(range, (int) (offset - skipped));
            }
            skipped += month.getValue();
        }
        return null;
    }

    /**
     * How many transactions the user has in each month, from the accounts' monthly balances rather than
     * the rows: they count both legs of a transfer, which the monthly totals (income and expenses) leave out.
     */
    private static TreeMap<YearMonth, Long> monthlyCounts(ReadTx rd, long userId) {
        TreeMap<YearMonth, Long> counts = new TreeMap<>();
        for (AggregateRow row : rd.aggregate(Schema.ACCOUNT_BALANCES, KeyRange.prefix(userId))) {
            counts.merge(Schema.month(((Number) row.key().get(2)).longValue()), row.count(), Long::sum);
        }
        return counts;
    }

    private static Comparator<Listed> order(Sort sort) {
        Comparator<Listed> byDate = Comparator.comparing((Listed l) -> l.transaction().date())
                .thenComparingLong(l -> l.transaction().id());
        Comparator<Listed> key = switch (sort) {
            case AMOUNT_ASC, AMOUNT_DESC -> Comparator.comparing((Listed l) -> l.transaction().amount().toDecimal());
            case CATEGORY_ASC, CATEGORY_DESC -> Comparator.comparing((Listed l) -> l.category().toLowerCase(Locale.ROOT));
            default -> (a, b) -> 0;
        };
        Comparator<Listed> c = key.thenComparing(byDate);
        return sort.descending() ? c.reversed() : c;
    }

    /**
     * Walks the user's transactions in the filter's date range, in date order, keeping the matches; with a
     * tag term, only that tag's rows are read (from the tag index, in the same order).
     */
    private static Iterator<Listed> matching(ReadTx rd, long userId, Filter filter, boolean newestFirst, Map<Long, String> names) {
        KeyRange range = FilterRows.range(userId, filter, filter.from(), filter.to());
        var index = FilterRows.index(filter);
        return new Iterator<>() {
            private final List<Listed> buffer = new ArrayList<>();
            private int next;
            private Paging paging = newestFirst ? Paging.first(BATCH).reversed() : Paging.first(BATCH);
            private boolean more = true;

            @Override
            public boolean hasNext() {
                while (next == buffer.size() && more) {
                    buffer.clear();
                    next = 0;
                    Page<Transaction> page = rd.scan(index, range, paging);
                    for (Transaction t : page.rows()) {
                        if (filter.matches(t, names)) {
                            buffer.add(Listed.of(t, names));
                        }
                    }
                    more = page.hasMore();
                    paging = paging.after(page.lastKey());
                }
                return next < buffer.size();
            }

            @Override
            public Listed next() {
                if (!hasNext()) {
                    throw new java.util.NoSuchElementException();
                }
                return buffer.get(next++);
            }
        };
    }

    /**
     * What to fill in for a new entry whose description the user has used before: the category,
     * type and amount of the most recent transaction with that description (hledger add's habit).
     */
    public Optional<Entry> suggest(Session session, String description) {
        User user = sessions.active(session);
        String wanted = io.finterm.domain.Text.clean(description);
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        return store.read(rd -> {
            Map<Long, String> names = categoryNames.of(rd, user.id());
            Iterator<Listed> newest = matching(rd, user.id(), Filter.ALL, true, names);
            while (newest.hasNext()) {
                Listed l = newest.next();
                if (l.transaction().description().equalsIgnoreCase(wanted)) {
                    Transaction t = l.transaction();
                    return Optional.of(new Entry(null, t.kind(), l.category(), t.amount(), t.description()));
                }
            }
            return Optional.empty();
        });
    }

    /**
     * Parses a filter query for the user: as {@link FilterParser#parse(String, LocalDate, java.util.Collection, Map)},
     * so that a {@code cat:} or {@code acct:} naming none of the user's categories or accounts is refused.
     */
    public Filter filter(Session session, String query, LocalDate today) {
        User user = sessions.active(session);
        return store.read(rd -> FilterParser.parse(query, today,
                Categories.all(rd, user.id()).stream().map(Category::name).toList(), AccountLookup.names(rd, user.id())));
    }

    /** The names of the user's accounts by id, for showing which account each of their transactions is in. */
    public Map<Long, String> accountNames(Session session) {
        User user = sessions.active(session);
        return store.read(rd -> AccountLookup.names(rd, user.id()));
    }

    /** The user's category names that start with {@code prefix}, ignoring case, sorted. */
    public List<String> completeCategories(Session session, String prefix) {
        User user = sessions.active(session);
        String p = io.finterm.domain.Text.clean(prefix).toLowerCase(Locale.ROOT);
        return store.read(rd -> Categories.all(rd, user.id()).stream().map(Category::name)
                .filter(n -> n.toLowerCase(Locale.ROOT).startsWith(p)).distinct().sorted(String.CASE_INSENSITIVE_ORDER).toList());
    }

    /** Up to {@code limit} distinct past descriptions starting with {@code prefix}, most recent first. */
    public List<String> completeDescriptions(Session session, String prefix, int limit) {
        User user = sessions.active(session);
        String p = io.finterm.domain.Text.clean(prefix).toLowerCase(Locale.ROOT);
        return store.read(rd -> {
            TreeSet<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            List<String> out = new ArrayList<>();
            Iterator<Listed> newest = matching(rd, user.id(), Filter.ALL, true, Map.of());
            while (newest.hasNext() && out.size() < limit) {
                String d = newest.next().transaction().description();
                if (!d.isEmpty() && d.toLowerCase(Locale.ROOT).startsWith(p) && seen.add(d)) {
                    out.add(d);
                }
            }
            return out;
        });
    }

    /**
     * Transaction {@code id}, which must belong to {@code user}; another person's row is answered
     * exactly as a missing one.
     */
    static Transaction owned(ReadTx rd, User user, long id) {
        return rd.get(Schema.TRANSACTIONS, id).filter(t -> t.userId() == user.id()).orElseThrow(() -> new NoSuchTransaction(id));
    }
}
