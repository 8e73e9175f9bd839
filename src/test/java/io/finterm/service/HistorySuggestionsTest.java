package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Account;
import io.finterm.domain.Category;
import io.finterm.domain.Money;
import io.finterm.domain.SplitLine;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import io.finterm.service.HistorySuggestions.Source;
import io.finterm.service.HistorySuggestions.Suggestion;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.Schema;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Suggestions from history, worked by hand: a payee's clear majority category, the closest past
 * description by rarity-weighted words, and what is never learnt (Uncategorized, splits, transfers,
 * the other kind, anything older than the newest 200,000 rows).
 */
class HistorySuggestionsTest {
    static final long GROCERIES = 11;
    static final long HOUSEHOLD = 12;
    static final long FUEL = 13;
    static final long BOOKS = 14;
    static final long SALARY = 21;
    static final long UNCATEGORIZED = 99;
    static final Map<Long, String> NAMES = Map.of(GROCERIES, "Groceries", HOUSEHOLD, "Household", FUEL, "Fuel", BOOKS, "Books",
            SALARY, "Salary", UNCATEGORIZED, "Uncategorized");

    private final List<Transaction> history = new ArrayList<>();

    private void had(int times, TxKind kind, long category, String payee, String description) {
        for (int i = 0; i < times; i++) {
            history.add(row(history.size() + 1, kind, category, payee, description));
        }
    }

    private static Transaction row(long id, TxKind kind, long category, String payee, String description) {
        return new Transaction(id, 1, 1, LocalDate.of(2026, 1, 1), kind, category, Money.of(1000, "EUR"), description, 0,
                payee, List.of(), TxStatus.CLEARED, List.of());
    }

    private HistorySuggestions learnt() {
        return HistorySuggestions.learn(history, c -> c == UNCATEGORIZED, NAMES::get);
    }

    @Test
    void theKeyFoldsCaseAndAccentsAndDropsNumbersReferencesPunctuationAndLoneLetters() {
        assertEquals("rewe markt berlin", TextIndex.key("REWE Markt 1234 Berlin"));
        assertEquals("cb carrefour", TextIndex.key("CB CARREFOUR 18/11"));
        assertEquals("paypal spotify", TextIndex.key("PAYPAL *SPOTIFY 35314369001"));
        assertEquals("cafe creme", TextIndex.key("Café-Crème   n° 7 à"));
        assertEquals("backerei hauptstrasse", TextIndex.key("Bäckerei Hauptstraße 12"));
        assertEquals("", TextIndex.key("12/11 4711 -- *"));
        assertEquals("amzn mktp de", TextIndex.key("AMZN Mktp DE*2K4JL9Q1ZX"), "a reference of letters and digits is no word");
    }

    @Test
    void aPayeeGetsTheCategoryItMostOftenHadSayingHowOften() {
        had(9, TxKind.EXPENSE, GROCERIES, "REWE", "Kartenzahlung");
        had(1, TxKind.EXPENSE, HOUSEHOLD, "REWE", "Kartenzahlung");
        Suggestion s = learnt().suggest(TxKind.EXPENSE, "rewe", "");
        assertEquals(new Suggestion(GROCERIES, Source.PAYEE, "payee 'REWE' was Groceries 9 of 10 times"), s);
    }

    @Test
    void storeNumbersCitiesAsSpeltAndCaseDoNotMakeAnotherPayee() {
        had(2, TxKind.EXPENSE, GROCERIES, "REWE Markt 1234 Berlin", "");
        Suggestion s = learnt().suggest(TxKind.EXPENSE, "rewe markt 0042 BERLIN", "");
        assertEquals(GROCERIES, s.categoryId());
        assertEquals("payee 'REWE Markt 1234 Berlin' was Groceries 2 of 2 times", s.why());
    }

