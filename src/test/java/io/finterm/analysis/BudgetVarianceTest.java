package io.finterm.analysis;

import static io.finterm.analysis.Items.day;
import static io.finterm.analysis.Items.eur;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.finterm.analysis.BudgetVariance.Status;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetVarianceTest {
    private static Planned plan(String month, String category, String amount) {
        return new Planned(YearMonth.parse(month), category, eur(amount));
    }

    @Test
    void whenCarriedOverspendingLeavesNothingAvailableThePercentAndTheShareUsedAreNotNumbersButTheLineIsOver() {
        // budget 100, carried -150: -50 available, 10 spent
        BudgetVariance.Line line = BudgetVariance.Line.of(YearMonth.of(2026, 11), "Dining", eur("100.00"), eur("-150.00"), eur("10.00"));
        assertEquals(eur("-50.00"), line.planned());
        assertEquals(eur("60.00"), line.difference());
        assertEquals(Status.OVER, line.status());
        org.junit.jupiter.api.Assertions.assertTrue(Double.isNaN(line.percent()), "percent " + line.percent());
        org.junit.jupiter.api.Assertions.assertTrue(Double.isNaN(line.used()), "used " + line.used());
        // exactly nothing available is no share either
        BudgetVariance.Line nothing = BudgetVariance.Line.of(YearMonth.of(2026, 11), "Dining", eur("100.00"), eur("-100.00"), eur("10.00"));
        org.junit.jupiter.api.Assertions.assertTrue(Double.isNaN(nothing.percent()));
        assertEquals(Status.OVER, nothing.status());
    }

    @Test
    void aLineHoldsPlannedActualTheDifferenceAndItsStatus() {
        Ledger ledger = new Items().expense("2024-03-02", "Groceries", "300").expense("2024-03-20", "Groceries", "28").ledger();
        BudgetVariance v = BudgetVariance.of(ledger, List.of(plan("2024-03", "Groceries", "400")),
                Period.month(YearMonth.of(2024, 3)), day("2024-03-31"));
        BudgetVariance.Line line = v.lines().get(0);
        assertEquals(eur("400"), line.planned());
        assertEquals(eur("328"), line.actual());
        assertEquals(eur("-72"), line.difference());
        assertEquals(-18.0, line.percent(), 1e-9);
        assertEquals(82.0, line.used(), 1e-9);
        assertEquals(Status.NEAR, line.status());
    }

    @Test
    void theStatusBoundariesAreExactToTheCent() {
        assertEquals(Status.UNDER, status("319.99"));
        assertEquals(Status.NEAR, status("320.00"));
        assertEquals(Status.NEAR, status("400.00"));
        assertEquals(Status.OVER, status("400.01"));
        assertEquals(Status.UNDER, status(null));
    }

    private static Status status(String spent) {
        Items items = new Items();
        if (spent != null) {
            items.expense("2024-03-02", "Groceries", spent);
        }
        return BudgetVariance.of(items.ledger(), List.of(plan("2024-03", "Groceries", "400")),
                Period.month(YearMonth.of(2024, 3)), day("2024-03-31")).lines().get(0).status();
    }

    @Test
    void yearToDateMostOftenOverAndUnbudgetedSpending() {
        Ledger ledger = new Items()
                .expense("2023-12-05", "Dining", "999")
                .expense("2024-01-05", "Dining", "120").expense("2024-01-06", "Groceries", "300")
                .expense("2024-02-05", "Dining", "130").expense("2024-02-06", "Groceries", "450")
                .expense("2024-03-05", "Dining", "90").expense("2024-03-06", "Travel", "700")
                .expense("2024-04-05", "Dining", "500")
                .ledger();
        List<Planned> plans = List.of(plan("2024-01", "Dining", "100"), plan("2024-02", "Dining", "100"), plan("2024-03", "Dining", "100"),
                plan("2024-04", "Dining", "100"), plan("2024-01", "Groceries", "400"), plan("2024-02", "Groceries", "400"),
                plan("2023-12", "Dining", "100"));
        BudgetVariance v = BudgetVariance.of(ledger, plans, Period.between(day("2024-02-01"), day("2024-04-30")), day("2024-03-15"));

        assertEquals(3, v.lines().size(), "February and March; nothing before the period, and April has not begun");
        assertEquals(List.of(YearMonth.of(2024, 4)), v.notBegun());
        BudgetVariance.Line dining = v.yearToDate().get(0);
        assertEquals("Dining", dining.category());
        assertEquals(eur("300"), dining.planned(), "January to March: April is after today");
        assertEquals(eur("340"), dining.actual());
        assertEquals(Status.OVER, dining.status());
        BudgetVariance.Line groceries = v.yearToDate().get(1);
        assertEquals(eur("800"), groceries.planned());
        assertEquals(eur("750"), groceries.actual());

        assertEquals(List.of(new BudgetVariance.Overrun("Dining", 1, 2), new BudgetVariance.Overrun("Groceries", 1, 1)), v.mostOftenOver());
        assertEquals(List.of(new BudgetVariance.Unbudgeted("Travel", eur("700"), List.of(YearMonth.of(2024, 3)))), v.unbudgeted());
    }

    @Test
    void aMonthThatHasNotBegunIsLeftOutNotShownAsAllUnder() {
        Ledger ledger = new Items().expense("2024-03-05", "Groceries", "100").ledger();
        List<Planned> plans = List.of(plan("2024-03", "Groceries", "400"), plan("2024-04", "Groceries", "400"),
                plan("2024-05", "Groceries", "400"));
        BudgetVariance v = BudgetVariance.of(ledger, plans, Period.between(day("2024-01-01"), day("2024-05-31")), day("2024-03-15"));
        assertEquals(List.of(YearMonth.of(2024, 3)), v.lines().stream().map(BudgetVariance.Line::month).toList());
        assertEquals(List.of(YearMonth.of(2024, 4), YearMonth.of(2024, 5)), v.notBegun());
    }

    @Test
    void spendingWithoutABudgetMeansInAMonthWithNoBudgetForThatCategoryEvenIfOtherMonthsHaveOne() {
        Ledger ledger = new Items().expense("2024-01-05", "Groceries", "80").expense("2024-02-05", "Groceries", "90")
                .expense("2024-03-05", "Groceries", "70").ledger();
        BudgetVariance v = BudgetVariance.of(ledger, List.of(plan("2024-02", "Groceries", "100")),
                Period.between(day("2024-01-01"), day("2024-03-31")), day("2024-03-31"));
        assertEquals(List.of(new BudgetVariance.Unbudgeted("Groceries", eur("150"), List.of(YearMonth.of(2024, 1), YearMonth.of(2024, 3)))),
                v.unbudgeted());
    }

    @Test
    void everyCategoryTiedForMostOftenOverIsNamed() {
        Ledger ledger = new Items().expense("2024-03-05", "Groceries", "500").expense("2024-03-06", "Dining", "200")
                .expense("2024-03-07", "Travel", "10").ledger();
        BudgetVariance v = BudgetVariance.of(ledger, List.of(plan("2024-03", "Groceries", "400"), plan("2024-03", "Dining", "100"),
                plan("2024-03", "Travel", "100")), Period.month(YearMonth.of(2024, 3)), day("2024-03-31"));
        assertEquals(List.of("Dining", "Groceries"), v.mostOften().stream().map(BudgetVariance.Overrun::category).toList());
        assertEquals("Dining 1 of 1 month, Groceries 1 of 1 month", v.describeMostOftenOver());
        BudgetVariance twoMonths = BudgetVariance.of(new Items().expense("2024-02-05", "Dining", "200").expense("2024-03-06", "Dining", "200")
                .expense("2024-03-07", "Groceries", "500").ledger(), List.of(plan("2024-02", "Dining", "100"), plan("2024-03", "Dining", "100"),
                plan("2024-03", "Groceries", "400")), Period.between(day("2024-02-01"), day("2024-03-31")), day("2024-03-31"));
        assertEquals("Dining 2 of 2 months; 1 more category over less often", twoMonths.describeMostOftenOver());
    }

    @Test
    void aCarriedAmountIsAddedToTheBudgetAndTheLineComparesSpendingWithBoth() {
        Ledger ledger = new Items().expense("2024-03-02", "Groceries", "420").expense("2024-04-02", "Dining", "10").ledger();
        List<Planned> plans = List.of(new Planned(YearMonth.parse("2024-03"), "Groceries", eur("400"), eur("35")),
                new Planned(YearMonth.parse("2024-04"), "Dining", eur("0"), eur("40")));
        BudgetVariance v = BudgetVariance.of(ledger, plans, Period.between(day("2024-03-01"), day("2024-04-30")), day("2024-04-30"));
        BudgetVariance.Line march = v.lines().get(0);
        // 400 + 35 = 435 available, 420 spent: 15 under, 96.55 % used, NEAR (not OVER as against 400 alone)
        assertEquals(List.of(eur("400"), eur("35"), eur("435"), eur("420"), eur("-15")),
                List.of(march.budget(), march.carried(), march.planned(), march.actual(), march.difference()));
        assertEquals(Status.NEAR, march.status());
        BudgetVariance.Line april = v.lines().get(1);
        assertEquals(List.of(eur("0"), eur("40"), eur("40"), eur("10")), List.of(april.budget(), april.carried(), april.planned(), april.actual()));
        assertEquals(List.of(), v.unbudgeted(), "a month with only a carry has a line, and its spending is not unbudgeted");
        assertEquals(25.0, april.used(), 1e-9);
    }
}
