package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.analysis.BudgetVariance;
import io.finterm.analysis.OutlierDetector;
import io.finterm.analysis.Period;
import io.finterm.domain.ExchangeRate;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.rates.StoredRates;
import io.finterm.store.Schema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One month of budgets in the base currency: what the Budgets screen and {@code finterm budget list} show. */
class BudgetMonthTest {
    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private final Accounts fx = new Accounts(); // the clock says 2026-03-05
    private final Session alice = fx.alice();
    private final AnalysisService analysis;
    private final BudgetService budgets;

    BudgetMonthTest() {
        fx.store.write(tx -> {
            tx.insert(Schema.RATES, new ExchangeRate(tx.nextId(Schema.RATES), LocalDate.of(2026, 2, 27), Currency.getInstance("USD"),
                    new BigDecimal("1.2500")));
            tx.insert(Schema.RATES, new ExchangeRate(tx.nextId(Schema.RATES), LocalDate.of(2026, 3, 2), Currency.getInstance("USD"),
                    new BigDecimal("1.2000")));
            return null;
        });
        StoredRates rates = new StoredRates(fx.store);
        analysis = new AnalysisService(fx.store, fx.accounts, rates, new OutlierDetector(8), fx.clock);
        budgets = new BudgetService(fx.store, fx.accounts, analysis, rates);
    }

    private BudgetMonth.Line line(BudgetMonth month, String category) {
        return month.lines().stream().filter(l -> l.category().equals(category)).findFirst().orElseThrow();
    }

    @Test
    void budgetsSetBeforeTheBaseCurrencyChangedAreConvertedLikeTheSpendingAndAgreeWithTheVarianceReport() {
        budgets.set(alice, "Groceries", MARCH, Money.of(40_000, "EUR"));
        budgets.set(alice, "Dining", MARCH, Money.of(10_000, "EUR"));
        fx.transactions.add(alice, new Entry(LocalDate.of(2026, 3, 2), TxKind.EXPENSE, "Groceries", Money.of(6_000, "EUR"), "market"));
        fx.transactions.add(alice, new Entry(LocalDate.of(2026, 3, 2), TxKind.EXPENSE, "Dining", Money.of(15_000, "EUR"), "party"));
        fx.ownAccount.changeBaseCurrency(alice, Currency.getInstance("USD"));

        BudgetMonth month = budgets.month(alice, MARCH);
        assertEquals(Currency.getInstance("USD"), month.currency());
        // €400.00 on Sunday 1 March at Friday's 1.25 = $500.00; €60.00 on Monday at 1.20 = $72.00
        BudgetMonth.Line groceries = line(month, "Groceries");
        assertEquals(Money.of(50_000, "USD"), groceries.budget());
        assertEquals(Money.of(7_200, "USD"), groceries.spent());
        assertEquals(Money.of(42_800, "USD"), groceries.remaining());
        assertEquals(0.144, groceries.used(), 1e-9);
        assertFalse(groceries.over());
        // €100.00 = $125.00; €150.00 = $180.00, $55.00 over
        BudgetMonth.Line dining = line(month, "Dining");
        assertEquals(Money.of(-5_500, "USD"), dining.remaining());
        assertTrue(dining.over());
        BudgetMonth.Line rent = line(month, "Rent");
        assertNull(rent.budget());
        assertNull(rent.remaining());
        assertEquals(Money.of(0, "USD"), rent.spent());
        assertEquals(fx.categories.list(alice).stream().filter(c -> c.kind() == TxKind.EXPENSE).map(c -> c.name()).toList(),
                month.lines().stream().map(BudgetMonth.Line::category).toList(), "every expense category, in the categories' order");
        assertEquals(2, month.conversion().budgets());
        assertEquals(2, month.conversion().converted());

        BudgetVariance variance = analysis.budgets(alice, Period.month(MARCH), Filter.ALL);
        for (BudgetVariance.Line v : variance.lines()) {
            BudgetMonth.Line same = line(month, v.category());
            assertEquals(List.of(v.planned(), v.actual()), List.of(same.budget(), same.spent()), v.category());
        }
    }

    @Test
    void aBudgetThatNoRateConvertsIsLeftOutAndCountedNeverTakenOneToOne() {
        budgets.set(alice, "Groceries", MARCH, Money.of(40_000, "EUR"));
        fx.ownAccount.changeBaseCurrency(alice, Currency.getInstance("JPY"));
        BudgetMonth month = budgets.month(alice, MARCH);
        assertNull(line(month, "Groceries").budget());
        assertEquals(1, month.conversion().budgetsLeftOut().size());
        assertEquals(1, month.conversion().budgetsLeftOut().get(0).count());
    }

    @Test
    void anotherUsersBudgetsAreNotInTheMonth() {
        budgets.set(alice, "Groceries", MARCH, Money.of(40_000, "EUR"));
        assertTrue(budgets.month(fx.bob(), MARCH).lines().stream().allMatch(l -> l.budget() == null));
    }

    @Test
    void aRollingBudgetCountsTheConversionsOfTheEarlierMonthsItsCarryDependsOn() {
        fx.store.write(tx -> tx.insert(Schema.RATES, new ExchangeRate(tx.nextId(Schema.RATES), LocalDate.of(2025, 12, 31),
                Currency.getInstance("USD"), new BigDecimal("1.1000"))));
        budgets.set(alice, "Groceries", MARCH.minusMonths(2), Money.of(40_000, "EUR"), BudgetService.Rolling.ON);
        budgets.set(alice, "Groceries", MARCH.minusMonths(1), Money.of(40_000, "EUR"));
        budgets.set(alice, "Groceries", MARCH, Money.of(40_000, "EUR"));
        fx.transactions.add(alice, new Entry(LocalDate.of(2026, 1, 10), TxKind.EXPENSE, "Groceries", Money.of(30_000, "EUR"), "market"));
        fx.ownAccount.changeBaseCurrency(alice, Currency.getInstance("USD"));

        BudgetMonth month = budgets.month(alice, MARCH);
        // January and February at the 1.10 of 31 December: $440 - $330 = $110, then $440 more: $550 into March,
        // whose own €400 is converted at Friday's 1.25: $500
        BudgetMonth.Line groceries = line(month, "Groceries");
        assertEquals(List.of(Money.of(50_000, "USD"), Money.of(55_000, "USD"), Money.of(105_000, "USD")),
                List.of(groceries.budget(), groceries.carried(), groceries.available()));
        assertEquals(3, month.conversion().budgets(), "March's budget and the two before it that the carry comes from");
        assertEquals(1, month.conversion().converted(), "January's spending, which the carry comes from");
    }
}
