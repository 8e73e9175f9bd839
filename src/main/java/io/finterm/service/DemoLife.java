package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.AccountType;
import io.finterm.domain.Budget;
import io.finterm.domain.BudgetRollover;
import io.finterm.domain.Category;
import io.finterm.domain.Money;
import io.finterm.domain.Overspending;
import io.finterm.domain.SplitLine;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import io.finterm.domain.User;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.Schema;
import io.finterm.store.WriteTx;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;

/**
 * One demo user's history, in three accounts: Checking (their default: the salary comes in, rent,
 * bills and groceries go out), Savings (a share of each salary moves there on the 26th, and the
 * interest is paid there) and a Credit card (dining, transport, going out, shopping and travel,
 * paid off from checking on the 3rd of the next month). Every row counts towards the number asked
 * for, the two legs of a transfer included.
 *
 * <p>Rows have a payee where the description names a shop, travel and health costs are tagged, some
 * supermarket receipts are split between groceries and household goods, and everything before last
 * month is reconciled and last month's rows are cleared, as after a monthly look at the statements.
 * None of it draws from the random numbers, so the amounts and dates are those of the seed alone.
 */
final class DemoLife {
    /** A kind of everyday spending: how often (per year), its median amount, spread and descriptions. */
    private record Habit(String category, double perYear, double median, double spread, String... descriptions) {
    }

    private static final List<Habit> HABITS = List.of(
            new Habit("Groceries", 130, 38, 0.55, "market", "supermarket", "bakery", "organic shop", "corner shop"),
            new Habit("Dining", 78, 22, 0.5, "lunch", "pizza", "café", "sushi", "dinner out"),
            new Habit("Transport", 200, 6, 0.7, "bus ticket", "train", "taxi", "fuel", "bike repair"),
            new Habit("Entertainment", 50, 18, 0.7, "cinema", "concert", "streaming", "books", "museum"),
            new Habit("Health", 12, 25, 0.9, "pharmacy", "dentist", "gym", "optician"),
            new Habit("Shopping", 50, 40, 0.9, "clothes", "shoes", "electronics", "home goods"),
            new Habit("Travel", 4, 300, 0.8, "hotel", "flight", "train trip"),
            new Habit("Other", 24, 15, 1.0, "gift", "donation", "bank fees"));
    /** Who is paid, for the descriptions that name one. */
    private static final Map<String, String> PAYEES = Map.ofEntries(
            Map.entry("rent", "Landlord"), Map.entry("electricity and water", "City Utilities"),
            Map.entry("supermarket", "FreshMart"), Map.entry("bakery", "Le Petit Four"), Map.entry("organic shop", "GreenLeaf"),
            Map.entry("pizza", "Pizzeria Roma"), Map.entry("sushi", "Sushi Bar"), Map.entry("streaming", "StreamFlix"),
            Map.entry("train", "National Rail"), Map.entry("train trip", "National Rail"), Map.entry("flight", "SkyWays"),
            Map.entry("gym", "FitClub"), Map.entry("pharmacy", "City Pharmacy"), Map.entry("electronics", "TechStore"),
            Map.entry("salary", "Employer"), Map.entry("salary and bonus", "Employer"), Map.entry("interest", "Savings bank"));
    /** Tags by category: travel goes under {@code holiday}, health costs under {@code tax} (they may be deducted). */
    private static final Map<String, String> TAGS = Map.of("Travel", "holiday", "Health", "tax");
    /** Every third supermarket receipt of at least this much is split: a quarter of it is household goods. */
    private static final long SPLIT_FROM = 2_000;
    /** What is paid by card; the rest of the spending leaves checking. */
    private static final Set<String> BY_CARD = Set.of("Dining", "Transport", "Entertainment", "Shopping", "Travel");
    private static final String CHECKING = "Checking";
    private static final int SPILL_EVERY = 50_000;

    private final WriteTx tx;
    private final User user;
    private final Random random;
    private final LocalDate today;
    private final LocalDate start;
    private final Map<String, Category> categories = new HashMap<>();
    private final Map<String, long[]> monthly = new HashMap<>();
    private final Map<YearMonth, Long> salaries = new TreeMap<>();
    private final Map<YearMonth, Long> cardSpending = new TreeMap<>();
    private final Account checking;
    private final Account savings;
    private final Account card;
    private long made;
    private long rows;

    DemoLife(WriteTx tx, User user, Random random, LocalDate today, int years) {
        this.tx = tx;
        this.user = user;
        this.random = random;
        this.today = today;
        this.start = today.minusYears(years).withDayOfMonth(1);
        for (Category c : tx.scan(Schema.CATEGORIES_BY_NAME, KeyRange.prefix(user.id()), Paging.all()).rows()) {
            categories.put(c.kind().label() + ":" + c.name(), c);
        }
        // The first account every user gets becomes Checking; it stays the default.
        Account main = tx.get(Schema.ACCOUNTS, user.defaultAccountId()).orElseThrow();
        checking = tx.update(Schema.ACCOUNTS, main.withName(CHECKING).withOpening(money(150_000), start));
        savings = open("Savings", AccountType.SAVINGS, 500_000);
        card = open("Credit card", AccountType.CREDIT, 0);
    }

