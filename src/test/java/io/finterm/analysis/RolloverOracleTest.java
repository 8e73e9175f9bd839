package io.finterm.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.finterm.analysis.Rollover.Setting;
import io.finterm.domain.Overspending;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * {@link Rollover} against a month-by-month oracle written here, independently and as plainly as
 * possible, over thousands of generated histories; then small cases worked out by hand.
 */
class RolloverOracleTest {
    private static final YearMonth START = YearMonth.of(2024, 1);

    /**
     * The oracle: walk every month from well before the first setting, switching to a setting in the
     * month it starts, and keep one running amount that the next month receives.
     */
    private static Map<YearMonth, Long> oracle(List<Setting> settings, Map<YearMonth, Long> budgets, Map<YearMonth, Long> spent,
                                               YearMonth last) {
        Map<YearMonth, Long> out = new TreeMap<>();
        YearMonth firstSetting = null;
        for (Setting s : settings) {
            if (firstSetting == null || s.from().isBefore(firstSetting)) {
                firstSetting = s.from();
            }
        }
        if (firstSetting == null) {
            return out;
        }
        boolean on = false;
        boolean carryOverspending = false;
        long intoThisMonth = 0;
        for (YearMonth m = START.minusMonths(3); !m.isAfter(last); m = m.plusMonths(1)) {
            for (Setting s : settings) {
                if (s.from().equals(m)) {
                    on = s.on();
                    carryOverspending = s.overspending() == Overspending.CARRY;
                }
            }
            if (!m.isBefore(firstSetting)) {
                out.put(m, intoThisMonth);
            }
            long budget = budgets.containsKey(m) ? budgets.get(m) : 0;
            long spending = spent.containsKey(m) ? spent.get(m) : 0;
            long left = budget + intoThisMonth - spending;
            if (!on) {
                intoThisMonth = 0;
            } else if (left < 0 && !carryOverspending) {
                intoThisMonth = 0;
            } else {
                intoThisMonth = left;
            }
        }
        return out;
    }

    /** The oracle's setting in effect: every setting from that month or before, the latest of them. */
    private static Setting oracleInEffect(List<Setting> settings, YearMonth month) {
        Setting best = null;
        for (Setting s : settings) {
            if (!s.from().isAfter(month) && (best == null || s.from().isAfter(best.from()))) {
                best = s;
            }
        }
        return best;
    }

    @Test
    void rolloverAgreesWithTheMonthByMonthOracleOverFiveThousandGeneratedHistories() {
        Random random = new Random(25);
        int carriedSomething = 0;
        int carriedOverspending = 0;
        for (int run = 0; run < 5_000; run++) {
            int months = 1 + random.nextInt(40);
            List<Setting> settings = new ArrayList<>();
            List<Integer> used = new ArrayList<>();
            for (int n = random.nextInt(6); n > 0; n--) {
                int at = random.nextInt(months + 2);
                if (used.contains(at)) {
                    continue; // the store keeps one setting per category and month
                }
                used.add(at);
                int kind = random.nextInt(3);
                settings.add(kind == 0 ? new Setting(START.plusMonths(at), false, Overspending.ABSORB)
                        : new Setting(START.plusMonths(at), true, kind == 1 ? Overspending.CARRY : Overspending.ABSORB));
            }
            java.util.Collections.shuffle(settings, random); // the order given must not matter
            Map<YearMonth, Long> budgets = new HashMap<>();
            Map<YearMonth, Long> spent = new HashMap<>();
            for (int i = -2; i < months; i++) {
                YearMonth m = START.plusMonths(i);
                long budget = 10_000 * (1 + random.nextInt(60));
                if (random.nextInt(5) > 0) { // a fifth of the months have no budget
                    budgets.put(m, budget);
                }
                if (random.nextInt(6) > 0) { // spending around the budget, above it or below
                    spent.put(m, (long) (budget * (0.3 + 1.2 * random.nextDouble())));
                }
            }
            YearMonth last = START.plusMonths(months - 1);
            Map<YearMonth, Long> expected = oracle(settings, budgets, spent, last);
            Map<YearMonth, Long> actual = Rollover.carried(settings, budgets, spent, last);
            assertEquals(expected, new TreeMap<>(actual), "run " + run + ": " + settings + " budgets " + budgets + " spent " + spent);
            for (int i = -1; i <= months; i++) {
                YearMonth m = START.plusMonths(i);
                assertEquals(oracleInEffect(settings, m), Rollover.inEffect(settings, m), "run " + run + " at " + m);
            }
            carriedSomething += expected.values().stream().anyMatch(v -> v > 0) ? 1 : 0;
            carriedOverspending += expected.values().stream().anyMatch(v -> v < 0) ? 1 : 0;
        }
        // the generator must exercise both kinds of carry, or the comparison proves little
        assertEquals(true, carriedSomething > 1_000, "histories with money carried: " + carriedSomething);
        assertEquals(true, carriedOverspending > 300, "histories with overspending carried: " + carriedOverspending);
    }

    private static final YearMonth NOV = YearMonth.of(2026, 11);
    private static final YearMonth DEC = YearMonth.of(2026, 12);
    private static final YearMonth JAN = YearMonth.of(2027, 1);
    private static final YearMonth FEB = YearMonth.of(2027, 2);

