package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.analysis.Period;
import io.finterm.analysis.Totals;
import io.finterm.analysis.Trend;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.store.Schema;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * A filter with a tag reads that tag's rows from the tag index: what it finds, in which order, page by
 * page, and what the reports make of it, must be what reading the whole history finds. {@code not:not:tag:X}
 * means the same as {@code tag:X} but, being negated, is read by date from the whole history: the reference.
 */
class TagFilterIndexTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 5);
    private final Accounts fx = new Accounts();
    private final Session alice = fx.alice();
    private final Session bob = fx.bob();

    /** 400 rows over two years, several a day, about one in five tagged trip-rome (some also tax), some split; bob's trip too. */
    private void history() {
        Random random = new Random(21);
        for (int i = 0; i < 400; i++) {
            LocalDate day = LocalDate.of(2024, 4, 1).plusDays(random.nextInt(700));
            List<String> tags = random.nextInt(5) == 0 ? (random.nextBoolean() ? List.of("trip-rome") : List.of("trip-rome", "tax"))
                    : random.nextInt(4) == 0 ? List.of("tax") : List.of();
            long cents = 100 + random.nextInt(20_000);
            List<Entry.SplitEntry> lines = random.nextInt(4) == 0
                    ? List.of(new Entry.SplitEntry("Dining", Money.of(cents / 3, "EUR"), ""),
                            new Entry.SplitEntry("Travel", Money.of(cents - cents / 3, "EUR"), ""))
                    : List.of();
            fx.transactions.add(alice, new Entry(day, TxKind.EXPENSE, lines.isEmpty() ? "Travel" : "", Money.of(cents, "EUR"),
                    "row " + i, null, i % 3 == 0 ? "Trattoria" : "", tags, lines));
            if (i % 50 == 0) {
                fx.transactions.add(bob, new Entry(day, TxKind.EXPENSE, "Travel", Money.of(cents, "EUR"), "bob's", null, "", List.of("trip-rome"), List.of()));
            }
        }
    }

    private Filter filter(String query) {
        return fx.transactions.filter(alice, query, TODAY);
    }

    @Test
    void aTagFilterReadFromTheTagIndexListsCountsAndPagesAsTheWholeHistoryDoes() {
        history();
        for (String[] pair : new String[][] {{"tag:trip-rome", "not:not:tag:trip-rome"}, {"tag:tax date:2025", "not:not:tag:tax date:2025"},
                {"tag:trip-rome cat:Dining", "not:not:tag:trip-rome cat:Dining"}, {"tag:trip-rome payee:tratt amt:>50", "not:not:tag:trip-rome payee:tratt amt:>50"},
                {"tag:trip-rome date:2025-03-01..2025-08-31", "not:not:tag:trip-rome date:2025-03-01..2025-08-31"}, {"tag:nobody", "not:not:tag:nobody"}}) {
            Filter indexed = filter(pair[0]);
            Filter scanned = filter(pair[1]);
            assertEquals(Schema.TX_BY_TAG, FilterRows.index(indexed), pair[0]);
            assertEquals(Schema.TX_BY_DATE, FilterRows.index(scanned), pair[1]);
            long count = fx.transactions.count(alice, scanned);
            assertEquals(count, fx.transactions.count(alice, indexed), pair[0]);
            for (Sort sort : Sort.values()) {
                List<Listed> all = fx.transactions.list(alice, scanned, sort, 0, 1_000);
                assertEquals(count, all.size());
                assertEquals(all, fx.transactions.list(alice, indexed, sort, 0, 1_000), pair[0] + " " + sort);
                for (int offset = 0; offset < count + 7; offset += 7) {
                    assertEquals(fx.transactions.list(alice, scanned, sort, offset, 7), fx.transactions.list(alice, indexed, sort, offset, 7),
                            pair[0] + " " + sort + " from " + offset);
                }
            }
            Period all = Period.between(LocalDate.of(2024, 1, 1), LocalDate.of(2026, 3, 31));
            Period cut = Period.between(LocalDate.of(2024, 11, 17), LocalDate.of(2025, 6, 3));
            for (Period p : List.of(all, cut)) {
                for (Totals.By by : Totals.By.values()) {
                    assertEquals(fx.reports.totals(alice, p.from(), p.to(), by, null, scanned), fx.reports.totals(alice, p.from(), p.to(), by, null, indexed));
                }
                assertEquals(fx.analysis.summary(alice, p, scanned), fx.analysis.summary(alice, p, indexed));
                assertEquals(fx.analysis.categories(alice, p, TxKind.EXPENSE, scanned), fx.analysis.categories(alice, p, TxKind.EXPENSE, indexed));
                assertEquals(fx.analysis.trend(alice, p, Trend.Granularity.MONTH, scanned), fx.analysis.trend(alice, p, Trend.Granularity.MONTH, indexed));
                assertEquals(fx.analysis.outliers(alice, p, scanned), fx.analysis.outliers(alice, p, indexed));
                assertEquals(fx.analysis.budgets(alice, p, scanned), fx.analysis.budgets(alice, p, indexed));
            }
        }
        // a tag alone (with dates) is counted and paged on the index without reading a row; with other terms, each row is tested
        assertTrue(filter("tag:trip-rome").onlyTag() && filter("tag:tax date:2025").onlyTag());
        assertTrue(!filter("tag:trip-rome cat:Dining").onlyTag() && !filter("tag:trip-rome tag:tax").onlyTag()
                && !filter("not:not:tag:trip-rome").onlyTag());
        List<Listed> trip = fx.transactions.list(alice, filter("tag:trip-rome"), Sort.DATE_ASC, 0, 1_000);
        assertTrue(trip.size() > 40, "about one row in five is on the trip: " + trip.size());
        assertTrue(trip.stream().allMatch(l -> l.transaction().userId() == alice.userId() && l.transaction().tags().contains("trip-rome")));
    }
}
