package io.finterm.analysis;

import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Statistics per category of one kind over a period. {@code total} is the exact sum of the rows'
 * totals, and so the period's income or expenses to the cent; means, medians and deviations are
 * per transaction, in major units, and are the only inexact figures.
 *
 * @param months the length of the period in months, which {@code perMonth} divides by
 */
public record CategoryStats(Period period, TxKind kind, List<Row> rows, Money total, double months) {
    /**
     * @param stdDev   the sample standard deviation (0 for a single transaction)
     * @param perMonth the total divided by the period's months, in major units
     * @param share    the fraction of the kind's total, from 0 to 1
     */
    public record Row(String category, long count, Money total, double mean, double median, double stdDev,
                      double perMonth, double share) {
    }

    public CategoryStats {
        rows = List.copyOf(rows);
    }

    /** Rows ordered by total, largest first, then by name. */
    public static CategoryStats of(Ledger ledger, Period period, TxKind kind) {
        Map<String, List<Item>> byCategory = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        long total = 0;
        for (Item item : ledger.within(period)) {
            if (item.kind() == kind) {
                byCategory.computeIfAbsent(item.category(), c -> new ArrayList<>()).add(item);
                total = Math.addExact(total, item.amount().minor());
            }
        }
        double months = period.months();
        double scale = Math.pow(10, ledger.currency().getDefaultFractionDigits());
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<Item>> e : byCategory.entrySet()) {
            DescriptiveStatistics stats = new DescriptiveStatistics();
            long sum = 0;
            for (Item item : e.getValue()) {
                stats.addValue(item.amount().minor() / scale);
                sum = Math.addExact(sum, item.amount().minor());
            }
            double deviation = stats.getN() > 1 ? stats.getStandardDeviation() : 0;
            rows.add(new Row(e.getKey(), stats.getN(), new Money(sum, ledger.currency()), stats.getMean(),
                    stats.getPercentile(50), deviation, sum / scale / months, (double) sum / total));
        }
        rows.sort(Comparator.comparingLong((Row r) -> -r.total().minor()).thenComparing(Row::category, String.CASE_INSENSITIVE_ORDER));
        return new CategoryStats(period, kind, rows, new Money(total, ledger.currency()), months);
    }
}