    @Test
    void sixtyPercentIsAClearMajorityAndFiftyIsNot() {
        had(3, TxKind.EXPENSE, BOOKS, "Amazon", "");
        had(2, TxKind.EXPENSE, HOUSEHOLD, "Amazon", "");
        had(2, TxKind.EXPENSE, BOOKS, "Thalia", "");
        had(2, TxKind.EXPENSE, HOUSEHOLD, "Thalia", "");
        HistorySuggestions h = learnt();
        assertEquals("payee 'Amazon' was Books 3 of 5 times", h.suggest(TxKind.EXPENSE, "AMAZON", "").why());
        assertNull(h.suggest(TxKind.EXPENSE, "Thalia", ""), "2 of 4 is no majority: left for the person");
    }

    @Test
    void aPayeeSeenOnceIsSuggestedButTwoRowsSplitOneOneAreNot() {
        had(1, TxKind.EXPENSE, FUEL, "Aral", "");
        had(1, TxKind.EXPENSE, FUEL, "Shell", "");
        had(1, TxKind.EXPENSE, GROCERIES, "Shell", "");
        HistorySuggestions h = learnt();
        assertEquals("payee 'Aral' was Fuel once", h.suggest(TxKind.EXPENSE, "ARAL", "").why());
        assertNull(h.suggest(TxKind.EXPENSE, "Shell", ""));
    }

    @Test
    void anAmbiguousPayeeLeavesTheDecisionToItsDescription() {
        had(1, TxKind.EXPENSE, BOOKS, "Amazon", "AMZN Kindle ebook");
        had(1, TxKind.EXPENSE, HOUSEHOLD, "Amazon", "AMZN Mktp vacuum bags");
        Suggestion s = learnt().suggest(TxKind.EXPENSE, "Amazon", "AMZN Kindle ebook 4471");
        assertEquals(new Suggestion(BOOKS, Source.DESCRIPTION, "like 'AMZN Kindle ebook', Books once"), s);
    }

    /**
     * Three past descriptions; weights are ln(1 + 3 / documents with the word): rewe, markt, lidl, aral,
     * tankstelle ln 4 = 1.386, berlin (in all three) ln 2 = 0.693, and city, never seen, counts as seen once,
     * ln 4. "REWE City 77 Berlin" shares rewe and berlin with the first: 2.402 / sqrt(4.324 × 4.324) = 0.556,
     * over 0.5. With "Aral Tankstelle Berlin" it shares only berlin: 0.480 / sqrt(4.324 × 4.324) = 0.111.
     */
    @Test
    void theClosestPastDescriptionSharesTheRareWordsNotTheCity() {
        had(1, TxKind.EXPENSE, GROCERIES, "", "REWE Markt Berlin");
        had(1, TxKind.EXPENSE, GROCERIES, "", "LIDL Berlin");
        had(1, TxKind.EXPENSE, FUEL, "", "ARAL Tankstelle Berlin");
        HistorySuggestions h = learnt();
        assertEquals(new Suggestion(GROCERIES, Source.DESCRIPTION, "like 'REWE Markt Berlin', Groceries once"),
                h.suggest(TxKind.EXPENSE, "", "REWE City 77 Berlin"));
        assertNull(h.suggest(TxKind.EXPENSE, "", "Boulangerie Berlin"), "a shared city alone is no likeness");
    }

    @Test
    void aCloseMatchOfTheCommonWordOnlyIsRefused() {
        had(3, TxKind.EXPENSE, HOUSEHOLD, "PAYPAL *SPOTIFY 35314369001", "");
        had(3, TxKind.EXPENSE, BOOKS, "PAYPAL *AUDIBLE 35314369001", "");
        had(3, TxKind.EXPENSE, GROCERIES, "PAYPAL *PICNIC 35314369001", "");
        HistorySuggestions h = learnt();
        assertEquals(HOUSEHOLD, h.suggest(TxKind.EXPENSE, "PAYPAL *SPOTIFY 99887766", "").categoryId());
        assertNull(h.suggest(TxKind.EXPENSE, "PAYPAL *NETFLIX 35314369001", ""));
    }

