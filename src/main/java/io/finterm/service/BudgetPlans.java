package io.finterm.service;

import io.finterm.analysis.Conversion;
import io.finterm.analysis.Item;
import io.finterm.analysis.Ledger;
import io.finterm.analysis.Planned;
import io.finterm.analysis.Rollover;
import io.finterm.domain.Budget;
import io.finterm.domain.BudgetRollover;
import io.finterm.domain.Category;
import io.finterm.domain.MissingRateException;
import io.finterm.domain.Money;
import io.finterm.domain.RateOracle;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/**
 * A user's budgets of some months in the base currency, with what rolling budgets carried into
 * them, read the one way that the variance report and the Budgets screen share, so that both show
 * the same figures.
 */
final class BudgetPlans {
    private BudgetPlans() {
    }

    /**
     * The budgets from {@code first} to {@code last}, each with what its month received from the
     * month before when the category's budget rolls over, and a budget of 0 for a month that only a
     * carry brings in. Carried amounts come from the whole history of the categories that have
     * rollover settings: their budgets from their first setting on, and their spending read unfiltered
     * through {@code expenses} (from, to), as the variance and the Budgets screen read it. A user
     * without rollover settings costs no more than the budgets themselves.
     */
    static List<Planned> read(Store store, User user, YearMonth first, YearMonth last, RateOracle rates, Conversion.Count count,
                              BiFunction<LocalDate, LocalDate, Ledger> expenses) {
        return withSettings(store, user, first, last, rates, count, expenses).plans();
    }

    /**
     * What {@link #read} gives, with the rollover settings it read, by expense category name (case
     * aside), each list by month: the Budgets screen needs both, from the one read.
     */
    record Plans(List<Planned> plans, Map<String, List<Rollover.Setting>> settings) {
    }

    /** {@link #read}, keeping the settings read with the budgets. */
    static Plans withSettings(Store store, User user, YearMonth first, YearMonth last, RateOracle rates, Conversion.Count count,
                              BiFunction<LocalDate, LocalDate, Ledger> expenses) {
        record Read(List<Planned> plans, Map<String, List<Rollover.Setting>> settings, List<Planned> earlier) {
        }
        Read read = store.read(rd -> {
            List<Planned> plans = read(rd, user, first, last, rates, count);
            Map<String, List<Rollover.Setting>> settings = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            List<Planned> earlier = new ArrayList<>();
            Map<Long, List<Rollover.Setting>> byCategory = settings(rd, user.id());
            if (byCategory.isEmpty()) {
                return new Read(plans, settings, earlier);
            }
            for (Category c : Categories.all(rd, user.id())) {
                List<Rollover.Setting> own = byCategory.get(c.id());
                if (own == null || c.kind() != TxKind.EXPENSE) {
                    continue;
                }
                settings.put(c.name(), own);
                YearMonth from = own.get(0).from();
                if (from.isBefore(first)) {
                    category(rd, user, c, from, first.minusMonths(1), rates, count, earlier);
                }
            }
            return new Read(plans, settings, earlier);
        });
        if (read.settings().isEmpty()) {
            return new Plans(read.plans(), read.settings());
        }
        return new Plans(withCarried(read.plans(), read.earlier(), read.settings(), first, last, user, count, expenses), read.settings());
    }

    /** Every rollover setting of a user, by category id, each list by month. */
    static Map<Long, List<Rollover.Setting>> settings(ReadTx rd, long userId) {
        Map<Long, List<Rollover.Setting>> found = new HashMap<>();
        for (BudgetRollover r : rd.scan(Schema.ROLLOVERS_BY_MONTH, KeyRange.prefix(userId), Paging.all()).rows()) {
            found.computeIfAbsent(r.categoryId(), c -> new ArrayList<>()).add(new Rollover.Setting(r.from(), r.on(), r.overspending()));
        }
        return found;
    }

