package io.finterm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link RecurrenceDates} against an oracle that walks every day from a rule's start and decides each day
 * by the rule's definition alone: thousands of random rules (fixed seed), random windows.
 */
class RecurrenceOracleTest {
    private static final int RULES = 3_000;
    private static final DayOfWeek[] WEEKDAYS = DayOfWeek.values();

    /** Whether {@code d} is one of the rule's days, count and end aside. Written from the definition, not from the engine. */
    static boolean fires(Recurrence r, LocalDate d) {
        LocalDate s = r.start();
        if (d.isBefore(s)) {
            return false;
        }
        return switch (r.every()) {
            case DAY -> (d.toEpochDay() - s.toEpochDay()) % r.interval() == 0;
            case WEEK -> {
                // weeks run Monday to Sunday; the start's week is week 0
                long startsMonday = s.toEpochDay() - (s.getDayOfWeek().getValue() - 1);
                long week = Math.floorDiv(d.toEpochDay() - startsMonday, 7);
                yield d.getDayOfWeek() == r.weekday() && week % r.interval() == 0;
            }
            case MONTH -> {
                int months = (d.getYear() * 12 + d.getMonthValue()) - (s.getYear() * 12 + s.getMonthValue());
                yield months % r.interval() == 0 && onTheDay(r, d);
            }
            case YEAR -> d.getMonth() == s.getMonth() && (d.getYear() - s.getYear()) % r.interval() == 0 && onTheDay(r, d);
        };
    }

    private static boolean onTheDay(Recurrence r, LocalDate d) {
        int length = d.lengthOfMonth();
        if (r.weekday() != null) {
            if (d.getDayOfWeek() != r.weekday()) {
                return false;
            }
            return r.nth() == Recurrence.LAST ? d.getDayOfMonth() + 7 > length : (d.getDayOfMonth() + 6) / 7 == r.nth();
        }
        if (r.day() == Recurrence.LAST) {
            return d.getDayOfMonth() == length;
        }
        if (r.every() == Frequency.YEAR && r.day() > d.getMonth().maxLength()) {
            return false; // 30 February never exists
        }
        return d.getDayOfMonth() == Math.min(r.day(), length);
    }

    /** The rule's dates in [from, to] by walking every day from the start, counting as it goes. */
    static List<LocalDate> oracle(Recurrence r, LocalDate from, LocalDate to) {
        List<LocalDate> out = new ArrayList<>();
        int seen = 0;
        for (LocalDate d = r.start(); !d.isAfter(to); d = d.plusDays(1)) {
            if (r.end() != null && d.isAfter(r.end())) {
                break;
            }
            if (fires(r, d)) {
                seen++;
                if (!d.isBefore(from)) {
                    out.add(d);
                }
                if (r.count() != 0 && seen == r.count()) {
                    break;
                }
            }
        }
        return out;
    }

    static Recurrence randomRule(Random random) {
        Frequency every = Frequency.values()[random.nextInt(4)];
        LocalDate start = LocalDate.of(1995, 1, 1).plusDays(random.nextInt(13_000));
        int interval = 1 + switch (every) {
            case DAY -> random.nextInt(random.nextBoolean() ? 3 : 40);
            case WEEK -> random.nextInt(6);
            case MONTH -> random.nextInt(random.nextBoolean() ? 2 : 14);
            case YEAR -> random.nextInt(3);
        };
        int day = 0;
        int nth = 0;
        DayOfWeek weekday = null;
        if (every == Frequency.WEEK && random.nextBoolean()) {
            weekday = WEEKDAYS[random.nextInt(7)];
        } else if (every == Frequency.MONTH || every == Frequency.YEAR) {
            switch (random.nextInt(4)) {
                case 0 -> day = random.nextBoolean() ? Recurrence.LAST : 28 + random.nextInt(4);
                case 1 -> day = 1 + random.nextInt(31);
                case 2 -> {
                    weekday = WEEKDAYS[random.nextInt(7)];
                    nth = random.nextInt(3) == 0 ? 5 : random.nextBoolean() ? Recurrence.LAST : 1 + random.nextInt(4);
                }
                default -> { } // the start's day
            }
            if (every == Frequency.YEAR && random.nextInt(4) == 0) {
                start = LocalDate.of(start.getYear(), Month.FEBRUARY, 1 + random.nextInt(28)); // leap days and 30 February
            }
        }
        LocalDate end = null;
        int count = 0;
        switch (random.nextInt(3)) {
            case 0 -> end = start.plusDays(random.nextInt(every == Frequency.YEAR ? 5_000 : 1_500));
            case 1 -> count = 1 + random.nextInt(every == Frequency.DAY ? 200 : 30);
            default -> { }
        }
        return new Recurrence(every, interval, day, nth, weekday, start, end, count);
    }

    @Test
    void betweenGivesTheOraclesDatesForThousandsOfRandomRulesAndWindows() {
        Random random = new Random(20261130);
        int nonEmpty = 0;
        for (int i = 0; i < RULES; i++) {
            Recurrence r = randomRule(random);
            int span = r.every() == Frequency.YEAR ? 4_000 : 1_200;
            LocalDate from = r.start().plusDays(random.nextInt(span + 200) - 200);
            LocalDate to = from.plusDays(random.nextInt(random.nextBoolean() ? 40 : span));
            List<LocalDate> expected = oracle(r, from, to);
            nonEmpty += expected.isEmpty() ? 0 : 1;
            List<LocalDate> actual = RecurrenceDates.between(r, from, to);
            if (!expected.equals(actual)) {
                fail(r + " in [" + from + ", " + to + "]: expected " + expected + " but was " + actual);
            }
            LocalDate next = RecurrenceDates.next(r, from);
            if (!expected.isEmpty()) {
                assertEquals(expected.get(0), next, r + " from " + from);
            } else {
                assertTrue(next == null || next.isAfter(to), r + " from " + from + " gave " + next + " inside an empty window");
            }
        }
        assertTrue(nonEmpty > RULES / 3, "most windows hold dates, so the comparison says something: " + nonEmpty);
    }

    @Test
    void requireFiresRefusesExactlyTheRulesTheOracleFindsNoDateFor() {
        Random random = new Random(424242);
        int refused = 0;
        for (int i = 0; i < RULES; i++) {
            Recurrence r = randomRule(random);
            if (r.end() == null) {
                r = new Recurrence(r.every(), r.interval(), r.day(), r.nth(), r.weekday(), r.start(),
                        r.start().plusDays(random.nextInt(r.every() == Frequency.YEAR ? 3_000 : 120)), 0);
            }
            boolean fires = !oracle(r, r.start(), r.end()).isEmpty();
            try {
                RecurrenceDates.requireFires(r);
                assertTrue(fires, r + " was accepted, but the oracle finds no date");
            } catch (ValidationException e) {
                refused++;
                assertTrue(!fires, r + " was refused, but the oracle finds a date: " + e.getMessage());
                assertEquals("every", e.field());
                assertTrue(e.reason().startsWith("the rule never fires: "), e.getMessage());
            }
        }
        assertTrue(refused > 20 && refused < RULES / 2, "both answers are exercised: " + refused + " refused");
    }
}
