package io.finterm.service;

import io.finterm.analysis.Conversion;
import io.finterm.analysis.Lines;
import io.finterm.analysis.Totals;
import io.finterm.domain.MissingRateException;
import io.finterm.domain.Money;
import io.finterm.domain.RateOracle;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.store.KeyRange;
import io.finterm.store.MonthlyTotal;
import io.finterm.store.Page;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.StoreCorruptException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/** Reports over a user's own transactions, in their base currency. Sums are exact sums of minor units. */
public final class ReportService {
    private final Store store;
    private final Sessions sessions;
    private final RateOracle rates;

    public ReportService(Store store, AccountService accounts, RateOracle rates) {
        this.store = store;
        this.sessions = accounts.sessions();
        this.rates = rates;
    }

    /**
     * Totals of the transactions between {@code from} and {@code to} (inclusive; {@code null} for
     * open) that match {@code filter}, of {@code type} ({@code null} for both), grouped by {@code by}.
     * Without filter terms, whole months in the base currency come from the monthly totals; only the
     * months cut by the range or holding other currencies (which are converted day by day) are read
     * row by row. By account, every row is read: the monthly totals do not know accounts, and the
     * balances per account and month mix transfers with income and expenses. Transfers never count.
     */
    public Totals totals(Session session, LocalDate from, LocalDate to, Totals.By by, TxKind type, Filter filter) {
        User user = sessions.active(session);
        LocalDate start = latest(from, filter.from());
        LocalDate end = earliest(to, filter.to());
        if (start.isAfter(end)) {
            throw new ValidationException("from", start + " is after " + end);
        }
        Tally tally = new Tally(user, by, type);
        store.read(rd -> {
            Map<Long, String> names = Categories.names(rd, user.id());
            if (by.accounts()) {
                tally.accounts(AccountLookup.names(rd, user.id()));
            }
            if (!filter.isEmpty() || by.rowByRow()) {
                FilterRows.scan(rd, user.id(), filter, start, end, t -> tally.row(t, names, filter));
                return null;
            }
            TreeMap<YearMonth, List<MonthlyTotal>> months = new TreeMap<>();
            for (MonthlyTotal row : Schema.monthlyTotals(rd, KeyRange.between(
                    new Object[] {user.id(), Schema.month(YearMonth.from(start))}, new Object[] {user.id(), Schema.month(YearMonth.from(end))}))) {
                months.computeIfAbsent(row.month(), m -> new ArrayList<>()).add(row);
            }
            YearMonth firstSummed = null;
            YearMonth lastSummed = null;
            for (Map.Entry<YearMonth, List<MonthlyTotal>> month : months.entrySet()) {
                YearMonth m = month.getKey();
                boolean whole = !m.atDay(1).isBefore(start) && !m.atEndOfMonth().isAfter(end);
                if (whole && month.getValue().stream().allMatch(row -> user.baseCurrency().equals(row.currency()))) {
                    for (MonthlyTotal row : month.getValue()) {
                        tally.month(m, names.getOrDefault(row.categoryId(), "?"), row.kind(), row.count(), row.sum());
                    }
                    firstSummed = firstSummed == null ? m : firstSummed;
                    lastSummed = m;
                } else {
                    FilterRows.scan(rd, user.id(), filter, latest(start, m.atDay(1)), earliest(end, m.atEndOfMonth()),
                            t -> tally.row(t, names, filter));
                }
            }
            if (firstSummed != null) {
                tally.seen(first(rd, user.id(), firstSummed, false), first(rd, user.id(), lastSummed, true));
            }
            return null;
        });
        return tally.totals(from != null ? start : tally.first, to != null ? end : tally.last);
    }

    /** The sums by key, what was left out and why, and the first and last day counted. */
    private final class Tally {
        private record Key(YearMonth month, String category, String account, String payee, String tag, TxKind type) {
        }

        private final User user;
        private final Totals.By by;
        private final TxKind type;
        private final Map<Key, long[]> sums = new TreeMap<>(Comparator.comparing((Key k) -> k.month(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(k -> k.category(), Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER))
                .thenComparing(k -> k.account(), Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER))
                .thenComparing(k -> k.payee(), Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER))
                .thenComparing(k -> k.tag(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Key::type));
        /** Income minus expenses (or the one type's sum), each share once: by tag, the rows count a share once per tag. */
        private long total;
        /** Payees as first spelled, by their lower case: "Tesco" and "TESCO" are one row. */
        private final Map<String, String> payees = new java.util.HashMap<>();
        /** Whether a counted transaction has several tags (by tag). */
        private boolean severalTags;
        private Map<Long, String> accounts = Map.of();
        private final Conversion.Count conversion = new Conversion.Count();
        private LocalDate first;
        private LocalDate last;

        Tally(User user, Totals.By by, TxKind type) {
            this.user = user;
            this.by = by;
            this.type = type;
        }

        /** Groups rows by these account names (by id). */
        void accounts(Map<Long, String> names) {
            accounts = names;
        }

