package io.finterm.analysis;

import io.finterm.domain.Overspending;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What each month of one category's budget receives from the month before when its budget rolls
 * over. Nothing is stored: it is worked out from the whole history each time, so a change to a
 * past month's budget or spending updates every later month.
 *
 * <p>The setting in effect at a month is the latest whose {@code from} is not after it (none: off).
 * A month's leftover is its budget plus what it received, less what it spent; what it passes on is
 * decided by the setting in effect at that month: nothing when off, the leftover when it is not
 * negative, and a negative leftover only with {@link Overspending#CARRY}.
 */
public final class Rollover {
    private Rollover() {
    }

    /** A category's rollover from {@code from} on, until its next setting. */
    public record Setting(YearMonth from, boolean on, Overspending overspending) {
        public Setting {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(overspending, "overspending");
        }
    }

    /**
     * The amounts carried into each month, in minor units, from the first setting's month to
     * {@code last} (every month of that range has an entry, 0 included; months before it receive
     * nothing). {@code budgets} and {@code spent} are by month; a month without an entry has a
     * budget of 0 or spent nothing.
     */
    public static Map<YearMonth, Long> carried(List<Setting> settings, Map<YearMonth, Long> budgets,
                                               Map<YearMonth, Long> spent, YearMonth last) {
        Map<YearMonth, Long> carried = new TreeMap<>();
        if (settings.isEmpty()) {
            return carried;
        }
        List<Setting> ordered = ordered(settings);
        int next = 0;
        Setting inEffect = null;
        long coming = 0;
        for (YearMonth month = ordered.get(0).from(); !month.isAfter(last); month = month.plusMonths(1)) {
            while (next < ordered.size() && !ordered.get(next).from().isAfter(month)) {
                inEffect = ordered.get(next++);
            }
            carried.put(month, coming);
            long leftover = Math.subtractExact(Math.addExact(budgets.getOrDefault(month, 0L), coming), spent.getOrDefault(month, 0L));
            coming = passedOn(inEffect, leftover);
        }
        return carried;
    }

    /** What a month with {@code leftover} passes to the next under {@code setting} ({@code null}: off). */
    private static long passedOn(Setting setting, long leftover) {
        if (setting == null || !setting.on()) {
            return 0;
        }
        return leftover >= 0 || setting.overspending() == Overspending.CARRY ? leftover : 0;
    }

    /** The setting in effect at {@code month}: the latest from that month or before; {@code null} (off) when none. */
    public static Setting inEffect(List<Setting> settings, YearMonth month) {
        Setting found = null;
        for (Setting s : ordered(settings)) {
            if (!s.from().isAfter(month)) {
                found = s;
            }
        }
        return found;
    }

    /** By month; of two for the same month the later in the list counts (the store keeps one per month). */
    private static List<Setting> ordered(List<Setting> settings) {
        List<Setting> sorted = new ArrayList<>(settings);
        sorted.sort(Comparator.comparing(Setting::from)); // stable: equal months keep their order
        return sorted;
    }
}
