package io.finterm.service;

import io.finterm.analysis.BudgetVariance;
import io.finterm.analysis.CategoryStats;
import io.finterm.analysis.Conversion;
import io.finterm.analysis.Dashboard;
import io.finterm.analysis.Item;
import io.finterm.analysis.Judgement;
import io.finterm.analysis.Ledger;
import io.finterm.analysis.Lines;
import io.finterm.analysis.OutlierDetector;
import io.finterm.analysis.Outliers;
import io.finterm.analysis.Period;
import io.finterm.analysis.PeriodSummary;
import io.finterm.analysis.Planned;
import io.finterm.analysis.Trend;
import io.finterm.analysis.Unconverted;
import io.finterm.domain.RateOracle;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.store.KeyRange;
import io.finterm.store.Page;
import io.finterm.store.Paging;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The analysis reports over a user's own transactions, in their base currency, for the TUI, the CLI
 * and exports. Each call reads the dates it needs in one read transaction and hands them to the pure
 * {@code analysis} package; a filter narrows what is counted everywhere.
 */
public final class AnalysisService {
    /** How many users' histories are kept converted in memory (about 10 MB per 50,000 transactions). */
    static final int CACHED_USERS = 4;

    private final Store store;
    private final Sessions sessions;
    private final RateOracle rates;
    private final OutlierDetector outliers;
    private final Clock clock;
    private final Map<Long, History> histories = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, History> eldest) {
            return size() > CACHED_USERS;
        }
    };

    public AnalysisService(Store store, AccountService accounts, RateOracle rates, OutlierDetector outliers, Clock clock) {
        this.store = store;
        this.sessions = accounts.sessions();
        this.rates = rates;
        this.outliers = outliers;
        this.clock = clock;
    }

    /** Income, expenses, net and savings rate of {@code period}, and their change against the period before. */
    public PeriodSummary summary(Session session, Period period, Filter filter) {
        User user = sessions.active(session);
        return PeriodSummary.of(ledger(user, period.previous().from(), period.to(), filter), period);
    }

    /** Count, total, mean, median, deviation, monthly average and share per category of {@code kind}. */
    public CategoryStats categories(Session session, Period period, TxKind kind, Filter filter) {
        User user = sessions.active(session);
        return CategoryStats.of(ledger(user, period.from(), period.to(), filter), period, kind);
    }

    /** The monthly or weekly series of {@code period}, with slopes, moving averages and this month's projection. */
    public Trend trend(Session session, Period period, Trend.Granularity granularity, Filter filter) {
        User user = sessions.active(session);
        LocalDate today = LocalDate.now(clock);
        return Trend.of(ledger(user, trendFrom(period, today), period.to(), filter), period, granularity, today, earlier(user, period, filter));
    }

    /** The first day a trend of {@code period} reads: six months back when it holds today, for this month's projection. */
    private static LocalDate trendFrom(Period period, LocalDate today) {
        LocalDate history = YearMonth.from(today).minusMonths(6).atDay(1);
        return period.contains(today) && history.isBefore(period.from()) ? history : period.from();
    }

    /** Which series (kinds and categories) have transactions matching {@code filter} before {@code period}, in all history. */
    private Trend.Earlier earlier(User user, Period period, Filter filter) {
        if (filter.isEmpty()) {
            return history(user).earlier(period.from());
        }
        return Trend.Earlier.of(ledger(user, Transaction.FIRST_DATE, period.from().minusDays(1), filter).items(), period);
    }

    /**
     * The unusual expenses and monthly totals of {@code period} that match {@code filter}. Each is
     * judged against its category's whole history, unfiltered, so a filter chooses what is shown, not
     * what counts as usual.
     */
    public Outliers outliers(Session session, Period period, Filter filter) {
        User user = sessions.active(session);
        Outliers all = history(user).judgement(outliers).within(period);
        if (filter.isEmpty()) {
            return all;
        }
        Ledger matching = ledger(user, period.from(), period.to(), filter);
        // a split's shares share its id: an item is its id and category
        Set<String> shares = new HashSet<>();
        Set<String> categoryMonths = new HashSet<>();
        matching.items().forEach(i -> {
            shares.add(i.id() + "@" + i.category().toLowerCase(Locale.ROOT));
            categoryMonths.add(i.category().toLowerCase(Locale.ROOT) + "@" + YearMonth.from(i.date()));
        });
        return new Outliers(all.period(), all.minSample(),
                all.transactions().stream().filter(f -> shares.contains(f.item().id() + "@" + f.item().category().toLowerCase(Locale.ROOT))).toList(),
                all.months().stream().filter(m -> categoryMonths.contains(m.category().toLowerCase(Locale.ROOT) + "@" + m.month())).toList());
    }

    /** Budget against actual for the months of {@code period}, with the year to date; the filter narrows the actuals. */
    public BudgetVariance budgets(Session session, Period period, Filter filter) {
        User user = sessions.active(session);
        LocalDate from = BudgetVariance.dataFrom(period);
        List<Planned> plans = plans(user, period, new Conversion.Count());
        return BudgetVariance.of(ledger(user, from, period.to(), filter), plans, period, LocalDate.now(clock));
    }

    /**
     * The budgets that a variance of {@code period} reads, in the base currency, each conversion
     * counted in {@code count}. A budget set in a former base currency with no rate to today's is
     * left out (shown as unbudgeted) and counted, never taken 1:1.
     */
    private List<Planned> plans(User user, Period period, Conversion.Count count) {
        return plans(user, YearMonth.from(BudgetVariance.dataFrom(period)), YearMonth.from(period.to()), count);
    }

    /**
     * The budgets from {@code first} to {@code last} with what rolling budgets carried into them
     * ({@link BudgetPlans#read}), the carry worked out from the unfiltered history: a filter
     * narrows what a report counts as spent, never what was carried.
     */
    List<Planned> plans(User user, YearMonth first, YearMonth last, Conversion.Count count) {
        return plansAndSettings(user, first, last, count).plans();
    }

    /** {@link #plans(User, YearMonth, YearMonth, Conversion.Count)} with the rollover settings read with them. */
    BudgetPlans.Plans plansAndSettings(User user, YearMonth first, YearMonth last, Conversion.Count count) {
        return BudgetPlans.withSettings(store, user, first, last, rates, count, (from, to) -> ledger(user, from, to, Filter.ALL));
    }

    /** The reports whose conversions {@link #conversion} counts. */
    public enum Report { SUMMARY, CATEGORIES, TREND, OUTLIERS, BUDGET, DASHBOARD }

    /**
     * How the figures of {@code report} over {@code period} were converted: which rate days, how
     * many took an earlier day's rate, what was left out. It counts every conversion the report
     * reads, including those outside the period that its figures depend on: the period before for
     * a summary's change, the months of a trend's projection, a budget variance's year to date and
     * its budgets. An outlier is judged against its category's history, but only the period's
     * transactions are shown, so only they are counted.
     */
    public Conversion conversion(Session session, Report report, Period period, Filter filter) {
        User user = sessions.active(session);
        LocalDate today = LocalDate.now(clock);
        LocalDate from = switch (report) {
            case SUMMARY -> period.previous().from();
            case CATEGORIES, OUTLIERS -> period.from();
            case TREND -> trendFrom(period, today);
            case BUDGET -> BudgetVariance.dataFrom(period);
            case DASHBOARD -> java.util.stream.Stream.of(period.previous().from(), trendFrom(year(period), today), trendFrom(period, today),
                    BudgetVariance.dataFrom(period)).min(Comparator.naturalOrder()).orElseThrow();
        };
        Conversion.Count count = new Conversion.Count();
        count.ledger(ledger(user, from, period.to(), filter), Period.between(from, period.to()));
        if (report == Report.BUDGET || report == Report.DASHBOARD) {
            plans(user, period, count);
        }
        return count.conversion();
    }

    /**
     * The period a monthly trend of {@code period} is drawn over: a trend needs months, so a period
     * shorter than a quarter shows the twelve months up to its end.
     */
    public static Period trendPeriod(Period period) {
        return period.months() >= 3 ? period : year(period);
    }

    /** The twelve months to the end of {@code period}, which the dashboard's monthly trend shows. */
    private static Period year(Period period) {
        YearMonth last = YearMonth.from(period.to());
        return Period.between(last.minusMonths(11).atDay(1), last.atEndOfMonth());
    }

    /** Every panel of the dashboard for {@code period}, all respecting {@code filter}. */
    public Dashboard dashboard(Session session, Period period, Filter filter) {
        sessions.active(session);
        return new Dashboard(summary(session, period, filter), categories(session, period, TxKind.EXPENSE, filter),
                trend(session, year(period), Trend.Granularity.MONTH, filter), trend(session, period, Trend.Granularity.DAY, filter),
                outliers(session, period, filter), budgets(session, period, filter), conversion(session, Report.DASHBOARD, period, filter));
    }

    /**
     * The "all" period: from the first date with data to today, or to the last date with data when
     * that is later; this month when there is no data.
     */
    public Period span(Session session) {
        User user = sessions.active(session);
        LocalDate today = LocalDate.now(clock);
        return store.read(rd -> {
            Page<Transaction> first = rd.scan(Schema.TX_BY_DATE, KeyRange.prefix(user.id()), Paging.first(1));
            Page<Transaction> last = rd.scan(Schema.TX_BY_DATE, KeyRange.prefix(user.id()), Paging.first(1).reversed());
            if (first.rows().isEmpty()) {
                Period month = Period.month(YearMonth.from(today));
                return Period.all(month.from(), month.to());
            }
            LocalDate end = last.rows().get(0).date();
            LocalDate start = first.rows().get(0).date();
            return Period.all(start.isAfter(today) ? today : start, end.isBefore(today) ? today : end);
        });
    }

    /**
     * The category shares ({@link Lines#byCategory}) of the user's transactions from {@code from} to {@code to}
     * that match {@code filter}, converted. A filter with a tag reads that tag's rows from the index instead of the history.
     */
    private Ledger ledger(User user, LocalDate from, LocalDate to, Filter filter) {
        LocalDate start = filter.from().isAfter(from) ? filter.from() : from;
        LocalDate end = filter.to().isBefore(to) ? filter.to() : to;
        if (start.isAfter(end)) {
            return new Ledger(user.baseCurrency(), List.of());
        }
        if (filter.tag().isPresent()) {
            return store.read(rd -> {
                Map<Long, String> names = Categories.names(rd, user.id());
                List<Transaction> shares = new ArrayList<>();
                FilterRows.scan(rd, user.id(), filter, start, end, t -> {
                    for (Transaction share : Lines.byCategory(t)) {
                        if (filter.matches(share, names)) {
                            shares.add(share);
                        }
                    }
                });
                return Ledger.convert(user.baseCurrency(), shares, names, rates);
            });
        }
        History h = history(user);
        List<Unconverted> left = new ArrayList<>();
        for (int i = 0; i < h.ledger.unconverted().size(); i++) {
            Unconverted u = h.ledger.unconverted().get(i);
            Transaction t = h.unconverted.get(i);
            if (!u.date().isBefore(start) && !u.date().isAfter(end) && filter.matches(t, h.names)) {
                left.add(u);
            }
        }
        int first = h.firstOnOrAfter(start);
        int last = h.firstOnOrAfter(end.plusDays(1));
        if (filter.isEmpty()) {
            return new Ledger(user.baseCurrency(), h.ledger.items().subList(first, last), left);
        }
        List<Item> matching = new ArrayList<>();
        for (int i = first; i < last; i++) {
            if (filter.matches(h.transactions.get(i), h.names)) {
                matching.add(h.ledger.items().get(i));
            }
        }
        return new Ledger(user.baseCurrency(), matching, left);
    }

    /**
     * A user's whole history of income and expenses (transfers left out), converted once and kept
     * while the store is unchanged: reports then only filter and compute. The few most recent users are kept, so memory stays bounded.
     */
    private History history(User user) {
        long version = store.version();
        synchronized (histories) {
            History cached = histories.get(user.id());
            if (cached != null && cached.version == version && cached.ledger.currency().equals(user.baseCurrency())) {
                return cached;
            }
        }
        History loaded = store.read(rd -> {
            Map<Long, String> names = Categories.names(rd, user.id());
            List<Transaction> rows = new ArrayList<>();
            Paging paging = Paging.first(4096);
            while (true) {
                Page<Transaction> page = rd.scan(Schema.TX_BY_DATE, KeyRange.prefix(user.id()), paging);
                // A transfer moves money between one's own accounts: it is neither income nor spending,
                // so no analysis (summary, categories, trend, outliers, budgets, exports) sees its legs.
                for (Transaction t : page.rows()) {
                    rows.addAll(Lines.byCategory(t));
                }
                if (!page.hasMore()) {
                    break;
                }
                paging = paging.after(page.lastKey());
            }
            rows.sort(Comparator.comparing(Transaction::date).thenComparingLong(Transaction::id));
            Ledger ledger = Ledger.convert(user.baseCurrency(), rows, names, rates);
            // Items line up with the shares they came from, so the unconverted ones are set apart (in the
            // ledger's order of its unconverted ones: all shares of a transaction convert, or none does).
            List<Transaction> unconverted = new ArrayList<>();
            List<Transaction> converted = rows;
            if (!ledger.unconverted().isEmpty()) {
                Set<Long> left = new HashSet<>();
                ledger.unconverted().forEach(u -> left.add(u.id()));
                converted = new ArrayList<>(rows.size());
                for (Transaction t : rows) {
                    if (left.contains(t.id())) {
                        unconverted.add(t);
                    } else {
                        converted.add(t);
                    }
                }
            }
            return new History(version, List.copyOf(converted), List.copyOf(unconverted), names, ledger);
        });
        synchronized (histories) {
            histories.put(user.id(), loaded);
        }
        return loaded;
    }

    /**
     * A user's transactions as category shares ({@link Lines#byCategory}; transfers have none) in (date, id)
     * order, the same converted item for item, those left unconverted in the ledger's order, and, once asked
     * for, the judgement of its unusual spending.
     */
    private static final class History {
        final long version;
        final List<Transaction> transactions;
        final List<Transaction> unconverted;
        final Map<Long, String> names;
        final Ledger ledger;
        private Judgement judgement;

        History(long version, List<Transaction> transactions, List<Transaction> unconverted, Map<Long, String> names, Ledger ledger) {
            this.version = version;
            this.transactions = transactions;
            this.unconverted = unconverted;
            this.names = names;
            this.ledger = ledger;
        }

        /** The first day of each series, by {@link Trend.Earlier#key} and by kind (under its name): read once per history. */
        private Map<String, LocalDate> firstDays;

        synchronized Trend.Earlier earlier(LocalDate day) {
            if (firstDays == null) {
                firstDays = new HashMap<>();
                for (Item item : ledger.items()) {
                    firstDays.putIfAbsent(Trend.Earlier.key(item.kind(), item.category()), item.date());
                    firstDays.putIfAbsent(item.kind().name(), item.date());
                }
            }
            Set<TxKind> kinds = java.util.EnumSet.noneOf(TxKind.class);
            Set<String> categories = new HashSet<>();
            firstDays.forEach((key, first) -> {
                if (first.isBefore(day)) {
                    if (key.indexOf(':') < 0) {
                        kinds.add(TxKind.valueOf(key));
                    } else {
                        categories.add(key);
                    }
                }
            });
            return new Trend.Earlier(kinds, categories);
        }

        synchronized Judgement judgement(OutlierDetector detector) {
            if (judgement == null) {
                judgement = detector.judge(ledger);
            }
            return judgement;
        }

        int firstOnOrAfter(LocalDate day) {
            int lo = 0;
            int hi = transactions.size();
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (transactions.get(mid).date().isBefore(day)) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
