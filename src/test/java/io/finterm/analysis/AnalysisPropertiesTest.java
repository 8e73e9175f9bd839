package io.finterm.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.finterm.analysis.Period.Length;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Properties over random ledgers: the figures agree with each other to the cent. */
class AnalysisPropertiesTest {
    private static final String[] CATEGORIES = {"Groceries", "Rent", "Dining", "Travel", "Salary", "Bonus"};

    private static Ledger randomLedger(Random random) {
        List<Item> items = new ArrayList<>();
        LocalDate start = LocalDate.of(2023, 1, 1);
        int n = random.nextInt(400);
        for (int i = 0; i < n; i++) {
            int c = random.nextInt(CATEGORIES.length);
            TxKind kind = c >= 4 ? TxKind.INCOME : TxKind.EXPENSE;
            Money amount = new Money(1 + (long) Math.floor(Math.exp(random.nextDouble() * 14)), Items.EUR);
            items.add(new Item(i + 1, start.plusDays(random.nextInt(800)), kind, CATEGORIES[c], amount, amount, ""));
        }
        return new Ledger(Items.EUR, items);
    }

    private static Period randomPeriod(Random random) {
        LocalDate day = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(800));
        Length length = Length.values()[random.nextInt(4)];
        return random.nextInt(5) == 0 ? Period.between(day, day.plusDays(random.nextInt(300))) : Period.containing(length, day);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void categoryTotalsAddUpToThePeriodTotalsAndTheTrendToo(long seed) {
        Random random = new Random(seed);
        Ledger ledger = randomLedger(random);
        for (int round = 0; round < 20; round++) {
            Period period = randomPeriod(random);
            PeriodSummary summary = PeriodSummary.of(ledger, period);
            CategoryStats expenses = CategoryStats.of(ledger, period, TxKind.EXPENSE);
            CategoryStats income = CategoryStats.of(ledger, period, TxKind.INCOME);
            assertEquals(summary.current().expenses(), expenses.total());
            assertEquals(summary.current().income(), income.total());
            assertEquals(expenses.total().minor(), expenses.rows().stream().mapToLong(r -> r.total().minor()).sum());
            assertEquals(income.total().minor(), income.rows().stream().mapToLong(r -> r.total().minor()).sum());
            assertEquals(summary.current().count(), expenses.rows().stream().mapToLong(CategoryStats.Row::count).sum()
                    + income.rows().stream().mapToLong(CategoryStats.Row::count).sum());

            Trend trend = Trend.of(ledger, period, Trend.Granularity.MONTH, period.to().plusDays(1));
            assertEquals(summary.current().expenses().minor(), trend.expenses().values().stream().mapToLong(Money::minor).sum());
            assertEquals(summary.current().net().minor(), trend.savings().values().stream().mapToLong(Money::minor).sum());
            for (int b = 0; b < trend.buckets().size(); b++) {
                int bucket = b;
                long byCategory = trend.categories().stream().filter(l -> l.kind() == TxKind.EXPENSE)
                        .mapToLong(l -> l.values().get(bucket).minor()).sum();
                assertEquals(trend.expenses().values().get(b).minor(), byCategory);
            }
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
    void theBudgetVarianceIsActualMinusPlannedAndActualIsWhatWasSpent(long seed) {
        Random random = new Random(seed);
        Ledger ledger = randomLedger(random);
        List<Planned> plans = new ArrayList<>();
        for (YearMonth m = YearMonth.of(2023, 1); m.isBefore(YearMonth.of(2025, 4)); m = m.plusMonths(1)) {
            for (int c = 0; c < 4; c++) {
                if (random.nextBoolean()) {
                    plans.add(new Planned(m, CATEGORIES[c], new Money(1 + random.nextInt(2_000_000), Items.EUR)));
                }
            }
        }
        for (int round = 0; round < 10; round++) {
            Period period = randomPeriod(random);
            BudgetVariance variance = BudgetVariance.of(ledger, plans, period, period.to());
            for (BudgetVariance.Line line : variance.lines()) {
                assertEquals(line.actual().minus(line.planned()), line.difference());
                long spent = ledger.within(Period.month(line.month())).stream()
                        .filter(i -> i.kind() == TxKind.EXPENSE && i.category().equals(line.category()))
                        .mapToLong(i -> i.amount().minor()).sum();
                assertEquals(spent, line.actual().minor());
            }
            for (BudgetVariance.Line line : variance.yearToDate()) {
                assertEquals(line.actual().minus(line.planned()), line.difference());
            }
        }
    }
}
