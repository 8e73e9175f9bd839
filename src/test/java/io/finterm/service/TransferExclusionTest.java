package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.finterm.analysis.Period;
import io.finterm.analysis.Totals;
import io.finterm.analysis.Trend;
import io.finterm.chart.ChartOptions;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.report.ExportFormat;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A transfer between one's own accounts is neither income nor spending: no report may move when one is made. */
class TransferExclusionTest {
    private final Accounts fx = new Accounts(); // the clock says 2026-03-05
    private final Session alice = fx.alice();
    private final Period march = Period.month(YearMonth.of(2026, 3));
    private final Period year = Period.between(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));

    /** A year of salary and groceries (one very large), a March budget, and the accounts to move money between. */
    private void history() {
        fx.accountBook.add(alice, NewAccount.named("Savings"));
        fx.accountBook.add(alice, new NewAccount("Dollars", null, Currency.getInstance("USD"), null, null, true));
        for (YearMonth m = YearMonth.of(2025, 4); !m.isAfter(YearMonth.of(2026, 3)); m = m.plusMonths(1)) {
            fx.transactions.add(alice, new Entry(m.atDay(1), TxKind.INCOME, "Salary", Money.of(300_000, "EUR"), "salary"));
            for (int d = 2; d <= 4; d++) {
                long cents = m.equals(YearMonth.of(2025, 9)) && d == 3 ? 90_000 : 4_000 + 100 * d;
                fx.transactions.add(alice, new Entry(m.atDay(d), TxKind.EXPENSE, "Groceries", Money.of(cents, "EUR"), "market"));
            }
        }
        fx.budgets.set(alice, "Groceries", YearMonth.of(2026, 3), Money.of(20_000, "EUR"));
    }

    /** Every figure the reports, the budgets and an export give, as they stand. */
    private List<Object> everyReport() throws Exception {
        List<Object> all = new ArrayList<>();
        all.add(fx.analysis.summary(alice, march, Filter.ALL));
        all.add(fx.analysis.categories(alice, march, TxKind.EXPENSE, Filter.ALL));
        all.add(fx.analysis.categories(alice, year, TxKind.INCOME, Filter.ALL));
        all.add(fx.analysis.trend(alice, year, Trend.Granularity.MONTH, Filter.ALL));
        all.add(fx.analysis.trend(alice, march, Trend.Granularity.DAY, Filter.ALL));
        all.add(fx.analysis.outliers(alice, fx.analysis.span(alice), Filter.ALL));
        all.add(fx.analysis.budgets(alice, march, Filter.ALL));
        all.add(fx.analysis.dashboard(alice, march, Filter.ALL));
        for (AnalysisService.Report report : AnalysisService.Report.values()) {
            all.add(fx.analysis.conversion(alice, report, year, Filter.ALL));
        }
        all.add(fx.budgets.month(alice, YearMonth.of(2026, 3)));
        // whole months from the monthly totals, a range that cuts months (read row by row), and a filter (row by row)
        all.add(fx.reports.totals(alice, null, null, Totals.By.MONTH_CATEGORY, null, Filter.ALL));
        all.add(fx.reports.totals(alice, LocalDate.of(2026, 2, 15), LocalDate.of(2026, 3, 3), Totals.By.CATEGORY, null, Filter.ALL));
        all.add(fx.reports.totals(alice, null, null, Totals.By.MONTH, null, fx.transactions.filter(alice, "amt:>0", LocalDate.of(2026, 3, 5))));
        for (ExportService.View view : ExportService.View.values()) {
            all.add(Files.readString(fx.exports.export(alice, view, year, Filter.ALL, ExportFormat.JSON,
                    new ChartOptions(ChartOptions.Scale.LINEAR, false, false))));
        }
        return all;
    }

    @Test
    void aLargeTransferLeavesTotalsBudgetsOutliersTrendsAndExportsAsTheyWere() throws Exception {
        history();
        List<Object> before = everyReport();
        assertFalse(fx.analysis.outliers(alice, fx.analysis.span(alice), Filter.ALL).transactions().isEmpty(),
                "September's large groceries are unusual, so the outliers have something to keep");
        fx.transfers.transfer(alice, new TransferEntry("Main", "Savings", "50000.00", null, LocalDate.of(2026, 3, 3), "big move"));
        fx.transfers.transfer(alice, new TransferEntry("Savings", "Main", "900.00", null, LocalDate.of(2025, 9, 3), "back"));
        // in dollars too, which have no rate here: not even the conversion note may mention it
        fx.transfers.transfer(alice, new TransferEntry("Main", "Dollars", "100.00", "120.00", LocalDate.of(2026, 3, 2), "to dollars"));
        List<Object> after = everyReport();
        for (int i = 0; i < before.size(); i++) {
            assertEquals(before.get(i), after.get(i), "report " + i);
        }
    }
}
