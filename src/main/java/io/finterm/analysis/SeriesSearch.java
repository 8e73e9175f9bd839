package io.finterm.analysis;

import io.finterm.analysis.RecurringFinder.Payment;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The series in one group of payments (one kind, account, currency and payee or description), for
 * {@link RecurringFinder}. A series is grown from a payment by looking, one period after another, for a payment in
 * the few days around the date its rhythm expects and within {@link #BAND} of the series' median amount. It is kept
 * when it has enough payments, is still alive, skips few periods, and stands out from the group: a supermarket
 * visited every few days has a payment of a similar amount near almost any date, so a chain through it is chance.
 * What shows it is how often the group's other payments fall in the chain's band: a payee paid that amount about as
 * often as the rhythm has no rhythm, and otherwise the chain must be unlikely by chance ({@link #chance}).
 * The thresholds were set on {@code RecurringFinderMeasurementTest}'s generated histories.
 *
 * <p>Each payment is in at most one chain per rhythm (kept or not) and a kept series takes its payments, so a group
 * costs a few window scans per payment (binary search on the dates), never a pass over the group per payment: a
 * payee paid daily for years would otherwise start a chain through the rest of its history from every payment.
 */
final class SeriesSearch {
    /** How far a payment's amount may be from the series' median: prices rise, bills vary. */
    static final double BAND = 0.10;
    /** Within 1 %, amounts count as the same (a yearly fee's two payments, and whether an amount is approximate). */
    static final double SAME = 0.01;
    /** How many other payments of the amount a group may have per period of the series (see {@link #chance}). */
    static final double OTHERS = 0.5;
    /**
     * How unlikely by chance a series must be to be kept (see {@link #chance}). Measured on the generated histories:
     * 0.01 let one shop through in about 70,000 noise payments, 0.003 and 0.001 none, and 0.003 still keeps a loan
     * paid on the 1st and the 15th for eight months (each half makes the other look like noise).
     */
    static final double CHANCE = 0.003;

    /** A series found: its rhythm and its payments' indexes in the group, in date order. */
    record Series(Cadence cadence, int[] members) {
    }

    private final List<Payment> group;
    private final long[] days;
    private final long[] minor;
    private final boolean[] taken;
    private final FreeAmounts free;
    /** The payments already in a chain of the rhythm being searched: each is in one chain at most, kept or not. */
    private boolean[] tried;
    private final long today;
    private final boolean yearlyPairs;

    /**
     * @param group       the payments, sorted by date
     * @param yearlyPairs whether two yearly payments with (nearly) the same amount make a series; otherwise three
     */
    SeriesSearch(List<Payment> group, LocalDate today, boolean yearlyPairs) {
        this.group = group;
        this.days = new long[group.size()];
        this.minor = new long[group.size()];
        for (int i = 0; i < days.length; i++) {
            days[i] = group.get(i).date().toEpochDay();
            minor[i] = group.get(i).amount().minor();
        }
        this.taken = new boolean[group.size()];
        this.free = new FreeAmounts(minor);
        this.today = today.toEpochDay();
        this.yearlyPairs = yearlyPairs;
    }

    List<Series> find() {
        List<Series> out = new ArrayList<>();
        for (Cadence c : Cadence.values()) {
            tried = new boolean[days.length];
            for (int i = 0; i < days.length; i++) {
                if (taken[i] || tried[i]) {
                    continue;
                }
                Chain chain = grow(i, c);
                for (int k = 0; k < chain.size; k++) {
                    tried[chain.members[k]] = true;
                }
                if (keeps(chain, c)) {
                    int[] members = Arrays.copyOf(chain.members, chain.size);
                    for (int m : members) {
                        taken[m] = true;
                        free.take(m);
                    }
                    // A series that stopped still takes its payments, so that a longer rhythm does not find a live
                    // series in them: every other payment of a weekly one that stopped is not an every-two-weeks one.
                    if (c.alive(group.get(members[members.length - 1]).date(), LocalDate.ofEpochDay(today))) {
                        out.add(new Series(c, members));
                    }
                }
            }
        }
        return out;
    }

    /** A chain of payments: their indexes, the period each fell in (counted from the first), and their amounts sorted. */
    private static final class Chain {
        int[] members = new int[8];
        int[] periods = new int[8];
        long[] sorted = new long[8];
        int size;

        void add(int member, int period, long amount) {
            if (size == members.length) {
                members = Arrays.copyOf(members, size * 2);
                periods = Arrays.copyOf(periods, size * 2);
                sorted = Arrays.copyOf(sorted, size * 2);
            }
            members[size] = member;
            periods[size] = period;
            int at = size;
            while (at > 0 && sorted[at - 1] > amount) {
                sorted[at] = sorted[at - 1];
                at--;
            }
            sorted[at] = amount;
            size++;
        }

        long median() {
            return sorted[size / 2];
        }
    }

    private Chain grow(int start, Cadence c) {
        Chain chain = new Chain();
        chain.add(start, 0, minor[start]);
        LocalDate from = group.get(start).date();
        int missed = 0;
        for (int k = 1; ; k++) {
            long expected = c.expected(from, k).toEpochDay();
            if (expected - c.tolerance > today) {
                return chain;
            }
            int next = nearest(expected, c.tolerance, days[chain.members[chain.size - 1]], chain.median());
            if (next < 0) {
                if (++missed > c.skips) {
                    return chain;
                }
                continue;
            }
            missed = 0;
            chain.add(next, k, minor[next]);
        }
    }

    /**
     * The free payment within {@code tolerance} days of {@code expected}, after {@code after}, whose amount is within the
     * band of {@code median}: the nearest in date, then in amount; -1 when there is none.
     */
    private int nearest(long expected, int tolerance, long after, long median) {
        long lo = Math.max(expected - tolerance, after + 1);
        long hi = expected + tolerance;
        int best = -1;
        long bestDays = Long.MAX_VALUE;
        long bestGap = Long.MAX_VALUE;
        for (int j = firstOnOrAfter(lo); j < days.length && days[j] <= hi; j++) {
            if (taken[j] || tried[j] || !inBand(minor[j], median)) {
                continue;
            }
            long d = Math.abs(days[j] - expected);
            long gap = Math.abs(minor[j] - median);
            if (d < bestDays || (d == bestDays && gap < bestGap)) {
                best = j;
                bestDays = d;
                bestGap = gap;
            }
        }
        return best;
    }

    private int firstOnOrAfter(long day) {
        int lo = 0;
        int hi = days.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (days[mid] < day) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    static boolean inBand(long amount, long median) {
        return Math.abs(amount - median) <= BAND * median;
    }

    private boolean keeps(Chain chain, Cadence c) {
        int times = chain.size;
        if (times < 2) {
            return false;
        }
        int least = c == Cadence.YEARLY && yearlyPairs && pair(chain) ? 2 : 3;
        if (times < least) {
            return false;
        }
        int skipped = chain.periods[times - 1] + 1 - times;
        if (skipped > Math.max(1, times / 4)) {
            return false;
        }
        // Every payment of the group may start a chain, so one of them looks this good by chance about n times as
        // often as a given one does (Bonferroni): a group with no other payments of the amount is unaffected.
        return chance(chain, c) * days.length <= CHANCE;
    }

    /**
     * Whether two yearly payments are enough: with the same amount (within 1 %), and nothing else paid to the payee
     * but what other series took. A shop paid twice a year apart for about the same amount is chance; an insurer paid
     * the same premium twice is a yearly fee.
     */
    private boolean pair(Chain chain) {
        if (chain.size != 2 || chain.sorted[1] - chain.sorted[0] > SAME * chain.sorted[0]) {
            return false;
        }
        return free.free() == 2;
    }

    /**
     * How likely a chain this good is by chance in this group. The group's other free payments in the chain's band
     * come at some rate per day, estimated in the windows the chain looked in and over the whole group, so each window
     * holds one with some probability p; the chance is that of hitting at least as many of
     * its windows (the binomial tail). A subscription's payee has no other payments of that amount, so p is 0; a
     * bakery visited most days has one in nearly every window, and a chain through it proves nothing.
     */
    private double chance(Chain chain, Cadence c) {
        long median = chain.median();
        long band = (long) Math.floor(BAND * median);
        int windows = chain.periods[chain.size - 1];
        int hits = chain.size - 1;
        LocalDate from = group.get(chain.members[0]).date();
        int inWindows = 0;
        for (int k = 1; k <= windows; k++) {
            long expected = c.expected(from, k).toEpochDay();
            for (int j = firstOnOrAfter(expected - c.tolerance); j < days.length && days[j] <= expected + c.tolerance; j++) {
                if (!taken[j] && inBand(minor[j], median) && Arrays.binarySearch(chain.members, 0, chain.size, j) < 0) {
                    inWindows++;
                }
            }
        }
        int members = 0;
        for (int k = 0; k < chain.size; k++) {
            members += inBand(minor[chain.members[k]], median) ? 1 : 0;
        }
        int inGroup = free.count(median - band, median + band) - members;
        int width = 2 * c.tolerance + 1;
        double near = inWindows / (double) (windows * width);
        if (near * c.days >= OTHERS) {
            // Near the rhythm's dates the payee is paid this amount about as often as the rhythm itself: no rhythm
            // shows. Near, not anywhere: a payment on the 1st and another on the 15th are two monthly series.
            return 1;
        }
        // The chance, though, at the higher of the two rates: a chain's few windows may be empty by luck, and the
        // search tries a chain from every payment, so the luckiest of them is what a plain estimate would see.
        double rate = Math.max(near, inGroup / (double) (today - days[0] + 1));
        double p = -Math.expm1(-rate * width);
        if (p == 0) {
            return 0;
        }
        double tail = 0;
        for (int x = hits; x <= windows; x++) {
            tail += Math.exp(logChoose(windows, x) + x * Math.log(p) + (windows - x) * Math.log1p(-p));
        }
        return tail;
    }

    private static double logChoose(int n, int k) {
        double sum = 0;
        for (int i = 1; i <= k; i++) {
            sum += Math.log(n - k + i) - Math.log(i);
        }
        return sum;
    }
}
