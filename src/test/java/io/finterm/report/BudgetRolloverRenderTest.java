package io.finterm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.analysis.BudgetVariance;
import io.finterm.analysis.BudgetVariance.Status;
import io.finterm.analysis.Period;
import io.finterm.chart.Chart;
import io.finterm.chart.ChartOptions;
import io.finterm.domain.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the budget report's renderers show a carry, from variance lines written out by hand (the
 * engine's arithmetic has its own tests): November 2026, each line's figures in its comment.
 */
class BudgetRolloverRenderTest {
    private static final YearMonth NOVEMBER = YearMonth.of(2026, 11);
    private static final ChartOptions UNICODE = new ChartOptions(ChartOptions.Scale.LINEAR, false, false);

    private static Money eur(long minor) {
        return Money.of(minor, "EUR");
    }

    /** €400 + €35 = €435 available, €356.70 spent: €78.30 under, -18.0 %, 82 % used. */
    private static final BudgetVariance.Line GROCERIES = new BudgetVariance.Line(NOVEMBER, "Groceries", eur(40_000), eur(3_500),
            eur(43_500), eur(35_670), eur(-7_830), -18.0, Status.NEAR);
    /** €100 - €20 = €80 available, €40 spent: 50 % used, €40 under. */
    private static final BudgetVariance.Line DINING = new BudgetVariance.Line(NOVEMBER, "Dining", eur(10_000), eur(-2_000),
            eur(8_000), eur(4_000), eur(-4_000), -50.0, Status.UNDER);
    /** €100 + €10 = €110 available, €132 spent: 120 % used, over by €22. */
    private static final BudgetVariance.Line TRAVEL = new BudgetVariance.Line(NOVEMBER, "Travel", eur(10_000), eur(1_000),
            eur(11_000), eur(13_200), eur(2_200), 20.0, Status.OVER);
    /** €900, nothing carried, €900 spent: 100 %. */
    private static final BudgetVariance.Line RENT = new BudgetVariance.Line(NOVEMBER, "Rent", eur(90_000), eur(0),
            eur(90_000), eur(90_000), eur(0), 0.0, Status.NEAR);
    /** No budget of its own, €30 carried, €30 spent: 100 %. */
    private static final BudgetVariance.Line HEALTH = new BudgetVariance.Line(NOVEMBER, "Health", eur(0), eur(3_000),
            eur(3_000), eur(3_000), eur(0), 0.0, Status.NEAR);
    /** The year to date of Groceries: €4,400 budgeted, €120 carried into January, €4,520 available, €4,300 spent. */
    private static final BudgetVariance.Line GROCERIES_YEAR = new BudgetVariance.Line(null, "Groceries", eur(440_000), eur(12_000),
            eur(452_000), eur(430_000), eur(-22_000), -4.867256637168142, Status.NEAR);

