package io.finterm.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-computed dates of every rule shape (the calendars of 2026, 2027 and 2028 were read off a printed calendar). */
class RecurrenceDatesTest {
    private static final int LAST = Recurrence.LAST;

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static List<LocalDate> dates(String... iso) {
        return java.util.Arrays.stream(iso).map(LocalDate::parse).toList();
    }

    private static Recurrence monthly(int day, String start) {
        return new Recurrence(Frequency.MONTH, 1, day, 0, null, d(start), null, 0);
    }

    private static Recurrence rule(Frequency every, int interval, int day, int nth, DayOfWeek weekday, String start, String end, int count) {
        return new Recurrence(every, interval, day, nth, weekday, d(start), end == null ? null : d(end), count);
    }

    @Test
    void theThirtyFirstFallsOnTheLastDayOfAShorterMonth() {
        assertEquals(dates("2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30", "2026-05-31"),
                RecurrenceDates.between(monthly(31, "2026-01-31"), d("2026-01-01"), d("2026-05-31")));
    }

    @Test
    void inALeapYearTheThirtyFirstAndTheTwentyNinthFallOnTheTwentyNinthOfFebruary() {
        assertEquals(dates("2028-01-31", "2028-02-29", "2028-03-31"),
                RecurrenceDates.between(monthly(31, "2028-01-31"), d("2028-01-01"), d("2028-03-31")));
        Recurrence leapDay = rule(Frequency.YEAR, 1, 29, 0, null, "2028-02-29", null, 0);
        assertEquals(dates("2028-02-29", "2029-02-28", "2030-02-28", "2031-02-28", "2032-02-29"),
                RecurrenceDates.between(leapDay, d("2020-01-01"), d("2032-12-31")));
        assertDoesNotThrow(() -> RecurrenceDates.requireFires(leapDay));
    }

    @Test
    void theLastDayOfTheMonthFollowsEachMonthsLength() {
        assertEquals(dates("2026-01-31", "2026-02-28", "2026-03-31", "2026-04-30"),
                RecurrenceDates.between(monthly(LAST, "2026-01-15"), d("2026-01-01"), d("2026-04-30")));
        Recurrence lastOfFebruary = rule(Frequency.YEAR, 1, LAST, 0, null, "2027-02-01", null, 0);
        assertEquals(dates("2027-02-28", "2028-02-29"), RecurrenceDates.between(lastOfFebruary, d("2027-01-01"), d("2028-12-31")));
    }

    @Test
    void aMonthlyRuleWithoutADayTakesTheStartsDay() {
        assertEquals(dates("2026-01-15", "2026-02-15", "2026-03-15"),
                RecurrenceDates.between(monthly(0, "2026-01-15"), d("2025-01-01"), d("2026-03-20")));
    }

    @Test
    void theSecondTuesdayAndTheLastFridayOfEachMonth() {
        Recurrence secondTuesday = rule(Frequency.MONTH, 1, 0, 2, DayOfWeek.TUESDAY, "2026-01-01", null, 0);
        assertEquals(dates("2026-01-13", "2026-02-10", "2026-03-10", "2026-04-14", "2026-05-12"),
                RecurrenceDates.between(secondTuesday, d("2026-01-01"), d("2026-05-31")));
        Recurrence lastFriday = rule(Frequency.MONTH, 1, 0, LAST, DayOfWeek.FRIDAY, "2026-01-01", null, 0);
        assertEquals(dates("2026-01-30", "2026-02-27", "2026-03-27", "2026-04-24", "2026-05-29"),
                RecurrenceDates.between(lastFriday, d("2026-01-01"), d("2026-05-31")));
    }

    @Test
    void aMonthWithoutAFifthTuesdayHasNoOccurrence() {
        Recurrence fifthTuesday = rule(Frequency.MONTH, 1, 0, 5, DayOfWeek.TUESDAY, "2026-01-01", null, 0);
        assertEquals(dates("2026-03-31", "2026-06-30", "2026-09-29", "2026-12-29"),
                RecurrenceDates.between(fifthTuesday, d("2026-01-01"), d("2026-12-31")));
        Recurrence fiveOfThem = rule(Frequency.MONTH, 1, 0, 5, DayOfWeek.TUESDAY, "2026-01-01", null, 3);
        assertEquals(dates("2026-03-31", "2026-06-30", "2026-09-29"),
                RecurrenceDates.between(fiveOfThem, d("2026-01-01"), d("2027-12-31")), "the count counts occurrences, not months");
    }

