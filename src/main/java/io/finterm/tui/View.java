package io.finterm.tui;

import io.finterm.analysis.Period;
import io.finterm.analysis.Period.Length;
import io.finterm.chart.ChartOptions;
import io.finterm.service.Filter;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * What the dashboard and the analysis show: the period, the chart scale and the filter. One view
 * per session, so moving the period on one screen moves it on the other.
 */
final class View {
    private static final Length[] LENGTHS = {Length.WEEK, Length.MONTH, Length.QUARTER, Length.YEAR, Length.ALL};

    Period period;
    ChartOptions.Scale scale = ChartOptions.Scale.LINEAR;
    Filter filter = Filter.ALL;

    View(LocalDate today) {
        period = Period.containing(Length.MONTH, today);
    }

    /** Moves the period by {@code steps} of its length; "all" does not move. */
    void shift(int steps) {
        if (period.length() != Length.ALL) {
            period = period.shift(steps);
        }
    }

    /** Makes the period longer ({@code +1}) or shorter ({@code -1}), keeping the day it ends on (or today) in it. */
    void resize(int direction, LocalDate today, Supplier<Period> all) {
        int at = 1;
        for (int i = 0; i < LENGTHS.length; i++) {
            if (LENGTHS[i] == period.length()) {
                at = i;
            }
        }
        int next = Math.max(0, Math.min(LENGTHS.length - 1, at + direction));
        LocalDate anchor = period.to().isAfter(today) || period.length() == Length.ALL ? today : period.to();
        period = LENGTHS[next] == Length.ALL ? all.get() : Period.containing(LENGTHS[next], anchor);
    }

    void today(LocalDate today, Supplier<Period> all) {
        period = period.length() == Length.ALL ? all.get() : Period.containing(period.length() == Length.CUSTOM ? Length.MONTH
                : period.length(), today);
    }

    void toggleScale() {
        scale = scale == ChartOptions.Scale.LINEAR ? ChartOptions.Scale.LOG : ChartOptions.Scale.LINEAR;
    }

    /** "November 2026", "2026-Q4", "week of 2026-11-23"… */
    String periodName() {
        if (period.length() == Length.MONTH) {
            return period.from().getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + period.from().getYear();
        }
        return period.label();
    }

    String describe() {
        return period.length().name().toLowerCase(Locale.ROOT) + " · filter: " + (filter.isEmpty() ? "none" : filter.text())
                + " · scale: " + scale.name().toLowerCase(Locale.ROOT);
    }

    ChartOptions chartOptions(boolean ascii) {
        return new ChartOptions(scale, ascii, true);
    }
}
