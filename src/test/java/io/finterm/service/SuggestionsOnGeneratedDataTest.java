package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Account;
import io.finterm.domain.Category;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import io.finterm.service.HistorySuggestions.Suggestion;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.Schema;
import io.finterm.testdata.BankStatementGenerator;
import io.finterm.testdata.BankStatementGenerator.Line;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * How often history's suggestions are right on rows they have not seen: for each of five generated
 * households, ten months of bank statements are stored as the person categorised them (one row in thirty
 * left Uncategorized, as people do), then the next two months are suggested for and compared with the
 * categories the person would give. Five households make about 680 held-back rows, so that one row is
 * 0.15 % and the shares below hold with room for chance.
 *
 * <p>The thresholds follow from the generator, not from a run. It makes about 68 rows a month: 52
 * from merchants by chance, 13 monthly ones and 3 one-off shops. The one-offs (4.4 %) no history can
 * know: they stay uncategorized (or, now and then, get a wrong guess). Amazon and dm (7.3 %) span two
 * categories 65/35, and the best the text allows is the majority: about 2.6 % of all rows are wrong
 * there, or uncategorized when a household's history happens to show no clear majority. Rare merchants
 * (the dentist, flights, 0.2-0.3 a month) are sometimes unseen in ten months: well under 1 %. Everything
 * else, about 87 % of rows, is a merchant seen before under one category behind noise (store numbers,
 * cities, dates, references, several spellings) that the key and the weighting are built for. So a
 * working suggester is right on at least 85 %, wrong on at most 6 %, and leaves at most 10 %
 * uncategorized. One that compared raw texts would leave most rows uncategorized (their numbers differ
 * on every row); one that guessed on no evidence would be wrong on the one-offs and the ambiguous rows.
 */
class SuggestionsOnGeneratedDataTest {
    private int right;
    private int wrong;
    private int none;
    private int rows;
    private final Map<String, int[]> byMerchant = new TreeMap<>();

    @Test
    void suggestionsAreRightOnMostHeldBackRowsAndRarelyWrong() {
        for (long household = 1; household <= 5; household++) {
            household(household);
        }
        int n = rows;
        System.out.printf(Locale.ROOT, "suggestions on held-back data: %d rows, %d right (%.1f %%), %d wrong, %d uncategorized%n",
                n, right, 100.0 * right / n, wrong, none);
        StringBuilder misses = new StringBuilder();
        byMerchant.forEach((m, t) -> {
            if (t[1] + t[2] > 0) {
                misses.append(String.format(Locale.ROOT, "%n  %s: %d right, %d wrong, %d none", m, t[0], t[1], t[2]));
            }
        });
        assertTrue(n >= 500, "two months of five households' statements: " + n + " rows");
        assertTrue(right * 100 >= 85 * n, right + " of " + n + " right" + misses);
        assertTrue(wrong * 100 <= 6 * n, wrong + " of " + n + " wrong" + misses);
        assertTrue(none * 100 <= 10 * n, none + " of " + n + " uncategorized" + misses);
    }

    private void household(long seed) {
        BankStatementGenerator generator = new BankStatementGenerator(seed);
        Accounts fx = trained(seed, generator.months(YearMonth.of(2025, 1), 10));
        long alice = fx.alice().userId();
        List<Line> heldBack = generator.months(YearMonth.of(2025, 11), 2);
        HistorySuggestions history = fx.store.read(rd -> HistorySuggestions.of(rd, alice));
        Map<String, Long> names = fx.store.read(rd -> {
            Map<String, Long> byName = new TreeMap<>();
            for (Category c : Categories.all(rd, alice)) {
                byName.put(c.kind() + ":" + c.name(), c.id());
            }
            return byName;
        });

        for (Line l : heldBack) {
            Suggestion s = history.suggest(l.kind(), l.payee(), l.description());
            int[] tally = byMerchant.computeIfAbsent(l.merchant(), m -> new int[3]);
            rows++;
            if (s == null) {
                none++;
                tally[2]++;
            } else if (s.categoryId() == names.get(l.kind() + ":" + l.category())) {
                right++;
                tally[0]++;
            } else {
                wrong++;
                tally[1]++;
            }
        }
    }

    /**
     * A store whose user alice has {@code training} booked in her default account as she categorised
     * it, but for one row in thirty that she left Uncategorized, as people do.
     */
    static Accounts trained(long seed, List<Line> training) {
        Accounts fx = new Accounts();
        long alice = fx.alice().userId();
        Map<TxKind, Long> uncategorized = new EnumMap<>(TxKind.class);
        Random forgetful = new Random(seed);
        fx.store.write(w -> {
            Account account = w.scan(Schema.ACCOUNTS_BY_NAME, KeyRange.prefix(alice), Paging.first(1)).rows().get(0);
            for (TxKind kind : new TxKind[] {TxKind.INCOME, TxKind.EXPENSE}) {
                uncategorized.put(kind, w.insert(Schema.CATEGORIES, new Category(w.nextId(Schema.CATEGORIES), alice, kind,
                        Category.UNCATEGORIZED)).id());
            }
            for (Line l : training) {
                // one row in thirty the person never got round to categorising
                long category = forgetful.nextInt(30) == 0 ? uncategorized.get(l.kind())
                        : Categories.existing(w, alice, l.kind(), l.category()).id();
                w.insert(Schema.TRANSACTIONS, new Transaction(w.nextId(Schema.TRANSACTIONS), alice, account.id(), l.date(), l.kind(),
                        category, new Money(l.minor(), account.currency()), l.description(), 0, l.payee(), List.of(),
                        TxStatus.CLEARED, List.of()));
            }
            return null;
        });
        return fx;
    }
}