    private static BudgetVariance november(List<BudgetVariance.Line> lines) {
        return new BudgetVariance(Period.between(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)), lines, List.of(GROCERIES_YEAR),
                List.of(), List.of(), List.of());
    }

    /** €100 - €150 = -€50 available, €10 spent: no share of a negative amount, over by €60. */
    private static final BudgetVariance.Line TAXI = new BudgetVariance.Line(NOVEMBER, "Taxi", eur(10_000), eur(-15_000),
            eur(-5_000), eur(1_000), eur(6_000), Double.NaN, Status.OVER);

    @Test
    void aPeriodReachingIntoMonthsNotBegunChartsTheLastMonthThatHasBegun() {
        // August to December on 30 November: December has not begun, so the chart shows November
        BudgetVariance variance = new BudgetVariance(Period.between(LocalDate.of(2026, 8, 1), LocalDate.of(2026, 12, 31)),
                List.of(GROCERIES, RENT), List.of(GROCERIES_YEAR), List.of(), List.of(), List.of(YearMonth.of(2026, 12)));
        Chart chart = ReportCharts.budget(variance, 80, 10, UNICODE);
        assertEquals(2, chart.size(), String.join("\n", chart));
        assertTrue(chart.get(0).startsWith("Groceries") && chart.get(0).endsWith(" 82 % of €400.00 + €35.00 carried"), chart.get(0));
        assertTrue(chart.get(1).endsWith(" 100 % of €900.00"), chart.get(1));
    }

    @Test
    void whenCarriedOverspendingExceedsTheBudgetTheChartAndJsonGiveNoPercentButSayOver() {
        Chart wide = ReportCharts.budget(november(List.of(TAXI)), 80, 10, UNICODE);
        assertTrue(wide.get(0).endsWith(" €100.00 - €150.00 carried, over by €60.00"), wide.get(0));
        assertTrue(!wide.get(0).contains("%"), wide.get(0));
        Chart narrow = ReportCharts.budget(november(List.of(TAXI)), 36, 10, UNICODE);
        assertTrue(narrow.get(0).endsWith(" over by €60.00"), narrow.get(0));
        narrow.forEach(line -> assertTrue(line.length() <= 36, line));
        String json = ReportJson.budget(november(List.of(TAXI)));
        assertTrue(json.contains("\"percent\":null,\"status\":\"over\""), json);
    }

    @Test
    void theJsonRowsCarryBudgetCarriedAndAvailableAsExactDecimalsBesideThePlannedAmount() {
        String json = ReportJson.budget(november(List.of(GROCERIES)));
        assertTrue(json.contains("\"rows\":[{\"month\":\"2026-11\",\"category\":\"Groceries\",\"budget\":\"400.00\",\"carried\":\"35.00\","
                + "\"available\":\"435.00\",\"planned\":\"435.00\",\"actual\":\"356.70\",\"difference\":\"-78.30\",\"percent\":-18,"
                + "\"status\":\"near\"}]"), json);
        assertTrue(json.contains("\"yearToDate\":[{\"category\":\"Groceries\",\"budget\":\"4400.00\",\"carried\":\"120.00\","
                + "\"available\":\"4520.00\",\"planned\":\"4520.00\",\"actual\":\"4300.00\",\"difference\":\"-220.00\",\"percent\":-4.867257,"
                + "\"status\":\"near\"}]"), json);
    }

    @Test
    void theChartLabelSaysWhatWasCarriedBesideTheBudgetAndTheBriefFormGivesTheSum() {
        Chart wide = ReportCharts.budget(november(List.of(GROCERIES, DINING, TRAVEL, RENT)), 80, 10, UNICODE);
        assertTrue(wide.get(0).endsWith(" 82 % of €400.00 + €35.00 carried"), wide.get(0));
        assertTrue(wide.get(1).endsWith(" 50 % of €100.00 - €20.00 carried"), wide.get(1));
        assertTrue(wide.get(2).endsWith(" 120 % of €100.00 + €10.00 carried, over by €22.00"), wide.get(2));
        assertTrue(wide.get(3).endsWith(" 100 % of €900.00"), wide.get(3));
        Chart onlyCarried = ReportCharts.budget(november(List.of(HEALTH)), 80, 10, UNICODE);
        assertTrue(onlyCarried.get(0).endsWith(" 100 % of €30.00 carried"), onlyCarried.get(0));
        // too narrow for the whole text (9 + 2 + 49 > 50), wide enough to keep the carry apart (9 + 2 + 30 + a bar of 9)
        Chart middle = ReportCharts.budget(november(List.of(GROCERIES, TRAVEL)), 50, 10, UNICODE);
        assertTrue(middle.get(0).endsWith("░ €400.00 + €35.00 carried"), middle.get(0));
        assertTrue(middle.get(1).endsWith("█ €100.00 + €10.00 carried, over"), middle.get(1));
        middle.forEach(line -> assertTrue(line.length() <= 50, line));
        Chart narrow = ReportCharts.budget(november(List.of(GROCERIES, TRAVEL)), 36, 10, UNICODE);
        assertTrue(narrow.get(0).endsWith(" 82 % of €435.00"), narrow.get(0));
        assertTrue(narrow.get(1).endsWith(" 120 % of €110.00, over"), narrow.get(1));
        narrow.forEach(line -> assertTrue(line.length() <= 36, line));
    }

    @Test
    void theTextTableShowsTheCarryBesideTheBudgetWithin80ColumnsAndTheFullTableNamesTheAvailableAmount() {
        BudgetVariance v = november(List.of(GROCERIES, DINING, TRAVEL, RENT));
        String text = TableFormat.TABLE.render(ReportTables.budget(v), false);
        text.lines().forEach(line -> assertTrue(line.length() <= 80, line.length() + ": " + line));
        // the widest month of the demo: a long name and four-digit amounts
        BudgetVariance.Line wide = new BudgetVariance.Line(NOVEMBER, "Entertainment", eur(146_000), eur(38_499), eur(184_499),
                eur(141_807), eur(-42_692), -23.1, Status.UNDER);
        String widest = TableFormat.TABLE.render(ReportTables.budget(november(List.of(wide))), false);
        widest.lines().forEach(line -> assertTrue(line.length() <= 80, line.length() + ": " + line));
        assertTrue(text.contains("│ 2026-11 │ Dining    │ 100.00 │  -20.00 │  40.00 │ -40.00 │ under  │"), text);
        assertEquals("month,category,planned,actual,difference,difference %,status,budget,carried\n"
                + "2026-11,Groceries,435.00,356.70,-78.30,-18.0,near,400.00,35.00\n", TableFormat.CSV.render(ReportTables.budgetColumns(
                november(List.of(GROCERIES)))));
        assertEquals("category,planned,actual,difference,difference %,status,budget,carried\n"
                + "Groceries,4520.00,4300.00,-220.00,-4.9,near,4400.00,120.00\n", TableFormat.CSV.render(ReportTables.budgetYearToDateColumns(v)));
    }
}
