package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.domain.ValidationException;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateInputTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 24);

    @ParameterizedTest(name = "''{0}'' is {1}")
    @CsvSource({"2024-03-05,2024-03-05", "today,2026-11-24", "TODAY,2026-11-24", "'',2026-11-24", "yesterday,2026-11-23",
        "-3,2026-11-21", "-0,2026-11-24", "3/5,2026-03-05", "12/31,2026-12-31"})
    void peopleWriteDatesInManyWays(String text, String expected) {
        assertEquals(LocalDate.parse(expected), DateInput.parse(text, TODAY));
    }

    @ParameterizedTest
    @ValueSource(strings = {"someday", "+3", "3/5/2024", "--3", "2024-3-5"})
    void anythingElseIsNamedAsTheDateField(String text) {
        ValidationException e = assertThrows(ValidationException.class, () -> DateInput.parse(text, TODAY));
        assertEquals("date", e.field());
        assertEquals("'" + text + "' is not a date: use 2024-03-05, today, yesterday, -3 or 3/5", e.reason());
    }

    @ParameterizedTest(name = "''{0}'' → {1}")
    @CsvSource(delimiter = '|', value = {
        "2026-02-30|'2026-02-30' is not a date: no 30th of February in 2026",
        "2026-02-29|'2026-02-29' is not a date: no 29th of February in 2026 (not a leap year)",
        "2026-04-31|'2026-04-31' is not a date: no 31st of April in 2026",
        "2024-13-01|'2024-13-01' is not a date: no month 13 (months run from 01 to 12)",
        "2024-03-00|'2024-03-00' is not a date: no day 0 (days start at 01)",
        "13/1|'13/1' is not a date: no month 13 (months run from 01 to 12)",
        "2/29|'2/29' is not a date: no 29th of February in 2026 (not a leap year)",
        "2026-11|'2026-11' is more than one day: use 2024-03-05, today, yesterday, -3 or 3/5",
    })
    void anImpossibleDaySaysWhatIsWrongWithIt(String text, String reason) {
        ValidationException e = assertThrows(ValidationException.class, () -> DateInput.day("from", text, TODAY));
        assertEquals("from", e.field());
        assertEquals(reason, e.reason());
    }

    @ParameterizedTest(name = "''{0}'' runs from {1} to {2}")
    @CsvSource({"2026-11,2026-11-01,2026-11-30", "2024-02,2024-02-01,2024-02-29", "2025,2025-01-01,2025-12-31",
        "2026-11-05,2026-11-05,2026-11-05", "today,2026-11-24,2026-11-24", "-3,2026-11-21,2026-11-21",
        "lastmonth,2026-10-01,2026-10-31", "thisyear,2026-01-01,2026-12-31", "3/5,2026-03-05,2026-03-05"})
    void aStartTakesTheFirstDayAndAnEndTheLast(String text, String first, String last) {
        assertEquals(LocalDate.parse(first), DateInput.first("from", text, TODAY));
        assertEquals(LocalDate.parse(last), DateInput.last("to", text, TODAY));
    }

    @Test
    void aSpanThatIsNoDateListsEveryForm() {
        ValidationException e = assertThrows(ValidationException.class, () -> DateInput.span("to", "next week", TODAY));
        assertEquals("to: 'next week' is not a date: use 2024-03-05, 2024-03, 2024, today, yesterday, -3, 3/5 or a word like lastmonth",
                e.getMessage());
    }

    @Test
    void monthsAreWrittenAsYearAndMonthOrAsWords() {
        assertEquals(YearMonth.of(2026, 3), DateInput.month("month", "2026-03", TODAY));
        assertEquals(YearMonth.of(2026, 10), DateInput.month("month", "lastmonth", TODAY));
        assertEquals(YearMonth.of(2026, 12), DateInput.month("month", "nextmonth", TODAY));
        assertEquals("month: '2026-13' is not a month: no month 13 (months run from 01 to 12)",
                assertThrows(ValidationException.class, () -> DateInput.month("month", "2026-13", TODAY)).getMessage());
        assertEquals("month: 'march' is not a month: use 2024-03, thismonth, lastmonth or nextmonth",
                assertThrows(ValidationException.class, () -> DateInput.month("month", "march", TODAY)).getMessage());
    }
}
