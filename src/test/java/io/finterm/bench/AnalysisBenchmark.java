package io.finterm.bench;

import io.finterm.analysis.Period;
import io.finterm.analysis.Totals;
import io.finterm.analysis.Trend;
import io.finterm.domain.Account;
import io.finterm.domain.AccountType;
import io.finterm.domain.Category;
import io.finterm.domain.Money;
import io.finterm.domain.Role;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import io.finterm.domain.User;
import io.finterm.service.AccountSettings;
import io.finterm.service.AnalysisService;
import io.finterm.service.Argon2Params;
import io.finterm.service.Filter;
import io.finterm.service.FilterParser;
import io.finterm.service.Sort;
import io.finterm.service.Services;
import io.finterm.service.Session;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.testdata.LedgerGenerator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * The analysis reports of one user on a shared store (20 users, 10 years), each timed end to end
 * through {@link AnalysisService} (read, convert, compute), next to SQLite merely reading or grouping
 * the same rows in the same run. Run with
 * {@code mvn -B -Pbench -Dbench.class=io.finterm.bench.AnalysisBenchmark [-Dbench.args=100000]}.
 * Not a test: it prints a table and asserts nothing.
 */
public final class AnalysisBenchmark {
    private static final int USERS = 20;
    private static final int YEARS = 10;
    private static final LocalDate END = LocalDate.of(2025, 12, 31);
    private static final int RUNS = 21;

