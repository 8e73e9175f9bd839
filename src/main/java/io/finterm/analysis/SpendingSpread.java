package io.finterm.analysis;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Spreads a category's average spending over the days of a forecast, exactly.
 *
 * <p>The basis is the six whole months before today's. Of a category's total {@code T} over them (in
 * minor units), the forecast's months get {@code T / 6} each, and the days of a month {@code 1/n} of
 * that month's share each. Neither division is exact in general, so both use cumulative rounding down:
 * the months numbered {@code j = 0, 1, …} from today's month get {@code floor(T·(j+1)/6) − floor(T·j/6)},
 * and day {@code i} of an {@code n}-day month whose share is {@code A} gets
 * {@code floor(A·i/n) − floor(A·(i−1)/n)}. So every month's days add up to that month's share to the
 * minor unit, any six months in a row add up to {@code T} (the shares repeat every six months), and no day differs from another
 * of its month by more than one minor unit. Today and the days before it are not counted: today's
 * balance holds what was really spent.
 */
public final class SpendingSpread {
    /** How many whole months the average is taken over. */
    public static final int MONTHS = 6;

    private SpendingSpread() {
    }

    /** The six whole months before {@code today}'s, whose spending is averaged. */
    public static Period basis(LocalDate today) {
        YearMonth month = YearMonth.from(today);
        return Period.between(month.minusMonths(MONTHS).atDay(1), month.minusMonths(1).atEndOfMonth());
    }

    /** The share of month number {@code j} (0 = today's month) of a six-month total. */
    public static long monthShare(long total, int j) {
        return Math.floorDiv(Math.multiplyExact(total, j + 1L), MONTHS) - Math.floorDiv(Math.multiplyExact(total, (long) j), MONTHS);
    }

    /**
     * The amounts of a six-month total spread over the days {@code today + 0 … today + days − 1}: index 0,
     * today, is always 0.
     */
    public static long[] perDay(long total, LocalDate today, int days) {
        long[] out = new long[days];
        YearMonth first = YearMonth.from(today);
        for (int i = 1; i < days; i++) {
            LocalDate day = today.plusDays(i);
            YearMonth month = YearMonth.from(day);
            long share = monthShare(total, (int) first.until(month, java.time.temporal.ChronoUnit.MONTHS));
            int n = month.lengthOfMonth();
            int d = day.getDayOfMonth();
            out[i] = Math.floorDiv(Math.multiplyExact(share, (long) d), n) - Math.floorDiv(Math.multiplyExact(share, d - 1L), n);
        }
        return out;
    }
}
