package io.finterm.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.finterm.analysis.Conversion;
import io.finterm.analysis.Totals;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The totals as JSON name a row's month and category only when grouped by them. */
class ReportJsonTest {
    private static final Conversion NONE = new Conversion.Count().conversion();

    @Test
    void ungroupedTotalsOfBothTypesHaveNeitherMonthNorCategoryAndAnOpenRangeIsNull() {
        Totals totals = new Totals(Currency.getInstance("EUR"), null, null, List.of(
                new Totals.Row(null, null, TxKind.EXPENSE, 3, Money.of(4_250, "EUR")),
                new Totals.Row(null, null, TxKind.INCOME, 1, Money.of(200_000, "EUR"))), Money.of(195_750, "EUR"), NONE);
        assertEquals("{\"currency\":\"EUR\",\"from\":null,\"to\":null,\"rows\":["
                + "{\"type\":\"expense\",\"count\":3,\"total\":\"42.50\"},{\"type\":\"income\",\"count\":1,\"total\":\"2000.00\"}],"
                + "\"total\":\"1957.50\"}", ReportJson.totals(totals, Totals.By.NONE));
    }

    @Test
    void totalsByCategoryNameTheCategoryButNotTheMonth() {
        Totals totals = new Totals(Currency.getInstance("EUR"), java.time.LocalDate.of(2024, 1, 1), java.time.LocalDate.of(2024, 1, 31),
                List.of(new Totals.Row(null, "Rent", TxKind.EXPENSE, 1, Money.of(95_000, "EUR"))), Money.of(95_000, "EUR"), NONE);
        assertEquals("{\"currency\":\"EUR\",\"from\":\"2024-01-01\",\"to\":\"2024-01-31\",\"rows\":["
                + "{\"category\":\"Rent\",\"type\":\"expense\",\"count\":1,\"total\":\"950.00\"}],\"total\":\"950.00\"}",
                ReportJson.totals(totals, Totals.By.CATEGORY));
        assertEquals(List.of(false, true), List.of(Totals.By.CATEGORY.months(), Totals.By.CATEGORY.categories()));
        assertEquals(List.of(true, true), List.of(Totals.By.MONTH_CATEGORY.months(), Totals.By.MONTH_CATEGORY.categories()));
    }
}
