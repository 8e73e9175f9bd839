package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import io.finterm.analysis.Period;
import io.finterm.chart.ChartOptions;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.report.ExportFormat;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** A dashboard export holds everything the screen shows, says which period and filter, and writes money exactly. */
class DashboardExportTest {
    private final Accounts fx = new Accounts(); // the clock says 2026-03-05
    private final Session alice = fx.alice();
    private final Period march = Period.month(YearMonth.of(2026, 3));
    private final Filter filter = FilterParser.parse("amt:>1", LocalDate.of(2026, 3, 5));

    DashboardExportTest() {
        // Groceries: 10.30 and 96.00, a mean of 53.15, which a double holds as 53.150000000000006
        add("2026-03-02", "Groceries", 1030);
        add("2026-03-03", "Groceries", 9600);
        add("2026-03-04", "Dining", 2250);
        fx.budgets.set(alice, "Groceries", YearMonth.of(2026, 3), Money.of(10_000, "EUR"));
    }

    private void add(String date, String category, long cents) {
        fx.transactions.add(alice, new Entry(LocalDate.parse(date), TxKind.EXPENSE, category, Money.of(cents, "EUR"), "x"));
    }

    private String export(ExportFormat format) throws Exception {
        return Files.readString(fx.exports.export(alice, ExportService.View.DASHBOARD, march, filter, format, ChartOptions.DEFAULT));
    }

    @Test
    void theCsvHoldsEveryTableOfTheScreenAfterThePeriodAndTheFilter() throws Exception {
        String csv = export(ExportFormat.CSV);
        assertTrue(csv.startsWith("finterm,dashboard\nuser,alice\nperiod,2026-03\nfrom,2026-03-01\nto,2026-03-31\nfilter,amt:>1\n"), csv);
        for (String title : new String[] {"\nSummary\n", "\nExpenses by category\ncategory,count,total", "\nDaily spending\nday,income",
                "\n\"Income, expenses and savings, 12 months\"\nmonth,income", "\nBudgets\n", "\nUnusual expenses\n"}) {
            assertTrue(csv.contains(title), "missing " + title.strip() + " in\n" + csv);
        }
        assertTrue(csv.contains("Groceries,2,106.30,53.15"), csv);
    }

    @Test
    void theJsonRecordsThePeriodAndTheFilterAndWritesMoneyAsExactDecimalStringsWithoutFloatNoise() throws Exception {
        String json = export(ExportFormat.JSON);
        JsonObject o = JsonParser.parseString(json).getAsJsonObject();
        assertEquals("dashboard", o.get("view").getAsString());
        assertEquals("2026-03-01", o.get("from").getAsString());
        assertEquals("2026-03-31", o.get("to").getAsString());
        assertEquals("amt:>1", o.get("filter").getAsString());
        JsonObject groceries = o.getAsJsonObject("categories").getAsJsonArray("rows").get(0).getAsJsonObject();
        assertEquals("106.30", groceries.get("total").getAsString());
        assertEquals("53.15", groceries.get("mean").getAsString());
        assertTrue(groceries.get("mean").getAsJsonPrimitive().isString(), "money is a decimal string, not a float");
        assertFalse(Pattern.compile("\\d\\.\\d{7,}").matcher(json).find(), "no binary float noise in\n" + json);
        for (String part : new String[] {"summary", "categories", "days", "months", "budget", "outliers"}) {
            assertTrue(o.has(part), "missing " + part);
        }
    }

    @Test
    void theTextReportTitlesEachTableRightlyAndPrintsTheCategoryTableOnce() throws Exception {
        String text = export(ExportFormat.TEXT);
        assertTrue(text.contains("period: 2026-03") && text.contains("filter: amt:>1"), text);
        assertEquals(1, text.split("share %", -1).length - 1, "the category table once\n" + text);
        String daily = text.substring(text.indexOf("Daily spending"), text.indexOf("Income, expenses and savings"));
        assertTrue(daily.contains(" day ") && !daily.contains(" week "), daily);
        assertTrue(text.contains("Where the money went") && text.contains("Groceries"), text);
        String md = export(ExportFormat.MD);
        assertTrue(md.contains("- filter: amt:>1") && md.contains("## Budgets"), md);
    }
}