    @Test
    void aPayeeLikeAPastOneIsSuggestedByThatOne() {
        had(4, TxKind.EXPENSE, GROCERIES, "REWE Markt 1234 Berlin", "");
        had(2, TxKind.EXPENSE, GROCERIES, "LIDL Berlin", "");
        had(2, TxKind.EXPENSE, FUEL, "ARAL Berlin", "");
        Suggestion s = learnt().suggest(TxKind.EXPENSE, "REWE Markt 77 Hamburg", "");
        assertEquals(new Suggestion(GROCERIES, Source.PAYEE, "payee like 'REWE Markt 1234 Berlin' was Groceries 4 of 4 times"), s);
    }

    @Test
    void uncategorizedSplitsAndTransfersTeachNothing() {
        had(5, TxKind.EXPENSE, UNCATEGORIZED, "Kiosk", "");
        history.add(new Transaction(90, 1, 1, LocalDate.of(2026, 1, 1), TxKind.EXPENSE, 0, Money.of(1000, "EUR"), "", 0,
                "Markthalle", List.of(), TxStatus.CLEARED,
                List.of(new SplitLine(GROCERIES, Money.of(400, "EUR"), ""), new SplitLine(HOUSEHOLD, Money.of(600, "EUR"), ""))));
        history.addAll(List.of(Transaction.transferLegs(91, 92, 1, 1, 2, LocalDate.of(2026, 1, 1), Money.of(500, "EUR"),
                Money.of(500, "EUR"), "Savings").out()));
        had(1, TxKind.EXPENSE, GROCERIES, "Kiosk", "");
        HistorySuggestions h = learnt();
        assertEquals(1, h.learnt());
        assertEquals("payee 'Kiosk' was Groceries once", h.suggest(TxKind.EXPENSE, "Kiosk", "").why());
        assertNull(h.suggest(TxKind.EXPENSE, "Markthalle", ""));
        assertNull(h.suggest(TxKind.EXPENSE, "", "Savings"));
        assertNull(h.suggest(TxKind.TRANSFER_OUT, "Kiosk", ""));
    }

    @Test
    void incomeIsSuggestedOnlyFromIncomeAndExpensesOnlyFromExpenses() {
        had(3, TxKind.INCOME, SALARY, "ACME GmbH", "Gehalt");
        HistorySuggestions h = learnt();
        assertEquals(SALARY, h.suggest(TxKind.INCOME, "ACME GMBH", "Gehalt 11/2026").categoryId());
        assertNull(h.suggest(TxKind.EXPENSE, "ACME GmbH", "Gehalt"));
    }

    @Test
    void onlyTheNewestTwoHundredThousandRowsAreLearnt() {
        int total = HistorySuggestions.MAX_ROWS + 1000;
        Iterable<Transaction> newestFirst = () -> new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i < total;
            }

