package io.finterm.service;

import io.finterm.domain.Budget;
import io.finterm.domain.Category;
import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.Role;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.WriteTx;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Fills an empty store with realistic, seeded sample data: an administrator and users with salaries,
 * rent and bills on their days, everyday purchases with log-normal amounts, a few purchases that are
 * dozens of times their category's usual, and budgets for the last year. The same generator serves
 * {@code finterm --demo}, {@code finterm demo} and the benchmarks.
 */
public final class DemoService {
    /** How much to make: {@code rows} 0 means about 620 transactions per user and year, over two years. */
    public record Options(int users, long rows, long seed) {
        public Options {
            if (users < 1 || users > 1000) {
                throw new ValidationException("users", "must be 1 to 1000, not " + users);
            }
            if (rows < 0 || rows > 50_000_000) {
                throw new ValidationException("rows", "must be 0 to 50,000,000, not " + rows);
            }
        }
    }

    /** What was made, and how to log in. */
    public record Demo(List<String> usernames, String admin, long transactions, long budgets) {
        /** The password of each demo account: the name and {@code -demo-pw}. */
        public static String password(String username) {
            return username + "-demo-pw";
        }

        public String hint() {
            return "Demo: log in as " + usernames.get(0) + " / " + password(usernames.get(0)) + "   (or " + admin + " / "
                    + password(admin) + " for the admin screen)";
        }
    }

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
    private static final String[] NAMES = {"alice", "bob", "carol", "dave", "erin", "frank", "grace", "heidi", "ivan", "judy"};
    private static final int SPILL_EVERY = 50_000;

    private final Store store;
    private final AccountService accounts;
    private final UserAdminService userAdmin;
    private final Clock clock;

    public DemoService(Store store, AccountService accounts, Clock clock) {
        this.store = store;
        this.accounts = accounts;
        this.userAdmin = new UserAdminService(store, accounts);
        this.clock = clock;
    }

    /** Seeds the store, which must have no accounts yet. */
    public Demo seed(Options options) {
        if (accounts.hasUsers()) {
            throw new FintermException("the store already has accounts; a demo needs an empty data directory");
        }
        Random random = new Random(options.seed());
        String admin = "admin";
        accounts.createFirstAdmin(admin, Demo.password(admin).toCharArray());
        Session root = accounts.login(admin, Demo.password(admin).toCharArray());
        List<String> names = new ArrayList<>();
        for (int u = 0; u < options.users(); u++) {
            String name = u < NAMES.length ? NAMES[u] : "user" + (u + 1);
            userAdmin.createUser(root, name, Demo.password(name).toCharArray(), Role.USER);
            names.add(name);
        }
        accounts.logout(root);
        LocalDate today = LocalDate.now(clock);
        long perUser = options.rows() > 0 ? options.rows() / options.users() : 2 * 620L;
        int years = (int) Math.max(2, Math.min(10, Math.ceil(perUser / 620.0)));
        long[] counts = {0, 0};
        store.write(tx -> {
            for (int u = 0; u < names.size(); u++) {
                User user = tx.findUnique(Schema.USERS_BY_NAME, names.get(u)).orElseThrow();
                long rows = perUser + (u < options.rows() % options.users() ? 1 : 0);
                long[] made = new Life(tx, user, random, today, years).generate(rows);
                counts[0] += made[0];
                counts[1] += made[1];
            }
            return null;
        });
        return new Demo(names, admin, counts[0], counts[1]);
    }

    /** One user's history. */
    private static final class Life {
        private final WriteTx tx;
        private final User user;
        private final Random random;
        private final LocalDate today;
        private final LocalDate start;
        private final Map<String, Category> categories = new HashMap<>();
        private final Map<String, long[]> monthly = new HashMap<>();
        private long made;
        private long rows;

        Life(WriteTx tx, User user, Random random, LocalDate today, int years) {
            this.tx = tx;
            this.user = user;
            this.random = random;
            this.today = today;
            this.start = today.minusYears(years).withDayOfMonth(1);
            for (Category c : tx.scan(Schema.CATEGORIES_BY_NAME, KeyRange.prefix(user.id()), Paging.all())
                    .rows()) {
                categories.put(c.kind().label() + ":" + c.name(), c);
            }
        }