    private Account open(String name, AccountType type, long opening) {
        return tx.insert(Schema.ACCOUNTS, new Account(tx.nextId(Schema.ACCOUNTS), user.id(), name, type, user.baseCurrency(),
                money(opening), start, true, false));
    }

    /** Makes {@code wanted} transactions and the last year's budgets; returns {transactions, budgets}. */
    long[] generate(long wanted) {
        this.rows = wanted;
        long transfers = 2 * plannedTransfers();
        long reserved = transfers <= wanted / 4 ? transfers : 0; // a demo of a few rows has no room for them
        long entries = wanted - reserved;
        double salary = 2400 + random.nextInt(2400);
        double rent = 700 + random.nextInt(700);
        double utilities = 60 + random.nextInt(60);
        for (YearMonth m = YearMonth.from(start); !m.atDay(1).isAfter(today) && made < entries; m = m.plusMonths(1)) {
            if (m.getMonthValue() == 1 && m.isAfter(YearMonth.from(start))) {
                salary *= 1.02 + random.nextDouble() * 0.02;
                rent *= 1.02;
            }
            salaries.put(m, Math.round(salary * 100));
            add(checking, m.atDay(1), TxKind.EXPENSE, "Rent", Math.round(rent * 100), "rent", entries);
            add(checking, m.atDay(Math.min(25, m.lengthOfMonth())), TxKind.INCOME, "Salary",
                    Math.round(salary * (m.getMonthValue() == 12 ? 1.5 : 1) * 100),
                    m.getMonthValue() == 12 ? "salary and bonus" : "salary", entries);
            add(checking, m.atDay(5), TxKind.EXPENSE, "Utilities", cents(utilities, 0.25), "electricity and water", entries);
            add(savings, m.atDay(1), TxKind.INCOME, "Interest", cents(8, 0.8), "interest", entries);
            if (random.nextInt(3) == 0) {
                add(checking, day(m), TxKind.INCOME, "Freelance", cents(600, 0.6), "invoice", entries);
            }
        }
        outlier("Shopping", 60, "new laptop", entries);
        outlier("Dining", 45, "wedding dinner", entries);
        outlier("Groceries", 40, "party supplies", entries);
        double total = HABITS.stream().mapToDouble(Habit::perYear).sum();
        long days = ChronoUnit.DAYS.between(start, today) + 1;
        while (made < entries) {
            double pick = random.nextDouble() * total;
            Habit habit = HABITS.get(HABITS.size() - 1);
            for (Habit h : HABITS) {
                if ((pick -= h.perYear()) < 0) {
                    habit = h;
                    break;
                }
            }
            spend(start.plusDays(random.nextLong(days)), habit, entries);
        }
        if (reserved > 0) {
            transfers();
        }
        // A month without card spending needs no payment: its rows go to groceries, which leave checking.
        Habit groceries = HABITS.get(0);
        while (made < rows) {
            spend(start.plusDays(random.nextLong(days)), groceries, rows);
        }
        return new long[] {made, budgets()};
    }

    /** How many transfers {@link #transfers} makes at most: one to savings a month, and one card payment. */
    private long plannedTransfers() {
        long n = 0;
        for (YearMonth m = YearMonth.from(start); !m.atDay(1).isAfter(today); m = m.plusMonths(1)) {
            n += saved(m).isAfter(today) ? 0 : 1;
            n += paid(m).isAfter(today) ? 0 : 1;
        }
        return n;
    }

    private static LocalDate saved(YearMonth m) {
        return m.atDay(26);
    }

    private static LocalDate paid(YearMonth m) {
        return m.plusMonths(1).atDay(3);
    }

    /** A fifth of each month's salary to savings, and each month's card spending paid off early in the next. */
    private void transfers() {
        for (Map.Entry<YearMonth, Long> s : salaries.entrySet()) {
            if (!saved(s.getKey()).isAfter(today)) {
                transfer(checking, savings, saved(s.getKey()), Math.round(s.getValue() * 0.2 / 1000) * 1000, "to savings");
            }
        }
        for (YearMonth m = YearMonth.from(start); !paid(m).isAfter(today); m = m.plusMonths(1)) {
            long spent = cardSpending.getOrDefault(m, 0L);
            if (spent > 0) {
                transfer(checking, card, paid(m), spent, "card payment " + m);
            }
        }
    }

    private void transfer(Account from, Account to, LocalDate date, long cents, String description) {
        long out = tx.nextId(Schema.TRANSACTIONS);
        long in = tx.nextId(Schema.TRANSACTIONS);
        Transaction.Legs legs = Transaction.transferLegs(out, in, user.id(), from.id(), to.id(), date, money(cents), money(cents),
                description);
        tx.insert(Schema.TRANSACTIONS, legs.out().withStatus(status(date)));
        tx.insert(Schema.TRANSACTIONS, legs.in().withStatus(status(date)));
        counted();
        counted();
    }

