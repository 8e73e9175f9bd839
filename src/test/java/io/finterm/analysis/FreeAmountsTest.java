package io.finterm.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class FreeAmountsTest {
    @Test
    void countsTheFreeAmountsInARangeAsPaymentsAreTakenAsReadingThemAllWould() {
        Random random = new Random(3);
        long[] amounts = new long[300];
        for (int i = 0; i < amounts.length; i++) {
            amounts[i] = 100 + random.nextInt(200); // many equal amounts, as a bakery's
        }
        FreeAmounts free = new FreeAmounts(amounts);
        boolean[] taken = new boolean[amounts.length];
        for (int round = 0; round < 200; round++) {
            long lo = 90 + random.nextInt(220);
            long hi = lo + random.nextInt(40);
            int expected = 0;
            for (int i = 0; i < amounts.length; i++) {
                expected += !taken[i] && amounts[i] >= lo && amounts[i] <= hi ? 1 : 0;
            }
            assertEquals(expected, free.count(lo, hi), "from " + lo + " to " + hi);
            int i = random.nextInt(amounts.length);
            if (!taken[i]) {
                taken[i] = true;
                free.take(i);
            }
        }
        int left = 0;
        for (boolean t : taken) {
            left += t ? 0 : 1;
        }
        assertEquals(left, free.free());
        assertEquals(0, free.count(400, 500));
    }
}
