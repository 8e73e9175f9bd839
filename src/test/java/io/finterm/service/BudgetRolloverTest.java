package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.analysis.BudgetVariance;
import io.finterm.analysis.Period;
import io.finterm.domain.Money;
import io.finterm.domain.Overspending;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.service.BudgetService.Rolling;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Budgets that roll over, through the services on a real store: the figures of the Budgets screen
 * and of the variance report, and the settings themselves. The clock says 2026-03-05.
 */
class BudgetRolloverTest {
    private static final YearMonth NOV = YearMonth.of(2025, 11);
    private static final YearMonth DEC = YearMonth.of(2025, 12);
    private static final YearMonth JAN = YearMonth.of(2026, 1);
    private static final YearMonth FEB = YearMonth.of(2026, 2);
    private static final YearMonth MAR = YearMonth.of(2026, 3);
    private static final YearMonth APR = YearMonth.of(2026, 4);

    private final Accounts fx = new Accounts();
    private final Session alice = fx.alice();

    private static Money eur(long minor) {
        return Money.of(minor, "EUR");
    }

    private Transaction spend(YearMonth month, String category, long minor, String description) {
        return fx.transactions.add(alice, new Entry(month.atDay(3), TxKind.EXPENSE, category, eur(minor), description));
    }

    /** Groceries: 400.00 a month from November to March, rolling over from November; 365, 380, 400, 350, 100 spent. */
    private Transaction groceries() {
        fx.budgets.set(alice, "Groceries", NOV, eur(40_000), Rolling.ON);
        for (YearMonth m : List.of(DEC, JAN, FEB, MAR)) {
            fx.budgets.set(alice, "Groceries", m, eur(40_000));
        }
        Transaction november = spend(NOV, "Groceries", 36_500, "market");
        spend(DEC, "Groceries", 38_000, "market");
        spend(JAN, "Groceries", 40_000, "market");
        spend(FEB, "Groceries", 35_000, "bakery");
        spend(MAR, "Groceries", 10_000, "market");
        return november;
    }

    private BudgetMonth.Line line(YearMonth month, String category) {
        return fx.budgets.month(alice, month).lines().stream().filter(l -> l.category().equals(category)).findFirst().orElseThrow();
    }

    private List<Money> carried(YearMonth... months) {
        List<Money> out = new ArrayList<>();
        for (YearMonth m : months) {
            out.add(line(m, "Groceries").carried());
        }
        return out;
    }

    @Test
    void changingAPastMonthsSpendingChangesWhatEveryLaterMonthReceives() {
        Transaction november = groceries();
        // Dec 400 - 365 = 35; Jan 400 + 35 - 380 = 55; Feb 400 + 55 - 400 = 55; Mar 400 + 55 - 350 = 105;
        // April has not begun: it receives what March has left so far, 400 + 105 - 100 = 405
        assertEquals(List.of(eur(0), eur(3_500), eur(5_500), eur(5_500), eur(10_500), eur(40_500)), carried(NOV, DEC, JAN, FEB, MAR, APR));

        fx.transactions.edit(alice, november.id(), new Entry(NOV.atDay(3), TxKind.EXPENSE, "Groceries", eur(30_000), "market"));
        // November now leaves 100.00: every later month receives 65.00 more
        assertEquals(List.of(eur(0), eur(10_000), eur(12_000), eur(12_000), eur(17_000), eur(47_000)), carried(NOV, DEC, JAN, FEB, MAR, APR));
    }

    @Test
    void theBudgetsScreenShowsTheBudgetWhatWasCarriedWhatIsAvailableAndWhatRemains() {
        groceries();
        BudgetMonth.Line march = line(MAR, "Groceries");
        assertEquals(List.of(eur(40_000), eur(10_500), eur(50_500), eur(10_000), eur(40_500)),
                List.of(march.budget(), march.carried(), march.available(), march.spent(), march.remaining()));
        assertEquals(100.0 / 505.0, march.used(), 1e-9);
        // April: no budget set, only what March passes on
        BudgetMonth.Line april = line(APR, "Groceries");
        assertNull(april.budget());
        assertEquals(List.of(eur(40_500), eur(40_500), eur(40_500)), List.of(april.carried(), april.available(), april.remaining()));
        // a category that does not roll over: nothing carried, nothing available without a budget
        BudgetMonth.Line dining = line(MAR, "Dining");
        assertEquals(eur(0), dining.carried());
        assertNull(dining.available());
        assertNull(dining.remaining());
    }

