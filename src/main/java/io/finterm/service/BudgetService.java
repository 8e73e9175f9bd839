package io.finterm.service;

import io.finterm.analysis.Conversion;
import io.finterm.analysis.Period;
import io.finterm.analysis.Planned;
import io.finterm.analysis.Rollover;
import io.finterm.domain.Budget;
import io.finterm.domain.BudgetRollover;
import io.finterm.domain.Category;
import io.finterm.domain.Money;
import io.finterm.domain.Overspending;
import io.finterm.domain.RateOracle;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.Schema;
import io.finterm.store.WriteTx;
import io.finterm.store.Store;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A user's monthly budgets, one per expense category and month. */
public final class BudgetService {
    private final Store store;
    private final Sessions sessions;
    private final AnalysisService analysis;
    private final RateOracle rates;
    private final Steps steps;

    public BudgetService(Store store, AccountService accounts, AnalysisService analysis, RateOracle rates) {
        this.store = store;
        this.sessions = accounts.sessions();
        this.steps = new Steps(accounts.clock());
        this.analysis = analysis;
        this.rates = rates;
    }

    /**
     * Whether a category's budget rolls over from a month on, as {@code budget set} gives it:
     * {@link #ON} (overspending absorbed, the default), {@link #OFF}, or {@link #on(Overspending)}.
     */
    public record Rolling(boolean on, Overspending overspending) {
        public static final Rolling ON = new Rolling(true, Overspending.ABSORB);
        public static final Rolling OFF = new Rolling(false, Overspending.ABSORB);

        public Rolling {
            java.util.Objects.requireNonNull(overspending, "overspending");
            if (!on && overspending != Overspending.ABSORB) {
                throw new ValidationException("overspending", "applies only while the budget rolls over");
            }
        }

        public static Rolling on(Overspending overspending) {
            return new Rolling(true, overspending);
        }

        /** The setting as a {@code Rolling}; none in effect is {@link #OFF}. */
        static Rolling of(Rollover.Setting setting) {
            return setting == null ? OFF : new Rolling(setting.on(), setting.overspending());
        }
    }

    /** Sets (or changes) the budget of an expense category for a month, leaving its rollover as it is. */
    public BudgetLine set(Session session, String category, YearMonth month, Money amount) {
        return set(session, category, month, amount, null);
    }

    /**
     * Sets (or changes) the budget of an expense category for a month and, unless {@code rolling} is
     * {@code null}, whether it rolls over from that month on, in one write.
     */
    public BudgetLine set(Session session, String category, YearMonth month, Money amount, Rolling rolling) {
        User user = sessions.active(session);
        return store.write(tx -> {
            Category c = rolling != null ? rollingCategory(tx, user, category) : Categories.existing(tx, user.id(), TxKind.EXPENSE, category);
            var existing = tx.findUnique(Schema.BUDGETS_BY_MONTH, user.id(), c.id(), Schema.month(month));
            Budget b = existing.isPresent()
                    ? tx.update(Schema.BUDGETS, new Budget(existing.get().id(), user.id(), c.id(), month, amount))
                    : tx.insert(Schema.BUDGETS, new Budget(tx.nextId(Schema.BUDGETS), user.id(), c.id(), month, amount));
            if (rolling != null) {
                roll(tx, user, c, month, rolling);
            }
            steps.record(tx, user, "budget for " + c.name() + " in " + month);
            return new BudgetLine(c.name(), b.month(), b.amount());
        });
    }

    /**
     * Sets whether the budget of an expense category rolls over from {@code from} on, without
     * touching any budget: the month needs no budget of its own (a carry alone brings it in).
     */
    public RolloverLine roll(Session session, String category, YearMonth from, Rolling rolling) {
        java.util.Objects.requireNonNull(rolling, "rolling");
        User user = sessions.active(session);
        return store.write(tx -> {
            Category c = rollingCategory(tx, user, category);
            roll(tx, user, c, from, rolling);
            steps.record(tx, user, (rolling.on() ? "rollover of " : "rollover off for ") + c.name() + " from " + from);
            return new RolloverLine(c.name(), from, rolling.on(), rolling.overspending());
        });
    }

    /** The expense category named {@code category}; an income one is refused with a sentence. */
    private static Category rollingCategory(WriteTx tx, User user, String category) {
        Categories.find(tx, user.id(), TxKind.INCOME, category).ifPresent(income -> {
            if (Categories.find(tx, user.id(), TxKind.EXPENSE, category).isEmpty()) {
                throw new ValidationException("category", income.name() + " is an income category: only the budgets of expense categories roll over");
            }
        });
        return Categories.existing(tx, user.id(), TxKind.EXPENSE, category);
    }

    /**
     * Makes {@code rolling} the setting of {@code c} from {@code month} on. It is always stored at
     * that month, even when it repeats the one in effect before: what the user set there must stay
     * when an earlier setting changes later.
     */
    private static void roll(WriteTx tx, User user, Category c, YearMonth month, Rolling rolling) {
        var at = tx.findUnique(Schema.ROLLOVERS_BY_MONTH, user.id(), c.id(), Schema.month(month));
        if (at.isPresent()) {
            tx.update(Schema.ROLLOVERS, new BudgetRollover(at.get().id(), user.id(), c.id(), month, rolling.on(), rolling.overspending()));
        } else {
            tx.insert(Schema.ROLLOVERS, new BudgetRollover(tx.nextId(Schema.ROLLOVERS), user.id(), c.id(), month, rolling.on(),
                    rolling.overspending()));
        }
    }