        /** Makes {@code rows} transactions and the last year's budgets; returns {transactions, budgets}. */
        long[] generate(long wanted) {
            this.rows = wanted;
            double salary = 2400 + random.nextInt(2400);
            double rent = 700 + random.nextInt(700);
            double utilities = 60 + random.nextInt(60);
            for (YearMonth m = YearMonth.from(start); !m.atDay(1).isAfter(today) && made < rows; m = m.plusMonths(1)) {
                if (m.getMonthValue() == 1 && m.isAfter(YearMonth.from(start))) {
                    salary *= 1.02 + random.nextDouble() * 0.02;
                    rent *= 1.02;
                }
                add(m.atDay(1), TxKind.EXPENSE, "Rent", Math.round(rent * 100), "rent");
                add(m.atDay(Math.min(25, m.lengthOfMonth())), TxKind.INCOME, "Salary",
                        Math.round(salary * (m.getMonthValue() == 12 ? 1.5 : 1) * 100), m.getMonthValue() == 12 ? "salary and bonus" : "salary");
                add(m.atDay(5), TxKind.EXPENSE, "Utilities", cents(utilities, 0.25), "electricity and water");
                add(m.atDay(1), TxKind.INCOME, "Interest", cents(8, 0.8), "interest");
                if (random.nextInt(3) == 0) {
                    add(day(m), TxKind.INCOME, "Freelance", cents(600, 0.6), "invoice");
                }
            }
            outlier("Shopping", 60, "new laptop");
            outlier("Dining", 45, "wedding dinner");
            outlier("Groceries", 40, "party supplies");
            double total = HABITS.stream().mapToDouble(Habit::perYear).sum();
            long days = ChronoUnit.DAYS.between(start, today) + 1;
            while (made < rows) {
                double pick = random.nextDouble() * total;
                Habit habit = HABITS.get(HABITS.size() - 1);
                for (Habit h : HABITS) {
                    if ((pick -= h.perYear()) < 0) {
                        habit = h;
                        break;
                    }
                }
                add(start.plusDays(random.nextLong(days)), TxKind.EXPENSE, habit.category(), cents(habit.median(), habit.spread()),
                        habit.descriptions()[random.nextInt(habit.descriptions().length)]);
            }
            return new long[] {made, budgets()};
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
                    tx.insert(Schema.BUDGETS, new Budget(tx.nextId(Schema.BUDGETS), user.id(), c.id(), m, new Money(amount, user.baseCurrency())));
                    n++;
                }
            }
            return n;
        }

        private void outlier(String category, double times, String description) {
            if (made >= rows) {
                return;
            }
            Habit habit = HABITS.stream().filter(h -> h.category().equals(category)).findFirst().orElseThrow();
            add(start.plusDays(random.nextLong(ChronoUnit.DAYS.between(start, today) + 1)), TxKind.EXPENSE, category,
                    Math.round(habit.median() * times * 100), description);
        }

        private LocalDate day(YearMonth m) {
            LocalDate d = m.atDay(1 + random.nextInt(m.lengthOfMonth()));
            return d.isAfter(today) ? today : d;
        }

        private long cents(double median, double spread) {
            return Math.max(1, Math.round(100 * median * Math.exp(spread * random.nextGaussian())));
        }

        private void add(LocalDate date, TxKind kind, String category, long cents, String description) {
            if (date.isAfter(today) || date.isBefore(start)) {
                return;
            }
            Category c = categories.get(kind.label() + ":" + category);
            tx.insert(Schema.TRANSACTIONS, Transaction.entry(tx.nextId(Schema.TRANSACTIONS), user.id(), user.defaultAccountId(),
                    date, kind, c.id(), new Money(cents, user.baseCurrency()), description));
            if (kind == TxKind.EXPENSE) {
                int month = (int) ChronoUnit.MONTHS.between(YearMonth.from(start), YearMonth.from(date));
                long[] totals = monthly.computeIfAbsent(category, k -> new long[(int) ChronoUnit.MONTHS.between(YearMonth.from(start),
                        YearMonth.from(today)) + 1]);
                totals[month] += cents;
            }
            if (++made % SPILL_EVERY == 0) {
                tx.spill();
            }
        }
    }
}