    /**
     * Groceries' budget rolls over (overspending absorbed) from {@code from} on, so that the Budgets screen
     * and the variance show a carried amount.
     */
    void rollGroceries(YearMonth from) {
        Category groceries = categories.get("expense:Groceries");
        tx.insert(Schema.ROLLOVERS, new BudgetRollover(tx.nextId(Schema.ROLLOVERS), user.id(), groceries.id(), from, true,
                Overspending.ABSORB));
    }

    /** Budgets for the last twelve months and this one: the typical month of each category, rounded up to 10. */
    private long budgets() {
        long n = 0;
        for (Map.Entry<String, long[]> e : monthly.entrySet()) {
            long[] months = Arrays.stream(e.getValue()).filter(v -> v > 0).sorted().toArray();
            if (months.length < 3 || e.getKey().equals("Travel") || e.getKey().equals("Other")) {
                continue;
            }
            long typical = months[months.length / 2];
            long amount = (long) Math.ceil(typical * 1.05 / 1000.0) * 1000;
            Category c = categories.get("expense:" + e.getKey());
            for (int back = 12; back >= 0; back--) {
                YearMonth m = YearMonth.from(today).minusMonths(back);
                tx.insert(Schema.BUDGETS, new Budget(tx.nextId(Schema.BUDGETS), user.id(), c.id(), m, money(amount)));
                n++;
            }
        }
        return n;
    }

    private void outlier(String category, double times, String description, long limit) {
        Habit habit = HABITS.stream().filter(h -> h.category().equals(category)).findFirst().orElseThrow();
        add(accountFor(category), start.plusDays(random.nextLong(ChronoUnit.DAYS.between(start, today) + 1)), TxKind.EXPENSE,
                category, Math.round(habit.median() * times * 100), description, limit);
    }

    private void spend(LocalDate date, Habit habit, long limit) {
        add(accountFor(habit.category()), date, TxKind.EXPENSE, habit.category(), cents(habit.median(), habit.spread()),
                habit.descriptions()[random.nextInt(habit.descriptions().length)], limit);
    }

    private Account accountFor(String category) {
        return BY_CARD.contains(category) ? card : checking;
    }

    private LocalDate day(YearMonth m) {
        LocalDate d = m.atDay(1 + random.nextInt(m.lengthOfMonth()));
        return d.isAfter(today) ? today : d;
    }

    private long cents(double median, double spread) {
        return Math.max(1, Math.round(100 * median * Math.exp(spread * random.nextGaussian())));
    }

    private Money money(long cents) {
        return new Money(cents, user.baseCurrency());
    }

    /** An income or expense, unless it falls outside the history or {@code limit} rows are made already. */
    private void add(Account account, LocalDate date, TxKind kind, String category, long cents, String description, long limit) {
        if (made >= limit || date.isAfter(today) || date.isBefore(start)) {
            return;
        }
        Category c = categories.get(kind.label() + ":" + category);
        long id = tx.nextId(Schema.TRANSACTIONS);
        List<SplitLine> lines = List.of();
        if (description.equals("supermarket") && cents >= SPLIT_FROM && id % 3 == 0) {
            long household = cents / 4;
            lines = List.of(new SplitLine(c.id(), money(cents - household), "food"),
                    new SplitLine(categories.get("expense:Shopping").id(), money(household), "household goods"));
            spent("Shopping", date, household);
        }
        String tag = TAGS.get(category);
        tx.insert(Schema.TRANSACTIONS, new Transaction(id, user.id(), account.id(), date, kind, lines.isEmpty() ? c.id() : 0,
                money(cents), description, 0, PAYEES.getOrDefault(description, ""), tag == null ? List.of() : List.of(tag),
                status(date), lines));
        if (kind == TxKind.EXPENSE) {
            spent(category, date, lines.isEmpty() ? cents : lines.get(0).amount().minor());
        }
        if (account.id() == card.id()) {
            cardSpending.merge(YearMonth.from(date), cents, Long::sum);
        }
        counted();
    }

    /** Adds to a category's month, from which the budgets are set. */
    private void spent(String category, LocalDate date, long cents) {
        int month = (int) ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(date));
        long[] totals = monthly.computeIfAbsent(category, k -> new long[(int) ChronoUnit.MONTHS.between(YearMonth.from(start),
                YearMonth.from(today)) + 1]);
        totals[month] += cents;
    }

    /** Reconciled before last month, cleared in it, uncleared in this one: the statements are checked monthly. */
    private TxStatus status(LocalDate date) {
        YearMonth last = YearMonth.from(today).minusMonths(1);
        YearMonth month = YearMonth.from(date);
        return month.isBefore(last) ? TxStatus.RECONCILED : month.equals(last) ? TxStatus.CLEARED : TxStatus.UNCLEARED;
    }

    private void counted() {
        if (++made % SPILL_EVERY == 0) {
            tx.spill();
        }
    }
}