    private static Map<YearMonth, Long> months(Object... monthThenMinor) {
        Map<YearMonth, Long> m = new TreeMap<>();
        for (int i = 0; i < monthThenMinor.length; i += 2) {
            m.put((YearMonth) monthThenMinor[i], ((Number) monthThenMinor[i + 1]).longValue());
        }
        return m;
    }

    @Test
    void fourHundredBudgetedAndThreeHundredSixtyFiveSpentCarriesThirtyFiveIntoTheNextMonth() {
        List<Setting> on = List.of(new Setting(NOV, true, Overspending.ABSORB));
        Map<YearMonth, Long> carried = Rollover.carried(on, months(NOV, 40_000, DEC, 40_000), months(NOV, 36_500), DEC);
        // November is the first month: it receives nothing; December receives 400.00 - 365.00 = 35.00
        assertEquals(months(NOV, 0, DEC, 3_500), carried);
    }

    @Test
    void unspentMoneyAddsUpOverSeveralMonths() {
        List<Setting> on = List.of(new Setting(NOV, true, Overspending.ABSORB));
        Map<YearMonth, Long> carried = Rollover.carried(on, months(NOV, 40_000, DEC, 40_000, JAN, 40_000),
                months(NOV, 36_500, DEC, 38_000), FEB);
        // Dec: 35.00; Jan: 400 + 35 - 380 = 55.00; Feb: 400 + 55 - 0 (January not spent yet) = 455.00
        assertEquals(months(NOV, 0, DEC, 3_500, JAN, 5_500, FEB, 45_500), carried);
    }

    @Test
    void overspendingIsTakenFromTheNextMonthWithCarryAndForgottenWithAbsorb() {
        Map<YearMonth, Long> budgets = months(NOV, 40_000, DEC, 40_000, JAN, 40_000);
        Map<YearMonth, Long> spent = months(NOV, 45_000, DEC, 30_000);
        // carry: Dec receives 400 - 450 = -50.00; Jan receives 400 - 50 - 300 = 50.00
        assertEquals(months(NOV, 0, DEC, -5_000, JAN, 5_000),
                Rollover.carried(List.of(new Setting(NOV, true, Overspending.CARRY)), budgets, spent, JAN));
        // absorb: Dec starts from its own 400.00; Jan receives 400 - 300 = 100.00
        assertEquals(months(NOV, 0, DEC, 0, JAN, 10_000),
                Rollover.carried(List.of(new Setting(NOV, true, Overspending.ABSORB)), budgets, spent, JAN));
    }

    @Test
    void noRolloverFromAMonthStopsWhatThatMonthPassesOnButItStillReceives() {
        List<Setting> settings = List.of(new Setting(NOV, true, Overspending.ABSORB), new Setting(DEC, false, Overspending.ABSORB));
        Map<YearMonth, Long> carried = Rollover.carried(settings, months(NOV, 40_000, DEC, 40_000, JAN, 40_000),
                months(NOV, 36_500, DEC, 10_000), JAN);
        // Dec still receives November's 35.00, but passes nothing of its 325.00 left on
        assertEquals(months(NOV, 0, DEC, 3_500, JAN, 0), carried);
    }

    @Test
    void aMonthWithoutABudgetSpendsFromWhatItReceivedAndPassesTheRestOn() {
        List<Setting> on = List.of(new Setting(NOV, true, Overspending.ABSORB));
        Map<YearMonth, Long> carried = Rollover.carried(on, months(NOV, 40_000, JAN, 40_000), months(NOV, 10_000, DEC, 5_000), JAN);
        // Dec: 400 - 100 = 300.00 received, no budget, 50.00 spent: Jan receives 250.00
        assertEquals(months(NOV, 0, DEC, 30_000, JAN, 25_000), carried);
    }

    @Test
    void overspendingAMonthWithoutABudgetWithCarryPassesTheDebtOn() {
        List<Setting> carry = List.of(new Setting(NOV, true, Overspending.CARRY));
        Map<YearMonth, Long> carried = Rollover.carried(carry, months(), months(NOV, 1_234), DEC);
        assertEquals(months(NOV, 0, DEC, -1_234), carried);
    }

    @Test
    void monthsBeforeTheFirstSettingAndUsersWithoutSettingsReceiveNothing() {
        assertEquals(Map.of(), Rollover.carried(List.of(), months(NOV, 40_000), months(), DEC));
        List<Setting> fromDec = List.of(new Setting(DEC, true, Overspending.ABSORB));
        assertEquals(months(DEC, 0, JAN, 40_000), Rollover.carried(fromDec, months(NOV, 40_000, DEC, 40_000), months(), JAN));
        assertEquals(Map.of(), Rollover.carried(fromDec, months(NOV, 40_000), months(), NOV), "last before the first setting");
    }

    @Test
    void theSettingInEffectIsTheLatestFromThatMonthOrBeforeAndNoneMeansOff() {
        Setting on = new Setting(NOV, true, Overspending.CARRY);
        Setting off = new Setting(JAN, false, Overspending.ABSORB);
        List<Setting> settings = List.of(off, on);
        assertNull(Rollover.inEffect(settings, NOV.minusMonths(1)));
        assertEquals(on, Rollover.inEffect(settings, NOV));
        assertEquals(on, Rollover.inEffect(settings, DEC));
        assertEquals(off, Rollover.inEffect(settings, FEB));
    }
}
