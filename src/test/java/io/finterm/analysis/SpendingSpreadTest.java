package io.finterm.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spreading six months' spending over the days of a forecast, to the minor unit. */
class SpendingSpreadTest {
    @Test
    void theBasisIsTheSixWholeMonthsBeforeTodays() {
        assertEquals(Period.between(LocalDate.of(2025, 9, 1), LocalDate.of(2026, 2, 28)), SpendingSpread.basis(LocalDate.of(2026, 3, 5)));
    }

    @Test
    void sixHundredOverSixMonthsGivesEveryMonthExactlyOneHundredSpreadOverItsDays() {
        LocalDate today = LocalDate.of(2026, 12, 31);
        long[] days = SpendingSpread.perDay(60_000, today, 400);
        assertEquals(0, days[0], "today's spending is in today's balance");
        Map<YearMonth, Long> months = new HashMap<>();
        for (int i = 1; i < days.length; i++) {
            months.merge(YearMonth.from(today.plusDays(i)), days[i], Long::sum);
            assertTrue(days[i] >= 322 && days[i] <= 358, "10000/31 = 322.58 .. 10000/28 = 357.14: " + days[i]);
        }
        assertEquals(10_000L, months.get(YearMonth.of(2027, 2)), "February's 28 days");
        assertEquals(10_000L, months.get(YearMonth.of(2027, 4)), "April's 30 days");
        assertEquals(10_000L, months.get(YearMonth.of(2027, 12)), "December's 31 days");
        long february = 0;
        for (int d = 1; d <= 28; d++) {
            long v = days[(int) (LocalDate.of(2027, 2, d).toEpochDay() - today.toEpochDay())];
            assertTrue(v == 357 || v == 358, "a February day is 3.57 or 3.58: " + v);
            february += v;
        }
        assertEquals(10_000, february);
    }

    @Test
    void aTotalThatSixDoesNotDivideIsSharedSoThatSixMonthsAddUpToIt() {
        // 100.01 over six months: 16.66, then 16.67 five times (floor(10001·j/6) − floor(10001·(j−1)/6)).
        assertEquals(1666, SpendingSpread.monthShare(10_001, 0));
        for (int j = 1; j < 6; j++) {
            assertEquals(1667, SpendingSpread.monthShare(10_001, j), "month " + j);
        }
        LocalDate today = LocalDate.of(2026, 12, 31);
        long[] days = SpendingSpread.perDay(10_001, today, 182); // to 2027-06-30: January to June
        long sum = 0;
        for (long d : days) {
            sum += d;
        }
        // January to June are months 1 to 6: 16.67 five times, then 16.66 again (the shares repeat every six months).
        assertEquals(10_001, sum, "any six whole months in a row add up to the total exactly");
    }

    @Test
    void thePartOfTodaysMonthAfterTodayGetsItsDaysOnly() {
        LocalDate today = LocalDate.of(2026, 3, 5);
        long[] days = SpendingSpread.perDay(60_000, today, 27); // 03-06 .. 03-31
        long sum = 0;
        for (long d : days) {
            sum += d;
        }
        // March's 100.00 over 31 days, from the 6th on: 10000 − floor(10000·5/31) = 10000 − 1612.
        assertEquals(8_388, sum);
    }
}