    @Test
    void aYearlyRuleFiresInItsStartsMonthOnItsDayOrItsNthWeekday() {
        Recurrence ides = rule(Frequency.YEAR, 1, 0, 0, null, "2026-03-15", null, 0);
        assertEquals(dates("2026-03-15", "2027-03-15", "2028-03-15"), RecurrenceDates.between(ides, d("2026-01-01"), d("2028-12-31")));
        Recurrence secondTuesdayOfMarch = rule(Frequency.YEAR, 1, 0, 2, DayOfWeek.TUESDAY, "2026-03-01", null, 0);
        assertEquals(dates("2026-03-10", "2027-03-09"), RecurrenceDates.between(secondTuesdayOfMarch, d("2026-01-01"), d("2027-12-31")));
        Recurrence fifthMondayOfFebruary = rule(Frequency.YEAR, 1, 0, 5, DayOfWeek.MONDAY, "2026-02-01", null, 0);
        assertEquals(d("2044-02-29"), RecurrenceDates.next(fifthMondayOfFebruary, d("2026-02-01")),
                "the first February from 2026 with five Mondays is the leap one of 2044");
    }

    @Test
    void intervalsAreCountedFromTheStart() {
        Recurrence everyThirdDay = rule(Frequency.DAY, 3, 0, 0, null, "2026-01-01", null, 0);
        assertEquals(dates("2026-01-07", "2026-01-10"), RecurrenceDates.between(everyThirdDay, d("2026-01-05"), d("2026-01-12")));
        Recurrence everyOtherMonth = rule(Frequency.MONTH, 2, 15, 0, null, "2026-01-20", null, 0);
        assertEquals(dates("2026-03-15", "2026-05-15"), RecurrenceDates.between(everyOtherMonth, d("2026-01-01"), d("2026-06-30")),
                "January's 15th lies before the start, and February is not counted");
        Recurrence everyOtherYear = rule(Frequency.YEAR, 2, 0, 0, null, "2026-07-04", null, 0);
        assertEquals(dates("2026-07-04", "2028-07-04", "2030-07-04"),
                RecurrenceDates.between(everyOtherYear, d("2026-01-01"), d("2031-12-31")));
    }

    @Test
    void everyOtherWeekCountsWeeksFromTheStartsWeekAndNeverBeforeTheStart() {
        // starts on Wednesday 2026-01-07: that week's Tuesday (the 6th) lies before it, so the first is two weeks on
        Recurrence tuesdays = rule(Frequency.WEEK, 2, 0, 0, DayOfWeek.TUESDAY, "2026-01-07", null, 0);
        assertEquals(dates("2026-01-20", "2026-02-03", "2026-02-17"),
                RecurrenceDates.between(tuesdays, d("2026-01-01"), d("2026-02-28")));
        Recurrence fromTheStartsWeekday = rule(Frequency.WEEK, 1, 0, 0, null, "2026-01-07", null, 0);
        assertEquals(dates("2026-01-07", "2026-01-14", "2026-01-21"),
                RecurrenceDates.between(fromTheStartsWeekday, d("2026-01-01"), d("2026-01-21")));
        // starts on Monday 2026-01-05: that week's Friday (the 9th) counts
        Recurrence fridays = rule(Frequency.WEEK, 3, 0, 0, DayOfWeek.FRIDAY, "2026-01-05", null, 0);
        assertEquals(dates("2026-01-09", "2026-01-30"), RecurrenceDates.between(fridays, d("2026-01-01"), d("2026-02-05")));
    }

    @Test
    void theCountCountsOccurrencesFromTheStartAndTheEndIsInclusive() {
        Recurrence threeFirsts = rule(Frequency.MONTH, 1, 1, 0, null, "2026-01-05", null, 3);
        assertEquals(dates("2026-02-01", "2026-03-01", "2026-04-01"),
                RecurrenceDates.between(threeFirsts, d("2020-01-01"), d("2030-12-31")));
        assertEquals(dates("2026-03-01", "2026-04-01"), RecurrenceDates.between(threeFirsts, d("2026-02-02"), d("2030-12-31")));
        assertNull(RecurrenceDates.next(threeFirsts, d("2026-04-02")));
        Recurrence untilMarch = rule(Frequency.MONTH, 1, 1, 0, null, "2026-01-01", "2026-03-01", 0);
        assertEquals(dates("2026-01-01", "2026-02-01", "2026-03-01"),
                RecurrenceDates.between(untilMarch, d("2025-01-01"), d("2030-12-31")));
        assertEquals(d("2026-03-01"), RecurrenceDates.next(untilMarch, d("2026-02-02")));
        assertNull(RecurrenceDates.next(untilMarch, d("2026-03-02")));
        Recurrence twiceDaily = rule(Frequency.DAY, 1, 0, 0, null, "2026-01-30", null, 2);
        assertEquals(dates("2026-01-30", "2026-01-31"), RecurrenceDates.between(twiceDaily, d("2026-01-01"), d("2026-12-31")));
    }

    @Test
    void nextFindsTheFirstDateOnOrAfterTheDayGiven() {
        Recurrence thirtyFirst = monthly(31, "2026-01-31");
        assertEquals(d("2026-04-30"), RecurrenceDates.next(thirtyFirst, d("2026-04-01")));
        assertEquals(d("2026-04-30"), RecurrenceDates.next(thirtyFirst, d("2026-04-30")));
        assertEquals(d("2026-01-31"), RecurrenceDates.next(thirtyFirst, d("1999-01-01")));
        assertEquals(d("2999-12-31"), RecurrenceDates.next(thirtyFirst, d("2999-12-01")));
        assertNull(RecurrenceDates.next(monthly(1, "2999-12-15"), d("2999-12-15")), "nothing lies after 2999");
    }

