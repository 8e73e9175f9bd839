package io.finterm.analysis;

import static io.finterm.analysis.Items.day;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.analysis.Period.Length;
import io.finterm.domain.ValidationException;
import org.junit.jupiter.api.Test;

class PeriodTest {
    @Test
    void calendarPeriodsContainTheirDayAndStartWhereTheCalendarDoes() {
        assertEquals(new Period(day("2026-11-23"), day("2026-11-29"), Length.WEEK), Period.containing(Length.WEEK, day("2026-11-26")));
        assertEquals(new Period(day("2024-02-01"), day("2024-02-29"), Length.MONTH), Period.containing(Length.MONTH, day("2024-02-10")));
        assertEquals(new Period(day("2026-10-01"), day("2026-12-31"), Length.QUARTER), Period.containing(Length.QUARTER, day("2026-11-24")));
        assertEquals(new Period(day("2026-01-01"), day("2026-12-31"), Length.YEAR), Period.containing(Length.YEAR, day("2026-11-24")));
    }

    @Test
    void thePeriodBeforeMarchIsFebruaryNotThirtyOneDays() {
        Period march = Period.containing(Length.MONTH, day("2024-03-15"));
        assertEquals(Period.containing(Length.MONTH, day("2024-02-01")), march.previous());
        assertEquals(Period.containing(Length.QUARTER, day("2023-10-01")), Period.containing(Length.QUARTER, day("2024-02-01")).previous());
        assertEquals(Period.containing(Length.WEEK, day("2026-11-16")), Period.containing(Length.WEEK, day("2026-11-24")).previous());
    }

    @Test
    void aCustomRangeMovesByItsOwnLength() {
        Period tenDays = Period.between(day("2024-01-11"), day("2024-01-20"));
        assertEquals(Period.between(day("2024-01-01"), day("2024-01-10")), tenDays.previous());
        assertEquals(10, tenDays.days());
    }

    @Test
    void monthsCountPartlyCoveredMonthsByTheirShareOfDays() {
        assertEquals(3.0, Period.between(day("2024-01-01"), day("2024-03-31")).months(), 1e-12);
        assertEquals(15.0 / 31, Period.between(day("2024-01-01"), day("2024-01-15")).months(), 1e-12);
        assertEquals(1 + 1.0 / 29, Period.between(day("2024-01-01"), day("2024-02-01")).months(), 1e-12);
    }

    @Test
    void labelsReadAsPeopleWriteThem() {
        assertEquals("2026-11", Period.containing(Length.MONTH, day("2026-11-24")).label());
        assertEquals("2026-Q4", Period.containing(Length.QUARTER, day("2026-11-24")).label());
        assertEquals("2026", Period.containing(Length.YEAR, day("2026-11-24")).label());
        assertEquals("week of 2026-11-23", Period.containing(Length.WEEK, day("2026-11-24")).label());
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsRefusedNamingTheField() {
        ValidationException e = assertThrows(ValidationException.class, () -> Period.between(day("2024-02-01"), day("2024-01-01")));
        assertEquals("from", e.field());
    }
}
