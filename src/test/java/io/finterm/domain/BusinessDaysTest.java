package io.finterm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** 2026-01-01 is a Thursday, 2026-01-03 a Saturday, 2026-05-25 a Monday (read off a calendar). */
class BusinessDaysTest {
    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void weekendsAreNeverBusinessDaysAndHolidaysOnlyWhenConfigured() {
        assertFalse(BusinessDays.WEEKENDS_ONLY.isBusinessDay(d("2026-01-03")));
        assertFalse(BusinessDays.WEEKENDS_ONLY.isBusinessDay(d("2026-01-04")));
        assertTrue(BusinessDays.WEEKENDS_ONLY.isBusinessDay(d("2026-01-01")), "no holiday is configured");
        assertFalse(new BusinessDays(Set.of(d("2026-01-01"))).isBusinessDay(d("2026-01-01")));
        assertTrue(new BusinessDays(Set.of(d("2026-01-01"))).isBusinessDay(d("2026-01-05")));
    }

    @Test
    void aSaturdayStaysOrMovesToFridayOrToMonday() {
        assertEquals(d("2026-01-03"), BusinessDays.WEEKENDS_ONLY.adjust(d("2026-01-03"), WeekendPolicy.KEEP));
        assertEquals(d("2026-01-02"), BusinessDays.WEEKENDS_ONLY.adjust(d("2026-01-03"), WeekendPolicy.BEFORE));
        assertEquals(d("2026-01-05"), BusinessDays.WEEKENDS_ONLY.adjust(d("2026-01-03"), WeekendPolicy.AFTER));
        assertEquals(d("2026-01-02"), BusinessDays.WEEKENDS_ONLY.adjust(d("2026-01-04"), WeekendPolicy.BEFORE));
        assertEquals(d("2026-01-07"), BusinessDays.WEEKENDS_ONLY.adjust(d("2026-01-07"), WeekendPolicy.AFTER), "a business day stays");
    }

    @Test
    void holidaysNextToAWeekendAreSteppedOverTogetherWithIt() {
        BusinessDays newYear = new BusinessDays(Set.of(d("2026-01-01"), d("2026-01-02")));
        assertEquals(d("2025-12-31"), newYear.adjust(d("2026-01-03"), WeekendPolicy.BEFORE), "Saturday, then two holidays back");
        assertEquals(d("2026-01-05"), newYear.adjust(d("2026-01-01"), WeekendPolicy.AFTER), "two holidays, then the weekend");
        assertEquals(d("2026-01-01"), newYear.adjust(d("2026-01-01"), WeekendPolicy.KEEP));
        BusinessDays whitMonday = new BusinessDays(Set.of(d("2026-05-25")));
        assertEquals(d("2026-05-26"), whitMonday.adjust(d("2026-05-23"), WeekendPolicy.AFTER));
        assertEquals(d("2026-05-22"), whitMonday.adjust(d("2026-05-25"), WeekendPolicy.BEFORE));
    }

    @Test
    void theHolidaysAreCopiedSoLaterChangesToTheSetDoNotLeakIn() {
        Set<LocalDate> holidays = new HashSet<>(Set.of(d("2026-01-01")));
        BusinessDays days = new BusinessDays(holidays);
        holidays.add(d("2026-01-05"));
        assertTrue(days.isBusinessDay(d("2026-01-05")));
    }

    @Test
    void atTheFirstDayFinTermKeepsAMoveBeforeGoesAfterInstead() {
        // 1900-01-01 was a Monday
        BusinessDays first = new BusinessDays(Set.of(Transaction.FIRST_DATE));
        assertEquals(d("1900-01-02"), first.adjust(Transaction.FIRST_DATE, WeekendPolicy.BEFORE));
    }
}
