package io.finterm.service;

import io.finterm.analysis.Conversion;
import io.finterm.analysis.Planned;
import io.finterm.domain.Budget;
import io.finterm.domain.Category;
import io.finterm.domain.MissingRateException;
import io.finterm.domain.RateOracle;
import io.finterm.domain.User;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A user's budgets of some months in the base currency, read the one way that the variance report
 * and the Budgets screen share, so that both show the same figures.
 */
final class BudgetPlans {
    private BudgetPlans() {
    }

    /**
     * The budgets from {@code first} to {@code last}, each converted at the rate of its month's first
     * day and counted in {@code count}. A budget set in a former base currency with no rate to
     * today's is left out (shown as unbudgeted) and counted, never taken 1:1.
     */
    static List<Planned> read(ReadTx rd, User user, YearMonth first, YearMonth last, RateOracle rates, Conversion.Count count) {
        List<Planned> found = new ArrayList<>();
        Map<Long, String> names = Categories.names(rd, user.id());
        for (Category c : Categories.all(rd, user.id())) {
            KeyRange months = KeyRange.between(new Object[] {user.id(), c.id(), Schema.month(first)},
                    new Object[] {user.id(), c.id(), Schema.month(last)});
            for (Budget b : rd.scan(Schema.BUDGETS_BY_MONTH, months, Paging.all()).rows()) {
                LocalDate day = b.month().atDay(1);
                try {
                    found.add(new Planned(b.month(), names.get(b.categoryId()), rates.convert(b.amount(), day, user.baseCurrency())));
                } catch (MissingRateException e) {
                    count.budgetLeftOut(b.amount().currency(), e.getMessage());
                    continue;
                }
                if (!b.amount().currency().equals(user.baseCurrency())) {
                    count.budget(day, rates.rateDay(day, b.amount().currency(), user.baseCurrency()));
                }
            }
        }
        return found;
    }
}