    @Test
    void theVarianceComparesSpendingWithTheBudgetPlusWhatWasCarriedAndTheYearToDateStartsFromWhatCameIntoJanuary() {
        groceries();
        // Dining rolls over from January: 100.00 set, 60.00 spent; February has no budget and spends 10.00 of the 40.00
        fx.budgets.set(alice, "Dining", JAN, eur(10_000), Rolling.ON);
        spend(JAN, "Dining", 6_000, "lunch");
        spend(FEB, "Dining", 1_000, "lunch");
        BudgetVariance v = fx.analysis.budgets(alice, Period.between(JAN.atDay(1), MAR.atEndOfMonth()), Filter.ALL);

        BudgetVariance.Line january = find(v.lines(), JAN, "Groceries");
        assertEquals(List.of(eur(40_000), eur(5_500), eur(45_500), eur(40_000), eur(-5_500)),
                List.of(january.budget(), january.carried(), january.planned(), january.actual(), january.difference()));
        assertEquals(BudgetVariance.Status.NEAR, january.status());
        BudgetVariance.Line diningFeb = find(v.lines(), FEB, "Dining");
        assertEquals(List.of(eur(0), eur(4_000), eur(4_000), eur(1_000)),
                List.of(diningFeb.budget(), diningFeb.carried(), diningFeb.planned(), diningFeb.actual()));
        BudgetVariance.Line diningMar = find(v.lines(), MAR, "Dining");
        assertEquals(List.of(eur(0), eur(3_000), eur(3_000)), List.of(diningMar.budget(), diningMar.carried(), diningMar.planned()));
        assertEquals(List.of(), v.unbudgeted(), "a month that a carry brings in is not unbudgeted");

        BudgetVariance.Line year = find(v.yearToDate(), null, "Groceries");
        // three budgets of 400.00, and the 55.00 that came into January; 400 + 350 + 100 spent
        assertEquals(List.of(eur(120_000), eur(5_500), eur(125_500), eur(85_000)),
                List.of(year.budget(), year.carried(), year.planned(), year.actual()));
        BudgetVariance.Line diningYear = find(v.yearToDate(), null, "Dining");
        assertEquals(List.of(eur(10_000), eur(0), eur(10_000), eur(7_000)),
                List.of(diningYear.budget(), diningYear.carried(), diningYear.planned(), diningYear.actual()));
    }

    @Test
    void aFilterNarrowsWhatIsCountedAsSpentButNeverWhatWasCarried() {
        groceries();
        Filter market = fx.transactions.filter(alice, "desc:market", LocalDate.of(2026, 3, 5));
        BudgetVariance v = fx.analysis.budgets(alice, Period.between(FEB.atDay(1), MAR.atEndOfMonth()), market);
        BudgetVariance.Line feb = find(v.lines(), FEB, "Groceries");
        assertEquals(List.of(eur(5_500), eur(0)), List.of(feb.carried(), feb.actual()), "February's bakery is filtered out, not its carry");
        assertEquals(eur(10_500), find(v.lines(), MAR, "Groceries").carried());
    }

    @Test
    void theScreenAndTheVarianceReportShowTheSameFigures() {
        groceries();
        BudgetVariance v = fx.analysis.budgets(alice, Period.between(NOV.atDay(1), MAR.atEndOfMonth()), Filter.ALL);
        for (BudgetVariance.Line l : v.lines()) {
            BudgetMonth.Line same = line(l.month(), l.category());
            assertEquals(List.of(l.budget(), l.carried(), l.planned(), l.actual()),
                    List.of(same.budget(), same.carried(), same.available(), same.spent()), l.month() + " " + l.category());
        }
        assertEquals(5, v.lines().size());
    }

