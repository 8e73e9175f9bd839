package io.finterm.analysis;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A whole history judged for unusual spending once, by {@link OutlierDetector#judge}: it answers for
 * any period by looking up what was flagged, so moving a dashboard's period costs no statistics.
 */
public final class Judgement {
    private final Ledger history;
    private final int minSample;
    private final Outliers.Flagged[] flagged;
    private final List<Outliers.FlaggedMonth> months;

    Judgement(Ledger history, int minSample, Outliers.Flagged[] flagged, List<Outliers.FlaggedMonth> months) {
        this.history = history;
        this.minSample = minSample;
        this.flagged = flagged;
        this.months = List.copyOf(months);
    }

    /** The flagged expenses and months of {@code period}, most unusual first. */
    public Outliers within(Period period) {
        int[] range = history.range(period);
        List<Outliers.Flagged> found = new ArrayList<>();
        for (int i = range[0]; i < range[1]; i++) {
            if (flagged[i] != null) {
                found.add(flagged[i]);
            }
        }
        found.sort(Comparator.comparingDouble((Outliers.Flagged f) -> -f.score()).thenComparingLong(f -> f.item().id()));
        List<Outliers.FlaggedMonth> inPeriod = new ArrayList<>();
        for (Outliers.FlaggedMonth m : months) {
            YearMonth month = m.month();
            if (!month.atEndOfMonth().isBefore(period.from()) && !month.atDay(1).isAfter(period.to())) {
                inPeriod.add(m);
            }
        }
        inPeriod.sort(Comparator.comparingDouble((Outliers.FlaggedMonth f) -> -f.score()).thenComparing(Outliers.FlaggedMonth::month));
        return new Outliers(period, minSample, found, inPeriod);
    }
}