            @Override
            public Transaction next() {
                i++;
                return row(i, TxKind.EXPENSE, i <= HistorySuggestions.MAX_ROWS ? GROCERIES : FUEL,
                        i <= HistorySuggestions.MAX_ROWS ? "Shop" : "Oldtimer Garage", "");
            }
        };
        HistorySuggestions h = HistorySuggestions.learn(newestFirst, c -> false);
        assertEquals(HistorySuggestions.MAX_ROWS, h.learnt());
        assertNull(h.suggest(TxKind.EXPENSE, "Oldtimer Garage", ""), "older than the newest 200,000 rows");
        assertEquals(GROCERIES, h.suggest(TxKind.EXPENSE, "Shop", "").categoryId());
    }

    @Test
    void rowsThatTeachNothingAreReadOnlyUpToTheLimit() {
        Iterable<Transaction> newestFirst = () -> new Iterator<>() {
            int i;

            @Override
            public boolean hasNext() {
                return i <= HistorySuggestions.MAX_READ;
            }

            @Override
            public Transaction next() {
                i++;
                // a million rows left Uncategorized, then one the person filed, older than the limit
                return row(i, TxKind.EXPENSE, i <= HistorySuggestions.MAX_READ ? UNCATEGORIZED : GROCERIES, "Shop", "");
            }
        };
        HistorySuggestions h = HistorySuggestions.learn(newestFirst, c -> c == UNCATEGORIZED);
        assertEquals(0, h.learnt());
        assertNull(h.suggest(TxKind.EXPENSE, "Shop", ""));
    }

    @Test
    void aMillionSuggestionsOfManyTextsAreCheap() {
        for (int m = 0; m < 2000; m++) {
            had(3, TxKind.EXPENSE, m % 2 == 0 ? GROCERIES : HOUSEHOLD, "", "KARTENZAHLUNG " + merchant(m) + " BERLIN");
        }
        HistorySuggestions h = learnt();
        long start = System.nanoTime();
        long right = 0;
        for (int i = 0; i < 1_000_000; i++) {
            int m = i % 2000;
            // every row with a word never seen (an order code), and every tenth in another city: no two rows alike
            Suggestion s = h.suggest(TxKind.EXPENSE, "", "KARTENZAHLUNG " + merchant(m) + " " + i + " " + merchant(10_000 + i)
                    + (i % 10 == 0 ? " HAMBURG" : " BERLIN"));
            if (s != null && s.categoryId() == (m % 2 == 0 ? GROCERIES : HOUSEHOLD)) {
                right++;
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(1_000_000, right);
        // about 6 s on one busy core; reading all 2,000 past texts for each row would take minutes
        assertTrue(seconds < 40, "a million suggestions took " + seconds + " s");
    }

    /** A made-up merchant name of letters only, different for each number. */
    private static String merchant(int m) {
        StringBuilder b = new StringBuilder("M");
        for (int n = m; n > 0 || b.length() < 3; n /= 26) {
            b.append((char) ('a' + n % 26));
        }
        return b.toString();
    }

    @Test
    void ofReadsTheUsersHistoryNewestFirstWithoutTheirUncategorized() {
        Accounts fx = new Accounts();
        long alice = fx.alice().userId();
        fx.store.write(w -> {
            Account account = w.scan(Schema.ACCOUNTS_BY_NAME, KeyRange.prefix(alice), Paging.first(1)).rows().get(0);
            Category groceries = Categories.existing(w, alice, TxKind.EXPENSE, "Groceries");
            Category uncategorized = w.insert(Schema.CATEGORIES, new Category(w.nextId(Schema.CATEGORIES), alice, TxKind.EXPENSE,
                    Category.UNCATEGORIZED));
            long[][] rows = {{1, groceries.id()}, {2, uncategorized.id()}, {3, uncategorized.id()}, {4, groceries.id()}};
            for (long[] r : rows) {
                w.insert(Schema.TRANSACTIONS, new Transaction(w.nextId(Schema.TRANSACTIONS), alice, account.id(),
                        LocalDate.of(2026, 1, (int) r[0]), TxKind.EXPENSE, r[1], Money.of(300, "EUR"), "", 0,
                        r[0] == 4 ? "Café Central" : "Cafe  Central 12", List.of(), TxStatus.CLEARED, List.of()));
            }
            return null;
        });
        HistorySuggestions h = fx.store.read(rd -> HistorySuggestions.of(rd, alice));
        assertEquals(2, h.learnt());
        Suggestion s = h.suggest(TxKind.EXPENSE, "CAFE CENTRAL", "");
        assertNotNull(s, "learnt with the two Uncategorized rows, Groceries would be 2 of 4: no majority");
        assertEquals("payee 'Café Central' was Groceries 2 of 2 times", s.why(), "quoted as the newest row spells it");
    }
}
