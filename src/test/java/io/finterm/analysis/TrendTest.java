package io.finterm.analysis;

import static io.finterm.analysis.Items.day;
import static io.finterm.analysis.Items.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.analysis.Trend.Granularity;
import io.finterm.domain.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrendTest {
    /** January to May: 60 on the 5th and 40, 50, 60, 70, 80 on the 20th; June so far: 60 on the 5th. */
    private final Ledger ledger = new Items()
            .expense("2024-01-05", "Groceries", "60").expense("2024-01-20", "Rent", "40")
            .expense("2024-02-05", "Groceries", "60").expense("2024-02-20", "Rent", "50")
            .expense("2024-03-05", "Groceries", "60").expense("2024-03-20", "Rent", "60")
            .expense("2024-04-05", "Groceries", "60").expense("2024-04-20", "Rent", "70")
            .expense("2024-05-05", "Groceries", "60").expense("2024-05-20", "Rent", "80")
            .income("2024-05-25", "Salary", "500")
            .expense("2024-06-05", "Groceries", "60")
            .ledger();
    private final Period half = Period.between(day("2024-01-01"), day("2024-06-30"));

    @Test
    void theMonthlySeriesHoldsExactTotalsWithIncomeExpensesAndSavings() {
        Trend trend = Trend.of(ledger, half, Granularity.MONTH, day("2024-06-10"));
        assertEquals(List.of("2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"),
                trend.buckets().stream().map(Trend.Bucket::label).toList());
        assertEquals(List.of(eur("100"), eur("110"), eur("120"), eur("130"), eur("140"), eur("60")), trend.expenses().values());
        assertEquals(eur("500"), trend.income().values().get(4));
        assertEquals(eur("360"), trend.savings().values().get(4));
        assertEquals(eur("-100"), trend.savings().values().get(0));
    }

    @Test
    void eachCategoryLineAddsItsOwnItemsWhateverTheirSpellingAndNotTheOtherKindsOfTheSameName() {
        Ledger mixed = new Items()
                .expense("2024-01-05", "Groceries", "10").expense("2024-01-06", "groceries", "5")
                .expense("2024-02-05", "GROCERIES", "7").expense("2024-02-06", "Other", "3")
                .income("2024-02-07", "Other", "100").income("2024-02-08", "Salary", "900")
                .ledger();
        Trend trend = Trend.of(mixed, Period.between(day("2024-01-01"), day("2024-02-29")), Granularity.MONTH, day("2024-06-10"));
        assertEquals(List.of("Groceries", "Other", "Salary"), trend.categories().stream().map(Trend.Line::name).toList());
        assertEquals(List.of(eur("15"), eur("7")), trend.categories().get(0).values());
        assertEquals(List.of(eur("0"), eur("3")), trend.categories().get(1).values()); // the expense "Other" came first
        assertEquals(List.of(eur("0"), eur("900")), trend.categories().get(2).values());
    }

    @Test
    void theSlopeIsFittedThroughCompleteMonthsOnlyAndReadsInPercentPerMonth() {
        Trend trend = Trend.of(ledger, half, Granularity.MONTH, day("2024-06-10"));
        Slope slope = trend.expenses().slope();
        assertEquals(5, slope.points(), "June is not over, so it does not drag the slope down");
        assertEquals(10.0, slope.perStep(), 1e-9);
        assertEquals(100.0 * 10 / 120, slope.percent(), 1e-9);
        assertEquals(1.0, slope.rSquared(), 1e-12);
        assertEquals("+8.3 % per month", slope.describe());
        assertFalse(trend.buckets().get(5).complete());
        Trend.Line groceries = trend.categories().stream().filter(l -> l.name().equals("Groceries")).findFirst().orElseThrow();
        assertEquals("flat", groceries.slope().describe());
    }

    @Test
    void aSeriesSlopeStartsAtItsFirstTransactionSoConstantRentIsFlat() {
        // rent of 800 from April on, over a year that began in January: not a rise from zero
        Items items = new Items().expense("2024-01-10", "Groceries", "100").expense("2024-02-10", "Groceries", "100")
                .expense("2024-03-10", "Groceries", "100");
        for (int m = 4; m <= 6; m++) {
            items.expense("2024-0" + m + "-01", "Rent", "800").expense("2024-0" + m + "-10", "Groceries", "100");
        }
        Trend trend = Trend.of(items.ledger(), half, Granularity.MONTH, day("2024-07-01"));
        Trend.Line rent = trend.categories().stream().filter(l -> l.name().equals("Rent")).findFirst().orElseThrow();
        assertEquals(List.of(eur("0"), eur("0"), eur("0"), eur("800"), eur("800"), eur("800")), rent.values());
        assertEquals(3, rent.slope().points(), "April, May and June");
        assertEquals(0.0, rent.slope().perStep(), 1e-9);
        assertEquals("flat", rent.slope().describe());
        Trend.Line groceries = trend.categories().stream().filter(l -> l.name().equals("Groceries")).findFirst().orElseThrow();
        assertEquals(6, groceries.slope().points());
    }

    @Test
    void aSeriesThatBeganBeforeThePeriodCountsItsEmptyMonthsInThePeriod() {
        // Travel was paid for in 2023, then nothing until June: the quiet months are real zeros
        Ledger travel = new Items().expense("2023-08-01", "Travel", "300").expense("2024-05-01", "Travel", "300")
                .expense("2024-06-01", "Travel", "600").ledger();
        Trend trend = Trend.of(travel, half, Granularity.MONTH, day("2024-07-01"));
        assertEquals(6, trend.categories().get(0).slope().points());
        assertTrue(trend.categories().get(0).slope().perStep() > 0);
        Trend later = Trend.of(travel, half, Granularity.MONTH, day("2024-07-01"),
                new Trend.Earlier(java.util.Set.of(), java.util.Set.of()));
        assertEquals(2, later.categories().get(0).slope().points(), "without the 2023 payment Travel starts in May");
    }

    @Test
    void movingAveragesStartWhenTheirWindowIsFull() {
        Trend.Line expenses = Trend.of(ledger, half, Granularity.MONTH, day("2024-06-10")).expenses();
        assertTrue(Double.isNaN(expenses.average3().get(1)));
        assertEquals(110.0, expenses.average3().get(2), 1e-9);
        assertEquals((130 + 140 + 60) / 3.0, expenses.average3().get(5), 1e-9);
        assertEquals((100 + 110 + 120 + 130 + 140 + 60) / 6.0, expenses.average6().get(5), 1e-9);
        assertTrue(expenses.average12().stream().allMatch(v -> Double.isNaN(v)));
    }

    @Test
    void theProjectionAddsWhatEarlierMonthsSpentAfterTodaysDay() {
        // February to May are whole months of history (January began on the 5th): after the 10th they
        // spent 50, 60, 70 and 80, so June ends at 60 so far + 65 on average.
        Trend trend = Trend.of(ledger, half, Granularity.MONTH, day("2024-06-10"));
        assertEquals(eur("125"), trend.expenses().projected());
        Trend.Line groceries = trend.categories().stream().filter(l -> l.name().equals("Groceries")).findFirst().orElseThrow();
        assertEquals(eur("60"), groceries.projected(), "groceries are bought on the 5th only");
        assertNull(trend.income().projected(), "income is not projected");
    }

    @Test
    void withoutHistoryTheProjectionExtrapolatesTheDailyRate() {
        Ledger june = new Items().expense("2024-06-05", "Groceries", "60").ledger();
        Money projected = Trend.of(june, half, Granularity.MONTH, day("2024-06-10")).expenses().projected();
        assertEquals(eur("180"), projected);
    }

    @Test
    void aPeriodInThePastHasNoProjection() {
        assertNull(Trend.of(ledger, half, Granularity.MONTH, day("2025-01-01")).expenses().projected());
    }

    @Test
    void weeklyBucketsFollowIsoWeeksAndPartWeeksAreIncomplete() {
        Trend trend = Trend.of(ledger, Period.between(day("2024-06-01"), day("2024-06-16")), Granularity.WEEK, day("2024-07-01"));
        assertEquals(List.of("2024-W22", "2024-W23", "2024-W24"), trend.buckets().stream().map(Trend.Bucket::label).toList());
        assertFalse(trend.buckets().get(0).complete(), "June 1 is a Saturday: its week started in May");
        assertEquals(eur("60"), trend.expenses().values().get(1));
        assertEquals("not enough data (2 complete weeks)", trend.expenses().slope().describe());
    }
}
