package io.finterm.service;

import io.finterm.domain.MissingRateException;
import io.finterm.domain.Money;
import io.finterm.domain.RateOracle;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.store.KeyRange;
import io.finterm.store.Page;
import io.finterm.store.Paging;
import io.finterm.store.Schema;
import io.finterm.store.Store;
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
     */
    public Totals totals(Session session, LocalDate from, LocalDate to, Totals.By by, TxKind type, Filter filter) {
        User user = sessions.active(session);
        LocalDate start = latest(from, filter.from());
        LocalDate end = earliest(to, filter.to());
        if (start.isAfter(end)) {
            throw new ValidationException("from", start + " is after " + end);
        }
        record Key(YearMonth month, String category, TxKind type) {
        }
        Map<Key, long[]> sums = new TreeMap<>(Comparator.comparing((Key k) -> k.month(), Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(k -> k.category(), Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER))
                .thenComparing(Key::type));
        long[] other = {0};
        String[] reason = {null};
        LocalDate[] seen = {null, null};
        store.read(rd -> {
            Map<Long, String> names = Categories.names(rd, user.id());
            KeyRange range = KeyRange.between(new Object[] {user.id(), start.toEpochDay()}, new Object[] {user.id(), end.toEpochDay()});
            Paging paging = Paging.first(1024);
            while (true) {
                Page<Transaction> page = rd.scan(Schema.TX_BY_DATE, range, paging);
                for (Transaction t : page.rows()) {
                    String category = names.getOrDefault(t.categoryId(), "?");
                    if ((type != null && t.kind() != type) || !filter.matches(t, category)) {
                        continue;
                    }
                    Money amount;
                    try {
                        amount = rates.convert(t.amount(), t.date(), user.baseCurrency());
                    } catch (MissingRateException e) {
                        other[0]++;
                        reason[0] = reason[0] == null ? e.getMessage() : reason[0];
                        continue;
                    }
                    seen[0] = seen[0] == null ? t.date() : seen[0];
                    seen[1] = t.date();
                    boolean byMonth = by == Totals.By.MONTH || by == Totals.By.MONTH_CATEGORY;
                    boolean byCategory = by == Totals.By.CATEGORY || by == Totals.By.MONTH_CATEGORY;
                    long[] v = sums.computeIfAbsent(new Key(byMonth ? YearMonth.from(t.date()) : null,
                            byCategory ? category : null, t.kind()), k -> new long[2]);
                    v[0]++;
                    v[1] = Math.addExact(v[1], amount.minor());
                }
                if (!page.hasMore()) {
                    return null;
                }
                paging = paging.after(page.lastKey());
            }
        });
        List<Totals.Row> rows = new ArrayList<>();
        long total = 0;
        for (Map.Entry<Key, long[]> e : sums.entrySet()) {
            Key k = e.getKey();
            rows.add(new Totals.Row(k.month(), k.category(), k.type(), e.getValue()[0], new Money(e.getValue()[1], user.baseCurrency())));
            long signed = type == null && k.type() == TxKind.EXPENSE ? -e.getValue()[1] : e.getValue()[1];
            total = Math.addExact(total, signed);
        }
        return new Totals(user.baseCurrency(), from != null ? start : seen[0], to != null ? end : seen[1], rows,
                new Money(total, user.baseCurrency()), other[0], reason[0]);
    }

    private static LocalDate latest(LocalDate a, LocalDate b) {
        return a == null || Objects.requireNonNull(b).isAfter(a) ? b : a;
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null || Objects.requireNonNull(b).isBefore(a) ? b : a;
    }
}
