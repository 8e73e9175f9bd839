package io.finterm.analysis;

import static io.finterm.analysis.Items.day;
import static io.finterm.analysis.Items.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutlierDetectorTest {
    private static final Period EVER = Period.between(day("2000-01-01"), day("2099-12-31"));
    private final OutlierDetector detector = new OutlierDetector(OutlierDetector.DEFAULT_MIN_SAMPLE);

    private static Ledger groceries(String... amounts) {
        Items items = new Items();
        for (int i = 0; i < amounts.length; i++) {
            items.expense(LocalDate.of(2024, 1, 1).plusDays(i).toString(), "Groceries", amounts[i]);
        }
        return items.ledger();
    }

    @Test
    void aPurchaseFortyTimesTheMedianIsFlaggedWithItsScoreAndAReasonInWords() {
        Outliers found = detector.detect(groceries("10", "10", "12", "8", "11", "9", "10", "10", "400"), EVER);
        assertEquals(1, found.transactions().size());
        Outliers.Flagged f = found.transactions().get(0);
        assertEquals(eur("400"), f.item().amount());
        // log scale: median ln 10; absolute deviations 0,0,0,0,ln 1.1,ln(10/9),ln 1.2,ln 1.25,ln 40 → MAD = ln 1.1
        assertEquals(0.6745 * Math.log(40) / Math.log(1.1), f.score(), 1e-9);
        assertEquals(eur("10"), f.median());
        assertEquals(40.0, f.ratio(), 1e-9);
        assertEquals("€400.00 is 40× your median Groceries purchase (€10.00)", f.reason());
    }

    @Test
    void smallRatiosUseOneDecimalPlace() {
        Outliers found = detector.detect(groceries("84.10", "80", "90", "84.10", "85", "83", "84.10", "86", "812.40"), EVER);
        assertEquals("€812.40 is 9.7× your median Groceries purchase (€84.10)", found.transactions().get(0).reason());
    }

    @Test
    void whenMostAmountsAreEqualTheIqrRuleJudges() {
        // MAD is 0 (six of nine are 10); quartiles by Commons Math's default estimate: Q1 = ln 10, Q3 = (ln 11 + ln 12) / 2
        Outliers found = detector.detect(groceries("10", "10", "10", "10", "10", "10", "11", "12", "200"), EVER);
        assertEquals(1, found.transactions().size());
        double q3 = (Math.log(11) + Math.log(12)) / 2;
        assertEquals((Math.log(200) - q3) / (q3 - Math.log(10)), found.transactions().get(0).score(), 1e-9);
    }

    @Test
    void withNoSpreadAtAllNothingIsJudged() {
        assertEquals(List.of(), detector.detect(groceries("10", "10", "10", "10", "10", "10", "10", "10", "50"), EVER).transactions());
    }

    @Test
    void aCategoryWithFewerThanTheMinimumSampleIsNeverFlagged() {
        String[] seven = {"10", "11", "9", "10", "12", "8", "5000"};
        assertEquals(List.of(), detector.detect(groceries(seven), EVER).transactions());
        assertEquals(1, new OutlierDetector(7).detect(groceries(seven), EVER).transactions().size());
        assertThrows(ValidationException.class, () -> new OutlierDetector(2));
    }

    @Test
    void spendingLessThanUsualIsNotAWarning() {
        assertEquals(List.of(), detector.detect(groceries("100", "110", "90", "100", "105", "95", "100", "98", "0.01"), EVER).transactions());
    }

    @Test
    void onlyTransactionsInThePeriodAreReportedButTheWholeHistoryJudges() {
        Ledger ledger = groceries("10", "10", "12", "8", "11", "9", "10", "10", "400");
        Period firstWeek = Period.between(day("2024-01-01"), day("2024-01-07"));
        assertEquals(List.of(), detector.detect(ledger, firstWeek).transactions());
        assertEquals(1, detector.detect(ledger, Period.between(day("2024-01-09"), day("2024-01-09"))).transactions().size());
    }

    @Test
    void aMonthFarAboveTheCategorysUsualMonthIsFlagged() {
        Items items = new Items();
        for (int m = 1; m <= 12; m++) {
            items.expense(String.format("2024-%02d-03", m), "Dining", m == 7 ? "2400" : String.valueOf(90 + 3 * m));
            items.expense(String.format("2024-%02d-17", m), "Dining", "20");
        }
        Outliers found = detector.detect(items.ledger(), EVER);
        assertEquals(1, found.months().size());
        Outliers.FlaggedMonth july = found.months().get(0);
        assertEquals(YearMonth.of(2024, 7), july.month());
        assertEquals(eur("2420"), july.total());
        assertTrue(july.reason().startsWith("Dining in 2024-07: €2,420.00 is "), july.reason());
    }

    private static final String[] NAMES = {"Groceries", "Dining", "Transport", "Utilities", "Entertainment", "Health", "Shopping", "Travel", "Coffee"};
    private static final double[] MEDIANS = {35, 25, 8, 60, 20, 30, 45, 150, 4};
    private static final double[] SPREADS = {0.6, 0.5, 0.7, 0.4, 0.8, 0.9, 1.0, 0.9, 0.3};
    private static final int[] PER_YEAR = {150, 80, 200, 24, 40, 15, 60, 20, 250};

    /**
     * Realistic spending: five years of categories with log-normal amounts of different medians and
     * spreads (σ of the log from 0.3 for coffee to 1.0 for shopping), and one purchase in each category
     * planted at 60 times the category's median purchase.
     */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void onRealisticDataItFlagsWellUnderOneInAHundredAndFindsEveryPlantedOutlier(long seed) {
        List<Item> items = new ArrayList<>();
        Set<Long> planted = generate(new Random(seed), SPREADS, 60, items);
        Outliers found = detector.detect(new Ledger(Items.EUR, items), EVER);

        Set<Long> flagged = new HashSet<>();
        found.transactions().forEach(f -> flagged.add(f.item().id()));
        assertTrue(flagged.containsAll(planted), () -> "missed planted outliers: " + planted + " vs " + flagged);
        long ordinary = flagged.stream().filter(id -> !planted.contains(id)).count();
        double rate = (double) ordinary / (items.size() - planted.size());
        assertTrue(rate < 0.002, () -> "flagged " + ordinary + " of " + items.size() + " ordinary purchases");

        // The same rule on the raw amounts would be noise: the log-normal tail itself looks extreme.
        long rawFlagged = 0;
        for (String name : NAMES) {
            double[] raw = items.stream().filter(i -> i.category().equals(name)).mapToDouble(i -> i.amount().minor()).toArray();
            RobustScore judge = new RobustScore(raw);
            for (double x : raw) {
                rawFlagged += judge.flags(judge.score(x)) ? 1 : 0;
            }
        }
        assertTrue(rawFlagged > 0.02 * items.size(), "raw scale flags " + rawFlagged + " of " + items.size());
    }

    /** Where a category's amounts vary less (σ up to 0.7), two dozen times the median is already caught. */
    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5})
    void inSteadyCategoriesTwoDozenTimesTheMedianIsCaught(long seed) {
        List<Item> items = new ArrayList<>();
        double[] steady = {0.6, 0.5, 0.7, 0.4, 0.6, 0.7, 0.7, 0.6, 0.3};
        Set<Long> planted = generate(new Random(seed), steady, 24, items);
        Set<Long> flagged = new HashSet<>();
        detector.detect(new Ledger(Items.EUR, items), EVER).transactions().forEach(f -> flagged.add(f.item().id()));
        assertTrue(flagged.containsAll(planted), () -> "missed planted outliers: " + planted + " vs " + flagged);
    }

    /** Five years of purchases in {@link #NAMES}, plus one at {@code times} each category's median; returns the planted ids. */
    private static Set<Long> generate(Random random, double[] spreads, double times, List<Item> items) {
        Set<Long> planted = new HashSet<>();
        LocalDate start = LocalDate.of(2020, 1, 1);
        for (int c = 0; c < NAMES.length; c++) {
            long[] cents = new long[PER_YEAR[c] * 5];
            for (int i = 0; i < cents.length; i++) {
                cents[i] = Math.max(1, Math.round(100 * MEDIANS[c] * Math.exp(spreads[c] * random.nextGaussian())));
                items.add(item(items.size() + 1, start.plusDays(random.nextInt(5 * 365)), NAMES[c], cents[i]));
            }
            Arrays.sort(cents);
            long usual = cents[cents.length / 2];
            planted.add(items.size() + 1L);
            items.add(item(items.size() + 1, start.plusDays(random.nextInt(5 * 365)), NAMES[c], Math.round(usual * times)));
        }
        return planted;
    }

    private static Item item(long id, LocalDate date, String category, long cents) {
        Money amount = new Money(cents, Items.EUR);
        return new Item(id, date, TxKind.EXPENSE, category, amount, amount, "");
    }
}