    private static BudgetVariance.Line find(List<BudgetVariance.Line> lines, YearMonth month, String category) {
        return lines.stream().filter(l -> java.util.Objects.equals(l.month(), month) && l.category().equals(category)).findFirst()
                .orElseThrow(() -> new AssertionError("no line for " + category + " in " + month + ": " + lines));
    }

    @Test
    void theBudgetAndItsRolloverAreSetInOneWrite() {
        long before = fx.store.version();
        fx.budgets.set(alice, "Groceries", NOV, eur(40_000), Rolling.on(Overspending.CARRY));
        assertEquals(before + 1, fx.store.version());
        assertEquals(List.of(new BudgetLine("Groceries", NOV, eur(40_000))), fx.budgets.list(alice, NOV));
        assertEquals(List.of(new RolloverLine("Groceries", NOV, true, Overspending.CARRY)), fx.budgets.rollovers(alice));
    }

    @Test
    void aSettingThatRepeatsTheOneInEffectIsStoredSoItStaysWhenAnEarlierOneChanges() {
        fx.budgets.set(alice, "Groceries", NOV, eur(40_000), Rolling.ON);
        fx.budgets.set(alice, "Groceries", JAN, eur(40_000), Rolling.ON); // repeats November's: stored all the same
        fx.budgets.set(alice, "Groceries", NOV, eur(40_000), Rolling.OFF);
        assertEquals(List.of(new RolloverLine("Groceries", NOV, false, Overspending.ABSORB),
                new RolloverLine("Groceries", JAN, true, Overspending.ABSORB)), fx.budgets.rollovers(alice));
        assertEquals(Rolling.OFF, fx.budgets.rolling(alice, "Groceries", DEC));
        assertEquals(Rolling.ON, fx.budgets.rolling(alice, "Groceries", JAN), "January's own setting stands");

        fx.budgets.set(alice, "Groceries", MAR, eur(40_000), Rolling.on(Overspending.CARRY));
        fx.budgets.set(alice, "Groceries", MAR, eur(41_000), Rolling.OFF); // the same month: updated, not added
        fx.budgets.set(alice, "Groceries", FEB, eur(40_000)); // no rolling given: the settings stay as they are
        assertEquals(List.of(new RolloverLine("Groceries", NOV, false, Overspending.ABSORB),
                new RolloverLine("Groceries", JAN, true, Overspending.ABSORB),
                new RolloverLine("Groceries", MAR, false, Overspending.ABSORB)), fx.budgets.rollovers(alice));
        assertEquals(Rolling.ON, fx.budgets.rolling(alice, "Groceries", FEB));
        assertEquals(Rolling.OFF, fx.budgets.rolling(alice, "Groceries", APR));
        assertEquals(Rolling.OFF, fx.budgets.rolling(alice, "Groceries", NOV.minusMonths(1)), "before the first setting");
    }

    @Test
    void aRolloverCanBeSetOnAMonthWithoutABudgetInOneWriteThatTouchesNoBudget() {
        long before = fx.store.version();
        assertEquals(new RolloverLine("Groceries", FEB, true, Overspending.CARRY),
                fx.budgets.roll(alice, "groceries", FEB, Rolling.on(Overspending.CARRY)));
        assertEquals(before + 1, fx.store.version());
        assertEquals(List.of(), fx.budgets.list(alice, FEB));
        assertNull(line(FEB, "Groceries").budget());
        assertEquals(Rolling.on(Overspending.CARRY), fx.budgets.rolling(alice, "Groceries", MAR));
        ValidationException e = assertThrows(ValidationException.class, () -> fx.budgets.roll(alice, "Salary", FEB, Rolling.ON));
        assertEquals("Salary is an income category: only the budgets of expense categories roll over", e.reason());
    }