        /**
         * Counts each category share of {@code t} ({@link Lines#byCategory}) that matches, as the monthly
         * totals count it; a transfer leg is neither income nor an expense and never counts. By payee or
         * tag a row is not a category, so the matching shares are counted as one transaction of their sum
         * (the whole amount when every line matches), not once per category.
         */
        void row(Transaction t, Map<Long, String> names, Filter filter) {
            if (type != null && t.kind() != type) {
                return;
            }
            List<Transaction> matching = new ArrayList<>();
            for (Transaction share : Lines.byCategory(t)) {
                if (filter.matches(share, names)) {
                    matching.add(share);
                }
            }
            if (by.payees() || by.tags()) {
                if (matching.size() > 1) {
                    share(sum(matching), null);
                } else if (!matching.isEmpty()) {
                    share(matching.get(0), null);
                }
                return;
            }
            matching.forEach(share -> share(share, names.getOrDefault(share.categoryId(), "?")));
        }

        /** The shares of one transaction as one: the first with the amount of them all (same day, payee, tags and currency). */
        private static Transaction sum(List<Transaction> shares) {
            long minor = 0;
            for (Transaction share : shares) {
                minor = Math.addExact(minor, share.amount().minor());
            }
            Transaction first = shares.get(0);
            return new Transaction(first.id(), first.userId(), first.accountId(), first.date(), first.kind(), first.categoryId(),
                    new Money(minor, first.amount().currency()), first.description(), 0, first.payee(), first.tags(), first.status(), List.of());
        }

        private void share(Transaction t, String category) {
            Money amount;
            try {
                amount = rates.convert(t.amount(), t.date(), user.baseCurrency());
            } catch (MissingRateException e) {
                conversion.transactionLeftOut(t.amount().currency(), e.getMessage());
                return;
            }
            if (!t.amount().currency().equals(user.baseCurrency())) {
                conversion.transaction(t.date(), rates.rateDay(t.date(), t.amount().currency(), user.baseCurrency()));
            }
            seen(t.date(), t.date());
            YearMonth month = by.months() ? YearMonth.from(t.date()) : null;
            String account = by.accounts() ? accounts.getOrDefault(t.accountId(), "?") : null;
            String payee = by.payees() ? payee(t.payee()) : null;
            counted(t.kind(), amount.minor());
            if (!by.tags()) {
                add(new Key(month, by.categories() ? category : null, account, payee, null, t.kind()), 1, amount.minor());
                return;
            }
            severalTags |= t.tags().size() > 1;
            for (String tag : t.tags().isEmpty() ? List.of(Totals.UNTAGGED) : t.tags()) {
                add(new Key(month, null, account, null, tag, t.kind()), 1, amount.minor());
            }
        }

        private String payee(String payee) {
            return payee.isEmpty() ? Totals.NO_PAYEE : payees.computeIfAbsent(payee.toLowerCase(java.util.Locale.ROOT), k -> payee);
        }

        private void counted(TxKind kind, long minor) {
            total = Math.addExact(total, type == null && kind == TxKind.EXPENSE ? -minor : minor);
        }

        /** A whole month's count and sum of one category and kind, from the monthly totals (which know no accounts). */
        void month(YearMonth month, String category, TxKind kind, long count, long minor) {
            if (type != null && kind != type) {
                return;
            }
            counted(kind, minor);
            add(new Key(by.months() ? month : null, by.categories() ? category : null, null, null, null, kind), count, minor);
        }

        private void add(Key key, long count, long minor) {
            long[] v = sums.computeIfAbsent(key, k -> new long[2]);
            v[0] += count;
            v[1] = Math.addExact(v[1], minor);
        }

        void seen(LocalDate from, LocalDate to) {
            first = first == null || from.isBefore(first) ? from : first;
            last = last == null || to.isAfter(last) ? to : last;
        }

        Totals totals(LocalDate from, LocalDate to) {
            List<Totals.Row> rows = new ArrayList<>();
            for (Map.Entry<Key, long[]> e : sums.entrySet()) {
                Key k = e.getKey();
                rows.add(new Totals.Row(k.month(), k.category(), k.account(), k.payee(), k.tag(), k.type(), e.getValue()[0],
                        new Money(e.getValue()[1], user.baseCurrency())));
            }
            String note = severalTags ? "a transaction with several tags counts under each of them, so the rows add up to more than the total" : "";
            return new Totals(user.baseCurrency(), from, to, rows, new Money(total, user.baseCurrency()), conversion.conversion(), note);
        }
    }

    /**
     * The first (or with {@code newest}, the last) day of {@code month} with income or an expense of
     * the user; the month's totals say there is one, and transfers, which they do not count, are passed over.
     */
    private static LocalDate first(ReadTx rd, long userId, YearMonth month, boolean newest) {
        KeyRange range = KeyRange.between(new Object[] {userId, month.atDay(1).toEpochDay()}, new Object[] {userId, month.atEndOfMonth().toEpochDay()});
        Paging paging = newest ? Paging.first(16).reversed() : Paging.first(16);
        while (true) {
            Page<Transaction> page = rd.scan(Schema.TX_BY_DATE, range, paging);
            for (Transaction t : page.rows()) {
                if (!t.kind().isTransfer()) {
                    return t.date();
                }
            }
            if (!page.hasMore()) {
                throw new StoreCorruptException("the monthly totals count income or expenses in " + month + " that its rows do not hold; run finterm fsck");
            }
            paging = paging.after(page.lastKey());
        }
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null || Objects.requireNonNull(b).isAfter(a) ? b : a;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null || Objects.requireNonNull(b).isBefore(a) ? b : a;
    }
}
