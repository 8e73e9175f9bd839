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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Income, expenses and savings over a period, month by month, week by week or day by day, overall and per
 * category, with a fitted slope, moving averages, and a projection of the current month.
 *
 * <p>Only complete buckets (ended before {@code today}) feed the slope, so a half-spent current month
 * does not read as a fall. Moving averages are over the values as shown; they are NaN until their
 * window is full.
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

    /** Expense categories come first, each group ordered by name. */
    public static Trend of(Ledger ledger, Period period, Granularity granularity, LocalDate today) {
        List<Bucket> buckets = buckets(period, granularity, today);
        long[] income = sums(ledger, buckets, i -> i.kind() == TxKind.INCOME);
        long[] expenses = sums(ledger, buckets, i -> i.kind() == TxKind.EXPENSE);
        long[] savings = new long[buckets.size()];
        for (int i = 0; i < savings.length; i++) {
            savings[i] = Math.subtractExact(income[i], expenses[i]);
        }
        Projection projection = new Projection(ledger, period, today);
        Map<String, TxKind> names = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        for (Item item : ledger.within(period)) {
            names.putIfAbsent(item.category(), item.kind());
        }
        Map<String, long[]> byCategory = categorySums(ledger, buckets, names);
        List<Line> categories = new ArrayList<>();
        for (Map.Entry<String, TxKind> e : names.entrySet()) {
            Predicate<Item> inCategory = i -> i.kind() == e.getValue() && i.category().equalsIgnoreCase(e.getKey());
            categories.add(line(ledger, e.getKey(), e.getValue(), buckets, byCategory.get(e.getKey()), granularity,
                    e.getValue() == TxKind.EXPENSE ? projection.of(inCategory) : null));
        }
        categories.sort(Comparator.comparing((Line l) -> l.kind() == TxKind.INCOME));
        return new Trend(period, granularity, today, buckets,
                line(ledger, "income", TxKind.INCOME, buckets, income, granularity, null),
                line(ledger, "expenses", TxKind.EXPENSE, buckets, expenses, granularity, projection.of(i -> i.kind() == TxKind.EXPENSE)),
                line(ledger, "savings", null, buckets, savings, granularity, null), categories);
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

    private static Line line(Ledger ledger, String name, TxKind kind, List<Bucket> buckets, long[] sums,
                             Granularity granularity, Money projected) {
        double scale = Math.pow(10, ledger.currency().getDefaultFractionDigits());
        List<Money> values = new ArrayList<>();
        List<Double> complete = new ArrayList<>();
        for (int i = 0; i < sums.length; i++) {
            values.add(new Money(sums[i], ledger.currency()));
            if (buckets.get(i).complete()) {
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