    @Test
    void aRuleStartedThirtyYearsAgoGivesANarrowWindowQuickly() {
        Recurrence secondTuesday = rule(Frequency.MONTH, 1, 0, 2, DayOfWeek.TUESDAY, "1996-01-01", null, 0);
        // 1996-01-02 was a Tuesday; 2026-01-06 is 10,962 days = 1,566 weeks later, an even number
        Recurrence fortnightly = rule(Frequency.WEEK, 2, 0, 0, null, "1996-01-02", null, 0);
        Recurrence daily = rule(Frequency.DAY, 1, 0, 0, null, "1900-01-01", null, 0);
        Recurrence fifthTuesdays = rule(Frequency.MONTH, 1, 0, 5, DayOfWeek.TUESDAY, "1900-01-01", null, 10_000);
        assertTimeoutPreemptively(Duration.ofSeconds(2), () -> {
            for (int i = 0; i < 2_000; i++) {
                assertEquals(dates("2026-03-10"), RecurrenceDates.between(secondTuesday, d("2026-03-01"), d("2026-03-31")));
                assertEquals(dates("2026-01-06", "2026-01-20"), RecurrenceDates.between(fortnightly, d("2026-01-01"), d("2026-01-31")));
                assertEquals(dates("2026-06-29", "2026-06-30"), RecurrenceDates.between(daily, d("2026-06-29"), d("2026-06-30")));
            }
            for (int i = 0; i < 20; i++) {
                assertEquals(dates("2026-06-30"), RecurrenceDates.between(fifthTuesdays, d("2026-06-01"), d("2026-06-30")));
            }
        });
    }

    @Test
    void aYearlyRuleOnADayItsMonthNeverHasIsRefusedAsNeverFiring() {
        ValidationException feb30 = assertThrows(ValidationException.class,
                () -> RecurrenceDates.requireFires(rule(Frequency.YEAR, 1, 30, 0, null, "2026-02-01", null, 0)));
        assertEquals("every: the rule never fires: February has no 30th", feb30.getMessage());
        assertEquals("every", feb30.field());
        ValidationException apr31 = assertThrows(ValidationException.class,
                () -> RecurrenceDates.requireFires(rule(Frequency.YEAR, 1, 31, 0, null, "2026-04-10", null, 0)));
        assertEquals("every: the rule never fires: April has no 31st", apr31.getMessage());
        assertEquals(List.of(), RecurrenceDates.between(rule(Frequency.YEAR, 1, 31, 0, null, "2026-04-10", null, 0),
                d("2026-01-01"), d("2040-12-31")));
        assertDoesNotThrow(() -> RecurrenceDates.requireFires(monthly(31, "2026-04-10")), "a monthly 31st falls on the 30th of April");
    }

    @Test
    void aRuleWithNoDateBetweenItsStartAndItsEndIsRefusedSayingWhy() {
        ValidationException first = assertThrows(ValidationException.class,
                () -> RecurrenceDates.requireFires(rule(Frequency.MONTH, 1, 1, 0, null, "2026-01-05", "2026-01-20", 0)));
        assertEquals("every: the rule never fires: no 1st of a month falls between 2026-01-05 and 2026-01-20", first.getMessage());
        ValidationException monday = assertThrows(ValidationException.class,
                () -> RecurrenceDates.requireFires(rule(Frequency.WEEK, 1, 0, 0, DayOfWeek.MONDAY, "2026-01-07", "2026-01-09", 0)));
        assertEquals("every: the rule never fires: no Monday falls between 2026-01-07 and 2026-01-09", monday.getMessage());
        ValidationException fifthMonday = assertThrows(ValidationException.class,
                () -> RecurrenceDates.requireFires(rule(Frequency.YEAR, 1, 0, 5, DayOfWeek.MONDAY, "2026-02-01", "2040-12-31", 0)));
        assertEquals("every: the rule never fires: no 5th Monday of February falls between 2026-02-01 and 2040-12-31",
                fifthMonday.getMessage());
        ValidationException otherMonth = assertThrows(ValidationException.class,
                () -> RecurrenceDates.requireFires(rule(Frequency.MONTH, 2, 1, 0, null, "2026-01-05", "2026-02-20", 0)));
        assertEquals("every: the rule never fires: no 1st of a month in the months it counts (every 2 months from January 2026) "
                + "falls between 2026-01-05 and 2026-02-20", otherMonth.getMessage());
        assertDoesNotThrow(() -> RecurrenceDates.requireFires(rule(Frequency.MONTH, 1, 1, 0, null, "2026-01-05", "2026-02-01", 0)));
        assertDoesNotThrow(() -> RecurrenceDates.requireFires(rule(Frequency.YEAR, 1, 0, 5, DayOfWeek.MONDAY, "2026-02-01", null, 1)));
    }
}