    /** Every rollover setting of the user, by category then month. */
    public List<RolloverLine> rollovers(Session session) {
        User user = sessions.active(session);
        return store.read(rd -> {
            Map<Long, String> names = Categories.names(rd, user.id());
            List<RolloverLine> out = new ArrayList<>();
            for (BudgetRollover r : rd.scan(Schema.ROLLOVERS_BY_MONTH, KeyRange.prefix(user.id()), Paging.all()).rows()) {
                out.add(new RolloverLine(names.get(r.categoryId()), r.from(), r.on(), r.overspending()));
            }
            out.sort(Comparator.comparing(RolloverLine::category, String.CASE_INSENSITIVE_ORDER).thenComparing(RolloverLine::from));
            return out;
        });
    }

    /** The rollover setting in effect for {@code category} at {@code month}: {@link Rolling#OFF} when none. */
    public Rolling rolling(Session session, String category, YearMonth month) {
        return Rolling.of(setting(session, category, month));
    }

    /** The rollover setting in effect for {@code category} at {@code month}, with the month it is from; {@code null} when none ever was. */
    public Rollover.Setting setting(Session session, String category, YearMonth month) {
        User user = sessions.active(session);
        return store.read(rd -> {
            Category c = Categories.existing(rd, user.id(), TxKind.EXPENSE, category);
            return Rollover.inEffect(BudgetPlans.settings(rd, user.id()).getOrDefault(c.id(), List.of()), month);
        });
    }

    /** @return whether there was such a budget */
    public boolean remove(Session session, String category, YearMonth month) {
        User user = sessions.active(session);
        return store.write(tx -> {
            Category c = Categories.existing(tx, user.id(), TxKind.EXPENSE, category);
            steps.record(tx, user, "removal of the budget for " + c.name() + " in " + month); // no step when there was none
            return tx.findUnique(Schema.BUDGETS_BY_MONTH, user.id(), c.id(), Schema.month(month))
                    .map(b -> tx.delete(Schema.BUDGETS, b.id())).orElse(false);
        });
    }

    /**
     * Every expense category of {@code month} with its budget, spending and what remains, in the base
     * currency: budgets are converted as the variance report converts them, spending as every
     * report does, so the screen, the command line and the exports agree.
     */
    public BudgetMonth month(Session session, YearMonth month) {
        User user = sessions.active(session);
        Period period = Period.month(month);
        Conversion.Count count = new Conversion.Count();
        List<Category> expense = store.read(rd -> Categories.all(rd, user.id()).stream().filter(c -> c.kind() == TxKind.EXPENSE)
                .sorted(Comparator.comparing(Category::name, String.CASE_INSENSITIVE_ORDER)).toList());
        // the budgets, their carries and the rollover settings in one read
        BudgetPlans.Plans plans = analysis.plansAndSettings(user, month, month, count);
        Map<String, Planned> budgets = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        plans.plans().forEach(p -> budgets.put(p.category(), p));
        Map<String, Money> spent = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        analysis.categories(session, period, TxKind.EXPENSE, Filter.ALL).rows().forEach(r -> spent.put(r.category(), r.total()));
        count.add(analysis.conversion(session, AnalysisService.Report.CATEGORIES, period, Filter.ALL));
        List<BudgetMonth.Line> lines = new ArrayList<>();
        Money zero = new Money(0, user.baseCurrency());
        for (Category c : expense) {
            Planned p = budgets.get(c.name());
            Money budget = p == null || !p.set() ? null : p.amount();
            lines.add(BudgetMonth.Line.of(c.name(), budget, p == null ? zero : p.carried(), spent.getOrDefault(c.name(), zero),
                    Rollover.inEffect(plans.settings().getOrDefault(c.name(), List.of()), month)));
        }
        return new BudgetMonth(month, user.baseCurrency(), lines, count.conversion());
    }

    /** The budgets of {@code month} as they were set (in the currency they were set in), by category name. */
    public List<BudgetLine> list(Session session, YearMonth month) {
        User user = sessions.active(session);
        return store.read(rd -> {
            Map<Long, String> names = Categories.names(rd, user.id());
            List<BudgetLine> out = new ArrayList<>();
            for (Category c : Categories.all(rd, user.id())) {
                rd.findUnique(Schema.BUDGETS_BY_MONTH, user.id(), c.id(), Schema.month(month))
                        .ifPresent(b -> out.add(new BudgetLine(names.get(b.categoryId()), b.month(), b.amount())));
            }
            out.sort(Comparator.comparing(BudgetLine::category, String.CASE_INSENSITIVE_ORDER));
            return out;
        });
    }

    /**
     * Copies the budgets of {@code from} into every month after it up to {@code to}, leaving alone
     * any budget already set there.
     *
     * @return how many budgets were created
     */
    public int copyForward(Session session, YearMonth from, YearMonth to) {
        if (!to.isAfter(from)) {
            throw new ValidationException("to", to + " must be after " + from);
        }
        if (from.until(to, java.time.temporal.ChronoUnit.MONTHS) > 120) {
            throw new ValidationException("to", "copy at most 120 months at a time");
        }
        User user = sessions.active(session);
        return store.write(tx -> {
            steps.record(tx, user, "copy of budgets from " + from + " to " + to); // all the months are one step
            int created = 0;
            for (Category c : Categories.all(tx, user.id())) {
                var source = tx.findUnique(Schema.BUDGETS_BY_MONTH, user.id(), c.id(), Schema.month(from));
                if (source.isEmpty()) {
                    continue;
                }
                for (YearMonth m = from.plusMonths(1); !m.isAfter(to); m = m.plusMonths(1)) {
                    if (tx.findUnique(Schema.BUDGETS_BY_MONTH, user.id(), c.id(), Schema.month(m)).isEmpty()) {
                        tx.insert(Schema.BUDGETS, new Budget(tx.nextId(Schema.BUDGETS), user.id(), c.id(), m, source.get().amount()));
                        created++;
                    }
                }
            }
            return created;
        });
    }
}
