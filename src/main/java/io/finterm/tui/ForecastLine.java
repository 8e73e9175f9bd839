package io.finterm.tui;

import io.finterm.analysis.AccountForecast;
import io.finterm.analysis.BalancePoint;
import io.finterm.chart.LineData;
import io.finterm.domain.Money;
import io.finterm.report.ReportCharts;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One account's balance as a line over time: the history up to today in the chart's first pen (solid)
 * and the forecast from today in its second (dashed), meeting at today, so that the legend tells them
 * apart by pen as well as colour; a warning level, where one is set, in the third (dotted). Long spans
 * are drawn one point every few days, always keeping today's, so that every point has a column of
 * its own and the month labels stay under their months.
 */
final class ForecastLine {
    static final String HISTORY = "history";
    static final String FORECAST = "forecast";
    static final String WARNING = "warning level";

    private ForecastLine() {
    }

    /**
     * @param history the balances from {@code from} to today, one a day
     * @param forecast the projection, one a day from today
     * @param columns how many points the chart has room for
     */
    static LineData of(LocalDate from, List<Money> history, AccountForecast forecast, int columns) {
        List<BalancePoint> days = forecast.days();
        int past = history.size(); // the last of them is today, where the forecast begins
        int total = Math.max(1, past + days.size() - (past > 0 && !days.isEmpty() ? 1 : 0));
        int step = Math.max(1, (total + Math.max(1, columns) - 1) / Math.max(1, columns));
        int todayIndex = Math.max(0, past - 1);
        List<String> labels = new ArrayList<>();
        List<Double> before = new ArrayList<>();
        List<Double> after = new ArrayList<>();
        LocalDate start = past > 0 ? from : days.get(0).date();
        LocalDate previous = null;
        for (int t = todayIndex % step; t < total; t += step) {
            LocalDate day = start.plusDays(t);
            // a month is labelled at its first point: the line's first one only if its month begins there
            boolean starts = previous == null ? day.getDayOfMonth() <= step : day.getMonthValue() != previous.getMonthValue();
            labels.add(starts ? month(day) : "");
            previous = day;
            before.add(t < past ? value(history.get(t)) : Double.NaN);
            int f = t - todayIndex;
            after.add(f >= 0 && f < days.size() ? value(days.get(f).balance()) : Double.NaN);
        }
        List<LineData.Series> series = new ArrayList<>();
        series.add(new LineData.Series(HISTORY, doubles(before)));
        series.add(new LineData.Series(FORECAST, doubles(after)));
        if (forecast.warnBelow() != null && forecast.warnBelow().minor() != 0) {
            double[] level = new double[before.size()];
            Arrays.fill(level, value(forecast.warnBelow()));
            series.add(new LineData.Series(WARNING, level));
        }
        return new LineData(labels, series, ReportCharts::compact);
    }

    /** The month's short name, and January as its year, as every chart labels months. */
    private static String month(LocalDate day) {
        return day.getMonthValue() == 1 ? String.valueOf(day.getYear()) : day.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    private static double value(Money m) {
        return m.toDecimal().doubleValue();
    }

    private static double[] doubles(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
