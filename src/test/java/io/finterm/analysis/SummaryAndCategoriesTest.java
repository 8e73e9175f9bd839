package io.finterm.analysis;

import static io.finterm.analysis.Items.day;
import static io.finterm.analysis.Items.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.finterm.analysis.Period.Length;
import io.finterm.domain.TxKind;
import org.junit.jupiter.api.Test;

class SummaryAndCategoriesTest {
    private final Ledger ledger = new Items()
            .income("2024-02-01", "Salary", "2000.00")
            .expense("2024-02-03", "Rent", "100.00")
            .income("2024-03-01", "Salary", "3000.00")
            .expense("2024-03-02", "Groceries", "10.00")
            .expense("2024-03-09", "Groceries", "20.00")
            .expense("2024-03-16", "Groceries", "60.00")
            .expense("2024-03-20", "Rent", "60.25")
            .expense("2024-04-01", "Rent", "999.00")
            .ledger();
    private final Period march = Period.containing(Length.MONTH, day("2024-03-10"));

    @Test
    void theSummaryHasExactTotalsAndChangesAgainstThePreviousMonth() {
        PeriodSummary s = PeriodSummary.of(ledger, march);
        assertEquals(eur("3000.00"), s.current().income());
        assertEquals(eur("150.25"), s.current().expenses());
        assertEquals(eur("2849.75"), s.current().net());
        assertEquals(5, s.current().count());
        assertEquals(100.0 * 2849.75 / 3000, s.current().savingsRate(), 1e-9);
        assertEquals(march.previous(), s.previousPeriod());
        assertEquals(50.0, s.incomeChange(), 1e-9);
        assertEquals(50.25, s.expensesChange(), 1e-9);
        assertEquals(100.0 * (2849.75 - 1900) / 1900, s.netChange(), 1e-9);
        assertEquals(100.0 * 2849.75 / 3000 - 95.0, s.savingsRateChange(), 1e-9);
    }

    @Test
    void changesAreAbsentWhenThereIsNothingToCompareWith() {
        PeriodSummary s = PeriodSummary.of(ledger, Period.containing(Length.MONTH, day("2024-02-01")));
        assertNull(s.incomeChange());
        assertNull(s.expensesChange());
        assertNull(s.savingsRateChange());
        assertNull(PeriodSummary.of(ledger, Period.containing(Length.MONTH, day("2024-04-01"))).current().savingsRate(),
                "no income, no savings rate");
    }

    @Test
    void categoryStatisticsMatchAHandComputation() {
        CategoryStats stats = CategoryStats.of(ledger, march, TxKind.EXPENSE);
        assertEquals(eur("150.25"), stats.total());
        assertEquals(2, stats.rows().size());
        CategoryStats.Row groceries = stats.rows().get(0);
        assertEquals("Groceries", groceries.category());
        assertEquals(3, groceries.count());
        assertEquals(eur("90.00"), groceries.total());
        assertEquals(30.0, groceries.mean(), 1e-9);
        assertEquals(20.0, groceries.median(), 1e-9);
        assertEquals(Math.sqrt((400 + 100 + 900) / 2.0), groceries.stdDev(), 1e-9);
        assertEquals(90.0, groceries.perMonth(), 1e-9);
        assertEquals(90 / 150.25, groceries.share(), 1e-12);
        CategoryStats.Row rent = stats.rows().get(1);
        assertEquals(0.0, rent.stdDev(), "one transaction has no spread");
        assertEquals(60.25, rent.median(), 1e-9);
    }

    @Test
    void perMonthDividesByTheMonthsOfThePeriod() {
        CategoryStats q1 = CategoryStats.of(ledger, Period.containing(Length.QUARTER, day("2024-01-01")), TxKind.EXPENSE);
        CategoryStats.Row rent = q1.rows().stream().filter(r -> r.category().equals("Rent")).findFirst().orElseThrow();
        assertEquals(3.0, q1.months(), 1e-12);
        assertEquals(160.25 / 3, rent.perMonth(), 1e-9);
    }

    @Test
    void anEmptyPeriodHasNoRowsAndAZeroTotal() {
        CategoryStats none = CategoryStats.of(ledger, Period.containing(Length.MONTH, day("2020-01-01")), TxKind.EXPENSE);
        assertEquals(0, none.rows().size());
        assertEquals(eur("0"), none.total());
    }
}
