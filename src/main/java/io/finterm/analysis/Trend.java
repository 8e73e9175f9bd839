package io.finterm.analysis;

import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Income, expenses and savings over a period, month by month, week by week or day by day, overall and per
 * category, with a fitted slope, moving averages, and a projection of the current month.
 *
 * <p>Only complete buckets (ended before {@code today}) feed the slope, so a half-spent current month
 * does not read as a fall. A series' slope starts at its first transaction, or at the period's start
 * if it had transactions before then: rent paid since March is not a rise from zero in January.
 * Moving averages are over the values as shown; they are NaN until their window is full.
 */
public record Trend(Period period, Granularity granularity, LocalDate today, List<Bucket> buckets,
                    Line income, Line expenses, Line savings, List<Line> categories) {
    /** The size of one step of the series. */
    public enum Granularity {
        MONTH, WEEK, DAY;

        String unit() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        LocalDate start(LocalDate day) {
            return switch (this) {
                case MONTH -> day.withDayOfMonth(1);
                case WEEK -> day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                case DAY -> day;
            };
        }

        LocalDate next(LocalDate start) {
            return switch (this) {
                case MONTH -> start.plusMonths(1);
                case WEEK -> start.plusWeeks(1);
                case DAY -> start.plusDays(1);
            };
        }

        String label(LocalDate start) {
            return switch (this) {
                case MONTH -> YearMonth.from(start).toString();
                case WEEK -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
                case DAY -> start.toString();
            };
        }
    }

    /** One step of the series: its dates and a label such as {@code 2026-11} or {@code 2026-W47}. */
    public record Bucket(LocalDate from, LocalDate to, String label, boolean complete) {
    }

    /**
     * One series. {@code kind} is {@code null} for savings. {@code projected} is the expected total of
     * the current month for expense series when the period includes today, and {@code null} otherwise.
     */
    public record Line(String name, TxKind kind, List<Money> values, Slope slope, List<Double> average3,
                       List<Double> average6, List<Double> average12, Money projected) {
        public Line {
            values = List.copyOf(values);
            average3 = List.copyOf(average3);
            average6 = List.copyOf(average6);
            average12 = List.copyOf(average12);
        }
    }

    public Trend {
        buckets = List.copyOf(buckets);
        categories = List.copyOf(categories);
    }

    /**
     * Which series had transactions before the period began: the kinds (for income, expenses and
     * savings) and the categories, by {@link #key}. Their slopes start at the period's start; every
     * other series' at its first transaction in the period.
     */
    public record Earlier(Set<TxKind> kinds, Set<String> categories) {
        public Earlier {
            kinds = Set.copyOf(kinds);
            categories = Set.copyOf(categories);
        }

        /** The series that {@code items}, dated before {@code period}, started. */
        public static Earlier of(Iterable<Item> items, Period period) {
            Set<TxKind> kinds = EnumSet.noneOf(TxKind.class);
            Set<String> categories = new HashSet<>();
            for (Item item : items) {
                if (item.date().isBefore(period.from())) {
                    kinds.add(item.kind());
                    categories.add(key(item.kind(), item.category()));
                }
            }
            return new Earlier(kinds, categories);
        }

        public static String key(TxKind kind, String category) {
            return kind.name() + ":" + category.toLowerCase(Locale.ROOT);
        }
    }

    /** As {@link #of(Ledger, Period, Granularity, LocalDate, Earlier)}, with what came earlier taken from {@code ledger}. */
    public static Trend of(Ledger ledger, Period period, Granularity granularity, LocalDate today) {
        return of(ledger, period, granularity, today, Earlier.of(ledger.items(), period));
    }

    /** Expense categories come first, each group ordered by name. */
    public static Trend of(Ledger ledger, Period period, Granularity granularity, LocalDate today, Earlier earlier) {
        List<Bucket> buckets = buckets(period, granularity, today);
        long[] income = sums(ledger, buckets, i -> i.kind() == TxKind.INCOME);
        long[] expenses = sums(ledger, buckets, i -> i.kind() == TxKind.EXPENSE);
        long[] savings = new long[buckets.size()];
        for (int i = 0; i < savings.length; i++) {
            savings[i] = Math.subtractExact(income[i], expenses[i]);
        }
        Projection projection = new Projection(ledger, period, today);
        Map<String, TxKind> names = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, LocalDate> starts = new HashMap<>(); // each series' first day in the period, by Earlier.key
        Map<TxKind, LocalDate> kindStarts = new EnumMap<>(TxKind.class);
        for (Item item : ledger.within(period)) {
            names.putIfAbsent(item.category(), item.kind());
            starts.putIfAbsent(Earlier.key(item.kind(), item.category()), item.date());
            kindStarts.putIfAbsent(item.kind(), item.date());
        }
        Map<String, long[]> byCategory = categorySums(ledger, buckets, names);
        List<Line> categories = new ArrayList<>();
        for (Map.Entry<String, TxKind> e : names.entrySet()) {
            Predicate<Item> inCategory = i -> i.kind() == e.getValue() && i.category().equalsIgnoreCase(e.getKey());
            String key = Earlier.key(e.getValue(), e.getKey());
            LocalDate start = earlier.categories().contains(key) ? period.from() : starts.get(key);
            categories.add(line(ledger, e.getKey(), e.getValue(), buckets, byCategory.get(e.getKey()), granularity, start,
                    e.getValue() == TxKind.EXPENSE ? projection.of(inCategory) : null));
        }
        categories.sort(Comparator.comparing((Line l) -> l.kind() == TxKind.INCOME));
        LocalDate incomeStart = earlier.kinds().contains(TxKind.INCOME) ? period.from() : kindStarts.get(TxKind.INCOME);
        LocalDate expenseStart = earlier.kinds().contains(TxKind.EXPENSE) ? period.from() : kindStarts.get(TxKind.EXPENSE);
        return new Trend(period, granularity, today, buckets,
                line(ledger, "income", TxKind.INCOME, buckets, income, granularity, incomeStart, null),
                line(ledger, "expenses", TxKind.EXPENSE, buckets, expenses, granularity, expenseStart,
                        projection.of(i -> i.kind() == TxKind.EXPENSE)),
                line(ledger, "savings", null, buckets, savings, granularity, earliest(incomeStart, expenseStart), null), categories);
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a == null ? b : b == null || a.isBefore(b) ? a : b;
    }

    static List<Bucket> buckets(Period period, Granularity granularity, LocalDate today) {
        List<Bucket> buckets = new ArrayList<>();
        LocalDate start = granularity.start(period.from());
        while (!start.isAfter(period.to())) {
            LocalDate next = granularity.next(start);
            LocalDate from = start.isBefore(period.from()) ? period.from() : start;
            LocalDate to = next.minusDays(1).isAfter(period.to()) ? period.to() : next.minusDays(1);
            boolean complete = from.equals(start) && to.equals(next.minusDays(1)) && to.isBefore(today);
            buckets.add(new Bucket(from, to, granularity.label(start), complete));
            start = next;
        }
        return buckets;
    }

    private static long[] sums(Ledger ledger, List<Bucket> buckets, Predicate<Item> which) {
        long[] sums = new long[buckets.size()];
        for (int b = 0; b < buckets.size(); b++) {
            Bucket bucket = buckets.get(b);
            for (Item item : ledger.within(Period.between(bucket.from(), bucket.to()))) {
                if (which.test(item)) {
                    sums[b] = Math.addExact(sums[b], item.amount().minor());
                }
            }
        }
        return sums;
    }

    /**
     * Each category's sums per bucket, in one pass over the items (a pass per category made the
     * dashboard's trend grow with the number of categories). {@code names} gives each name its kind;
     * an item of the other kind under the same name is not that category's.
     */
    private static Map<String, long[]> categorySums(Ledger ledger, List<Bucket> buckets, Map<String, TxKind> names) {
        Map<String, long[]> sums = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        names.keySet().forEach(name -> sums.put(name, new long[buckets.size()]));
        record Slot(TxKind kind, long[] sums) {
        }
        Map<String, Slot> bySpelling = new HashMap<>(); // each spelling looked up once, not per item
        for (int b = 0; b < buckets.size(); b++) {
            Bucket bucket = buckets.get(b);
            for (Item item : ledger.within(Period.between(bucket.from(), bucket.to()))) {
                Slot slot = bySpelling.computeIfAbsent(item.category(), name -> new Slot(names.get(name), sums.get(name)));
                if (slot.kind() == item.kind()) {
                    slot.sums()[b] = Math.addExact(slot.sums()[b], item.amount().minor());
                }
            }
        }
        return sums;
    }

    /** @param start the series' first day; buckets that end before it (or all, when it is null) stay out of the slope */
    private static Line line(Ledger ledger, String name, TxKind kind, List<Bucket> buckets, long[] sums,
                             Granularity granularity, LocalDate start, Money projected) {
        double scale = Math.pow(10, ledger.currency().getDefaultFractionDigits());
        List<Money> values = new ArrayList<>();
        List<Double> complete = new ArrayList<>();
        for (int i = 0; i < sums.length; i++) {
            values.add(new Money(sums[i], ledger.currency()));
            if (buckets.get(i).complete() && start != null && !buckets.get(i).to().isBefore(start)) {
                complete.add(sums[i] / scale);
            }
        }
        return new Line(name, kind, values, Slope.fit(complete, granularity.unit()), moving(sums, 3, scale),
                moving(sums, 6, scale), moving(sums, 12, scale), projected);
    }

    private static List<Double> moving(long[] sums, int window, double scale) {
        DescriptiveStatistics rolling = new DescriptiveStatistics(window);
        List<Double> averages = new ArrayList<>();
        for (long sum : sums) {
            rolling.addValue(sum / scale);
            averages.add(rolling.getN() == window ? rolling.getMean() : Double.NaN);
        }
        return averages;
    }
}