    @Test
    void eachLineOfTheMonthSaysWhetherABudgetWasSetAndWhichSettingIsInEffect() {
        groceries();
        fx.budgets.roll(alice, "Groceries", MAR, Rolling.OFF);
        io.finterm.analysis.Rollover.Setting november = new io.finterm.analysis.Rollover.Setting(NOV, true, Overspending.ABSORB);
        assertEquals(november, line(JAN, "Groceries").rolling());
        assertEquals(true, line(JAN, "Groceries").rolls());
        assertEquals(new io.finterm.analysis.Rollover.Setting(MAR, false, Overspending.ABSORB), line(MAR, "Groceries").rolling());
        assertNull(line(NOV.minusMonths(1), "Groceries").rolling(), "before the first setting");
        assertNull(line(JAN, "Dining").rolling(), "a category that never rolled over");
        // rolling again from March, April (no budget, nothing spent in this history) is brought in by its carry alone:
        // no budget was set for it
        fx.budgets.roll(alice, "Groceries", MAR, Rolling.ON);
        io.finterm.domain.User user = fx.accounts.sessions().active(alice);
        var plans = BudgetPlans.read(fx.store, user, APR, APR, io.finterm.domain.RateOracle.identity(), new io.finterm.analysis.Conversion.Count(),
                (from, to) -> new io.finterm.analysis.Ledger(java.util.Currency.getInstance("EUR"), List.of()));
        assertEquals(1, plans.size(), plans.toString());
        assertEquals(false, plans.get(0).set());
        assertNull(line(APR, "Groceries").budget());
    }

    @Test
    void aRolloverOnAnIncomeCategoryIsRefusedWithASentenceAndNothingIsWritten() {
        long before = fx.store.version();
        ValidationException e = assertThrows(ValidationException.class,
                () -> fx.budgets.set(alice, "salary", MAR, eur(300_000), Rolling.ON));
        assertEquals("Salary is an income category: only the budgets of expense categories roll over", e.reason());
        assertEquals(before, fx.store.version());
        // "Other" is both an income and an expense category: the expense one rolls over
        fx.budgets.set(alice, "Other", MAR, eur(1_000), Rolling.ON);
        assertEquals(List.of(new RolloverLine("Other", MAR, true, Overspending.ABSORB)), fx.budgets.rollovers(alice));
    }

    @Test
    void anotherUsersSettingsAndBudgetsAreNeitherSeenNorCarried() {
        groceries();
        Session bob = fx.bob();
        assertEquals(List.of(), fx.budgets.rollovers(bob));
        assertEquals(Rolling.OFF, fx.budgets.rolling(bob, "Groceries", MAR));
        BudgetMonth.Line bobs = fx.budgets.month(bob, MAR).lines().stream().filter(l -> l.category().equals("Groceries")).findFirst().orElseThrow();
        assertEquals(eur(0), bobs.carried());
        assertNull(bobs.available());
    }

    @Test
    void withoutRolloverSettingsNoHistoryIsReadForCarries() {
        fx.budgets.set(alice, "Groceries", MAR, eur(40_000));
        io.finterm.domain.User user = fx.accounts.sessions().active(alice);
        var plans = BudgetPlans.read(fx.store, user, JAN, MAR, io.finterm.domain.RateOracle.identity(), new io.finterm.analysis.Conversion.Count(),
                (from, to) -> {
                    throw new AssertionError("read the history from " + from + " to " + to + " for a user without rollover settings");
                });
        assertEquals(List.of(new io.finterm.analysis.Planned(MAR, "Groceries", eur(40_000))), plans);
        fx.budgets.set(alice, "Groceries", FEB, eur(40_000), Rolling.ON);
        assertThrows(AssertionError.class, () -> BudgetPlans.read(fx.store, user, JAN, MAR, io.finterm.domain.RateOracle.identity(),
                new io.finterm.analysis.Conversion.Count(), (from, to) -> {
                    throw new AssertionError("read");
                }), "with a setting, the history is read");
    }
}