    public static void main(String[] args) throws Exception {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path work = Files.createTempDirectory("finterm-analysis-bench");
        Clock clock = Clock.fixed(END.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Services.Settings settings = new Services.Settings(new Argon2Params(64, 1, 1), 2,
                new AccountSettings(5, Duration.ofMinutes(15), Duration.ofMinutes(15), Currency.getInstance("EUR")), "", 8, "http://127.0.0.1:9/");
        char[] password = "benchmark-password-1".toCharArray();
        System.out.printf(Locale.ROOT, "finterm analysis benchmark: %,d transactions, %d users, %d years, %d cores%n",
                rows, USERS, YEARS, Runtime.getRuntime().availableProcessors());
        try (Store store = Store.open(work.resolve("finterm"))) {
            Services services = new Services(store, settings, clock, work.resolve("exports"));
            services.accounts().createFirstAdmin("root", password.clone(), "cli");
            Session admin = services.accounts().login("root", password.clone(), "cli");
            for (int u = 1; u <= USERS; u++) {
                services.userAdmin().createUser(admin, "user" + u, password.clone(), Role.USER);
            }
            List<Category> categories = new ArrayList<>();
            store.read(rd -> {
                rd.forEach(Schema.CATEGORIES, categories::add);
                return null;
            });
            categories.removeIf(c -> c.userId() == admin.userId());
            Map<Long, long[]> accounts = threeAccounts(store);
            // Each user's rows spread over their three accounts, so that a register has one account's rows to pass over;
            // one row in twenty is tagged trip-rome (some of them tax too), one in ten tax alone, as a tagging person's might be.
            List<Transaction> txs = new ArrayList<>(new LedgerGenerator(42).transactions(categories, rows, YEARS, END, 1).stream()
                    .map(t -> new Transaction(t.id(), t.userId(), accounts.get(t.userId())[(int) (t.id() % 3)], t.date(), t.kind(),
                            t.categoryId(), t.amount(), t.description(), 0, "", tags(t.id()), TxStatus.UNCLEARED, List.of())).toList());
            store.write(tx -> {
                txs.forEach(t -> tx.insert(Schema.TRANSACTIONS, t));
                return null;
            });
            SqliteBaseline lite = new SqliteBaseline(work.resolve("sqlite.db"));
            lite.load(categories, txs);
            lite.loadTags(txs);
            txs.clear();

            Session user = services.accounts().login("user1", password.clone(), "cli");
            long id = user.userId();
            for (Category c : categories) {
                if (c.userId() == id && c.kind() == TxKind.EXPENSE) {
                    for (int m = 1; m <= 12; m++) {
                        services.budgets().set(user, c.name(), YearMonth.of(END.getYear(), m), Money.of(50_000, "EUR"));
                    }
                }
            }
            AnalysisService analysis = services.analysis();
            Period december = Period.month(YearMonth.from(END));
            Period year = Period.between(END.withDayOfYear(1), END);
            long decFrom = december.previous().from().toEpochDay();
            long yearFrom = year.from().toEpochDay();
            long to = END.toEpochDay();
            List<String[]> table = new ArrayList<>();
            row(table, "summary of a month (and the month before)", () -> analysis.summary(user, december, Filter.ALL),
                    () -> lite.sumsByKind(id, decFrom, to));
            row(table, "category statistics of a month", () -> analysis.categories(user, december, TxKind.EXPENSE, Filter.ALL),
                    () -> lite.byCategory(id, december.from().toEpochDay(), to));
            row(table, "12-month trend, every category, with projection", () -> analysis.trend(user, year, Trend.Granularity.MONTH, Filter.ALL),
                    () -> lite.dashboard(id, yearFrom, to));
            row(table, "outliers over the whole history (" + rows / USERS + " rows)", () -> analysis.outliers(user, year, Filter.ALL),
                    () -> lite.expensesByCategory(id));
            row(table, "budget variance of a year", () -> analysis.budgets(user, year, Filter.ALL),
                    () -> lite.dashboard(id, yearFrom, to));
            List<String[]> queries = new ArrayList<>();
            var transactions = services.transactions();
            Filter decemberOnly = FilterParser.parse("date:" + YearMonth.from(END), END);
            Filter coffee = FilterParser.parse("desc:coffee", END);
            Filter trip = FilterParser.parse("tag:trip-rome", END);
            long allFrom = END.minusYears(YEARS).toEpochDay();
            row(queries, "3. one user's month by date, first page of 50", () -> transactions.list(user, decemberOnly, Sort.DATE_ASC, 0, 50),
                    () -> lite.page(id, december.from().toEpochDay(), to, 0));
            row(queries, "4. the page at row 40,000 of one user's history", () -> transactions.list(user, Filter.ALL, Sort.DATE_ASC, 40_000, 50),
                    () -> lite.page(id, allFrom, to, 40_000));
            row(queries, "5. dashboard refresh (12 months by category, the month's figures and categories)",
                    () -> analysis.dashboard(user, december, Filter.ALL), () -> {
                        lite.dashboard(id, yearFrom, to);
                        lite.sumsByKind(id, decFrom, to);
                        lite.byCategory(id, december.from().toEpochDay(), to);
                    });
            row(queries, "6. all-time totals by category", () -> services.reports().totals(user, null, null, Totals.By.CATEGORY, null, Filter.ALL),
                    () -> lite.totalsByCategory(id));
            row(queries, "7. desc:coffee over the whole history: count and newest 50",
                    () -> {
                        transactions.count(user, coffee);
                        transactions.list(user, coffee, Sort.DATE_DESC, 0, 50);
                    }, () -> lite.search(id, "coffee"));
            long tripRows = transactions.count(user, trip);
            check("tag:trip-rome count and newest 50", tripRows + Math.min(tripRows, 50), lite.tagged(id, "trip-rome"));
            check("tag:trip-rome by category", services.reports().totals(user, null, null, Totals.By.CATEGORY, null, trip).figures().count(),
                    lite.taggedByCategory(id, "trip-rome"));
            row(queries, String.format(Locale.ROOT, "8. tag:trip-rome over the whole history (%,d of %,d rows): count and newest 50",
                    tripRows, rows / USERS), () -> {
                        transactions.count(user, trip);
                        transactions.list(user, trip, Sort.DATE_DESC, 0, 50);
                    }, () -> lite.tagged(id, "trip-rome"));
            row(queries, "9. tag:trip-rome totals by category, all time", () -> services.reports().totals(user, null, null, Totals.By.CATEGORY, null, trip),
                    () -> lite.taggedByCategory(id, "trip-rome"));
            List<String[]> balances = new ArrayList<>();
            long main = accounts.get(id)[0];
            long perAccount = services.register().register(user, "Main", 0, 0, false).total();
            int deep = (int) (perAccount * 3 / 5);
            check("account list", services.accountBook().list(user).stream().mapToLong(l -> l.balance().minor()).sum(), lite.balances(id, to));
            check("net worth", services.netWorth().netWorth(user, YearMonth.from(year.from()), YearMonth.from(END)).rows().get(11).netWorth().minor(),
                    lite.netWorth(id, yearFrom, to));
            check("register", services.register().register(user, "Main", deep, 50, false).rows().get(49).balance().minor(),
                    lite.register(id, main, deep));
            row(balances, "the account list with balances today (3 accounts)", () -> services.accountBook().list(user),
                    () -> lite.balances(id, to));
            row(balances, "12-month net worth series", () -> services.netWorth().netWorth(user, YearMonth.from(year.from()), YearMonth.from(END)),
                    () -> lite.netWorth(id, yearFrom, to));
            row(balances, String.format(Locale.ROOT, "running-balance page of 50 at row %,d of one account's %,d", deep, perAccount),
                    () -> services.register().register(user, "Main", deep, 50, false), () -> lite.register(id, main, deep));
            lite.close();
            System.out.printf(Locale.ROOT, "%n| analysis (one user) | finterm p50 | SQLite p50, reading the same rows | ratio |%n|---|---|---|---|%n");
            table.forEach(r -> System.out.printf(Locale.ROOT, "| %s | %s ms | %s ms | %s |%n", (Object[]) r));
            System.out.printf(Locale.ROOT, "%n| query the app runs (one user) | finterm p50 | SQLite p50 | ratio |%n|---|---|---|---|%n");
            queries.forEach(r -> System.out.printf(Locale.ROOT, "| %s | %s ms | %s ms | %s |%n", (Object[]) r));
            System.out.printf(Locale.ROOT, "%n| balances (one user) | finterm p50 | SQLite p50, with an index on (user, account, date) | ratio |%n"
                    + "|---|---|---|---|%n");
            balances.forEach(r -> System.out.printf(Locale.ROOT, "| %s | %s ms | %s ms | %s |%n", (Object[]) r));
        }
    }

    /**
     * Gives every user two more accounts, Savings and Card, next to Main; returns each user's three
     * account ids, Main first.
     */
    private static Map<Long, long[]> threeAccounts(Store store) {
        return store.write(tx -> {
            List<User> users = new ArrayList<>();
            tx.forEach(Schema.USERS, users::add);
            Map<Long, long[]> out = new HashMap<>();
            for (User u : users) {
                long[] ids = {u.defaultAccountId(), 0, 0};
                ids[1] = tx.insert(Schema.ACCOUNTS, new Account(tx.nextId(Schema.ACCOUNTS), u.id(), "Savings", AccountType.SAVINGS,
                        u.baseCurrency(), new Money(0, u.baseCurrency()), END.minusYears(YEARS), true, false)).id();
                ids[2] = tx.insert(Schema.ACCOUNTS, new Account(tx.nextId(Schema.ACCOUNTS), u.id(), "Card", AccountType.CREDIT,
                        u.baseCurrency(), new Money(0, u.baseCurrency()), END.minusYears(YEARS), true, false)).id();
                out.put(u.id(), ids);
            }
            return out;
        });
    }

    /** The tags of row {@code id}: trip-rome on one row in twenty (a third of them tax too), tax alone on one in ten. */
    private static List<String> tags(long id) {
        if (id % 20 == 0) {
            return id % 3 == 0 ? List.of("tax", "trip-rome") : List.of("trip-rome");
        }
        return id % 10 == 1 ? List.of("tax") : List.of();
    }

    /** Stops the benchmark when finterm and SQLite disagree: a fast wrong answer is no answer. */
    private static void check(String what, long ours, long theirs) {
        if (ours != theirs) {
            throw new IllegalStateException(what + ": finterm says " + ours + ", SQLite " + theirs);
        }
    }

    private static void row(List<String[]> table, String what, Stopwatch.Work ours, Stopwatch.Work theirs) throws Exception {
        double a = p50(ours);
        double b = p50(theirs);
        table.add(new String[] {what, String.format(Locale.ROOT, "%.2f", a), String.format(Locale.ROOT, "%.2f", b),
            String.format(Locale.ROOT, "%.2f", a / b)});
    }

    private static double p50(Stopwatch.Work work) throws Exception {
        long warm = System.nanoTime() + 2_000_000_000L; // warmed up as an app in use would be: 2 s or 200 calls
        for (int i = 0; i < 200 && System.nanoTime() < warm; i++) {
            work.run();
        }
        double[] samples = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            samples[i] = Stopwatch.millis(work);
        }
        return Stopwatch.percentile(samples, 50);
    }
}
