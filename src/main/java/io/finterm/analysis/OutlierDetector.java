package io.finterm.analysis;

import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds unusual spending with a {@link RobustScore} on the <em>logarithm</em> of the amounts.
 *
 * <p>Why the log: spending is roughly log-normal, many small purchases and a long tail. On the raw
 * scale the tail itself looks extreme, and several percent of ordinary purchases get flagged; on the
 * log scale the sample is near normal, a score of 3.5 is about a 1-in-4,000 event, and what is
 * flagged is a large <em>multiple</em> of the usual amount (with a typical spread, 15 to 30 times
 * the median), which is what a person means by unusual.
 */
public final class OutlierDetector {
    public static final int DEFAULT_MIN_SAMPLE = 8;

    private final int minSample;

    public OutlierDetector(int minSample) {
        if (minSample < 3) {
            throw new ValidationException("analysis.outliers.min.sample", "must be at least 3, not " + minSample);
        }
        this.minSample = minSample;
    }

    /** Flags expenses and monthly totals dated in {@code period}, judged against all of {@code history}. */
    public Outliers detect(Ledger history, Period period) {
        return judge(history).within(period);
    }

    /**
     * Judges every expense and every monthly category total of {@code history} at once. The result
     * answers for any period without judging again, so a caller can keep it while the history stands.
     */
    public Judgement judge(Ledger history) {
        Map<String, List<Integer>> byCategory = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        List<Item> items = history.items();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i).kind() == TxKind.EXPENSE) {
                byCategory.computeIfAbsent(items.get(i).category(), c -> new ArrayList<>()).add(i);
            }
        }
        Outliers.Flagged[] flagged = new Outliers.Flagged[items.size()];
        List<Outliers.FlaggedMonth> months = new ArrayList<>();
        for (List<Integer> indexes : byCategory.values()) {
            flagTransactions(history, indexes, flagged);
            flagMonths(history, indexes, months);
        }
        return new Judgement(history, minSample, flagged, months);
    }

    private void flagTransactions(Ledger history, List<Integer> indexes, Outliers.Flagged[] out) {
        if (indexes.size() < minSample) {
            return;
        }
        List<Item> items = history.items();
        double[] logs = new double[indexes.size()];
        for (int i = 0; i < logs.length; i++) {
            logs[i] = Math.log(items.get(indexes.get(i)).amount().minor());
        }
        RobustScore judge = new RobustScore(logs);
        Money median = median(history, judge);
        for (int i = 0; i < logs.length; i++) {
            double score = judge.score(logs[i]);
            if (judge.flags(score)) {
                Item item = items.get(indexes.get(i));
                double ratio = (double) item.amount().minor() / median.minor();
                out[indexes.get(i)] = new Outliers.Flagged(item, score, median, ratio, item.amount().display() + " is " + times(ratio)
                        + " your median " + item.category() + " purchase (" + median.display() + ")");
            }
        }
    }

    private void flagMonths(Ledger history, List<Integer> indexes, List<Outliers.FlaggedMonth> out) {
        Map<YearMonth, Long> totals = new TreeMap<>();
        for (int i : indexes) {
            Item item = history.items().get(i);
            totals.merge(YearMonth.from(item.date()), item.amount().minor(), Math::addExact);
        }
        if (totals.size() < minSample) {
            return;
        }
        double[] logs = totals.values().stream().mapToDouble(Math::log).toArray();
        RobustScore judge = new RobustScore(logs);
        Money median = median(history, judge);
        String category = history.items().get(indexes.get(0)).category();
        for (Map.Entry<YearMonth, Long> e : totals.entrySet()) {
            double score = judge.score(Math.log(e.getValue()));
            if (judge.flags(score)) {
                Money total = new Money(e.getValue(), history.currency());
                double ratio = (double) e.getValue() / median.minor();
                out.add(new Outliers.FlaggedMonth(e.getKey(), category, total, median, score, category + " in " + e.getKey() + ": "
                        + total.display() + " is " + times(ratio) + " your median month (" + median.display() + ")"));
            }
        }
    }

    /** The median back on the money scale (the exponent of the median log), rounded to minor units. */
    private static Money median(Ledger history, RobustScore judge) {
        return new Money(Math.max(1, Math.round(Math.exp(judge.median()))), history.currency());
    }

    private static String times(double ratio) {
        return String.format(Locale.ROOT, ratio < 10 ? "%.1f×" : "%.0f×", ratio);
    }
}