    private static List<Planned> withCarried(List<Planned> plans, List<Planned> earlier, Map<String, List<Rollover.Setting>> settings,
                                             YearMonth first, YearMonth last, User user, Conversion.Count count,
                                             BiFunction<LocalDate, LocalDate, Ledger> expenses) {
        YearMonth from = settings.values().stream().map(s -> s.get(0).from()).min(YearMonth::compareTo).orElseThrow();
        Map<String, Map<YearMonth, Long>> spent = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, Map<YearMonth, Long>> budgets = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        settings.keySet().forEach(c -> {
            spent.put(c, new HashMap<>());
            budgets.put(c, new HashMap<>());
        });
        if (from.isBefore(last.plusMonths(1))) {
            for (Item item : expenses.apply(from.atDay(1), last.atEndOfMonth()).items()) {
                Map<YearMonth, Long> own = spent.get(item.category());
                if (item.kind() != TxKind.EXPENSE || own == null) {
                    continue;
                }
                own.merge(YearMonth.from(item.date()), item.amount().minor(), Math::addExact);
                if (item.rateDate() != null && item.date().isBefore(first.atDay(1))) {
                    count.transaction(item.date(), item.rateDate()); // the carry depends on it; later ones the report counts itself
                }
            }
        }
        for (List<Planned> list : List.of(earlier, plans)) {
            for (Planned p : list) {
                Map<YearMonth, Long> own = budgets.get(p.category());
                if (own != null) {
                    own.put(p.month(), p.amount().minor());
                }
            }
        }
        Money zero = new Money(0, user.baseCurrency());
        List<Planned> out = new ArrayList<>();
        Map<String, Map<YearMonth, Long>> carried = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        settings.forEach((c, s) -> carried.put(c, Rollover.carried(s, budgets.get(c), spent.get(c), last)));
        for (Planned p : plans) {
            long in = carried.getOrDefault(p.category(), Map.of()).getOrDefault(p.month(), 0L);
            out.add(new Planned(p.month(), p.category(), p.amount(), new Money(in, user.baseCurrency())));
        }
        carried.forEach((c, months) -> months.forEach((month, in) -> {
            if (in != 0 && !month.isBefore(first) && !budgets.get(c).containsKey(month)) {
                out.add(new Planned(month, c, zero, new Money(in, user.baseCurrency()), false));
            }
        }));
        return out;
    }

    /**
     * The budgets from {@code first} to {@code last}, each converted at the rate of its month's first
     * day and counted in {@code count}. A budget set in a former base currency with no rate to
     * today's is left out (shown as unbudgeted) and counted, never taken 1:1.
     */
    static List<Planned> read(ReadTx rd, User user, YearMonth first, YearMonth last, RateOracle rates, Conversion.Count count) {
        List<Planned> found = new ArrayList<>();
        for (Category c : Categories.all(rd, user.id())) {
            category(rd, user, c, first, last, rates, count, found);
        }
        return found;
    }

    private static void category(ReadTx rd, User user, Category c, YearMonth first, YearMonth last, RateOracle rates,
                                 Conversion.Count count, List<Planned> found) {
        KeyRange months = KeyRange.between(new Object[] {user.id(), c.id(), Schema.month(first)},
                new Object[] {user.id(), c.id(), Schema.month(last)});
        for (Budget b : rd.scan(Schema.BUDGETS_BY_MONTH, months, Paging.all()).rows()) {
            LocalDate day = b.month().atDay(1);
            try {
                found.add(new Planned(b.month(), c.name(), rates.convert(b.amount(), day, user.baseCurrency())));
            } catch (MissingRateException e) {
                count.budgetLeftOut(b.amount().currency(), e.getMessage());
                continue;
            }
            if (!b.amount().currency().equals(user.baseCurrency())) {
                count.budget(day, rates.rateDay(day, b.amount().currency(), user.baseCurrency()));
            }
        }
    }
}
