package io.finterm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.domain.ScheduleInput.NthWeekday;
import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;

class ScheduleInputTest {
    private static ValidationException refused(Runnable r) {
        return assertThrows(ValidationException.class, r::run);
    }

    @Test
    void aDayOfTheMonthIsOneToThirtyOneOrLast() {
        assertEquals(1, ScheduleInput.day("1"));
        assertEquals(31, ScheduleInput.day("31"));
        assertEquals(15, ScheduleInput.day(" 15 "));
        assertEquals(Recurrence.LAST, ScheduleInput.day("last"));
        assertEquals(Recurrence.LAST, ScheduleInput.day("LAST"));
        assertEquals(1, ScheduleInput.day("1st"));
        assertEquals(22, ScheduleInput.day("22nd"));
    }

    @Test
    void aDayThatIsNoDayOfTheMonthIsRefusedNamingDay() {
        for (String bad : new String[] {"0", "32", "-1", "x", "1th", "15st", "32nd", "99999999999", "3.5"}) {
            ValidationException e = refused(() -> ScheduleInput.day(bad));
            assertEquals("day", e.field());
            assertEquals("'" + bad + "' is not a day of the month: give 1 to 31, or last", e.reason());
        }
        assertEquals("day: give a day of the month: 1 to 31, or last", refused(() -> ScheduleInput.day("  ")).getMessage());
        assertEquals("day: give a day of the month: 1 to 31, or last", refused(() -> ScheduleInput.day(null)).getMessage());
    }

    @Test
    void aWeekdayIsWrittenShortOrLongWithAnOptionalWeekOfTheMonth() {
        assertEquals(new NthWeekday(0, DayOfWeek.TUESDAY), ScheduleInput.weekday("tue"));
        assertEquals(new NthWeekday(0, DayOfWeek.TUESDAY), ScheduleInput.weekday("Tuesday"));
        assertEquals(new NthWeekday(2, DayOfWeek.TUESDAY), ScheduleInput.weekday("2nd tue"));
        assertEquals(new NthWeekday(2, DayOfWeek.TUESDAY), ScheduleInput.weekday("second tuesday"));
        assertEquals(new NthWeekday(Recurrence.LAST, DayOfWeek.FRIDAY), ScheduleInput.weekday("last fri"));
        assertEquals(new NthWeekday(5, DayOfWeek.MONDAY), ScheduleInput.weekday("5th mon"));
        assertEquals(new NthWeekday(1, DayOfWeek.SUNDAY), ScheduleInput.weekday(" First  SUN "));
        assertEquals(new NthWeekday(3, DayOfWeek.WEDNESDAY), ScheduleInput.weekday("3rd wed"));
        assertEquals(new NthWeekday(4, DayOfWeek.THURSDAY), ScheduleInput.weekday("4 thu"));
        assertEquals(new NthWeekday(0, DayOfWeek.SATURDAY), ScheduleInput.weekday("sat"));
    }

    @Test
    void aWeekdayThatCannotBeReadIsRefusedNamingWeekdayAndSayingWhatWouldBeRight() {
        ValidationException tux = refused(() -> ScheduleInput.weekday("tux"));
        assertEquals("weekday", tux.field());
        assertEquals("weekday: 'tux' is not a weekday: give mon, tue, wed, thu, fri, sat or sun (or the whole name), as in tue or 2nd tue",
                tux.getMessage());
        assertEquals("weekday: '6th tue' does not say which week of the month: give 1st to 5th, or last, as in 2nd tue or last fri",
                refused(() -> ScheduleInput.weekday("6th tue")).getMessage());
        assertEquals("weekday: '2st tue' does not say which week of the month: give 1st to 5th, or last, as in 2nd tue or last fri",
                refused(() -> ScheduleInput.weekday("2st tue")).getMessage());
        assertEquals("weekday: '2nd tue fri' is not a weekday: give one as tue or tuesday, with the week of the month for a "
                + "monthly rule, as 2nd tue or last fri", refused(() -> ScheduleInput.weekday("2nd tue fri")).getMessage());
        assertEquals("weekday", refused(() -> ScheduleInput.weekday("tu")).field());
        assertEquals("weekday", refused(() -> ScheduleInput.weekday("2nd")).field());
        assertEquals("weekday: give a weekday, as tue, or with the week of the month, as 2nd tue or last fri",
                refused(() -> ScheduleInput.weekday("")).getMessage());
    }

    @Test
    void everyTakesTheUnitAndSendsTheNumberToInterval() {
        assertEquals(Frequency.MONTH, ScheduleInput.every("month"));
        assertEquals(Frequency.MONTH, ScheduleInput.every("Monthly"));
        assertEquals(Frequency.WEEK, ScheduleInput.every("weeks"));
        assertEquals(Frequency.DAY, ScheduleInput.every("daily"));
        assertEquals(Frequency.YEAR, ScheduleInput.every("year"));
        assertEquals("every: '2 months' has a number: give the unit here and the number with --interval, as in --every month --interval 2",
                refused(() -> ScheduleInput.every("2 months")).getMessage());
        assertEquals("every", refused(() -> ScheduleInput.every("fortnight")).field());
        assertEquals("every: give the unit: day, week, month or year", refused(() -> ScheduleInput.every(null)).getMessage());
    }

    @Test
    void aLongOrDirtyTextIsQuotedShortAndClean() {
        ValidationException e = refused(() -> ScheduleInput.day("\u001b[2J" + "9".repeat(100)));
        assertEquals("'[2J" + "9".repeat(37) + "…' is not a day of the month: give 1 to 31, or last", e.reason());
    }

    @Test
    void anUnknownUnitPastedAsAPageIsQuotedShortLikeEveryOtherRefusal() {
        String page = "fortnightly\u001b[2J " + "and so on ".repeat(200);
        ValidationException parsed = refused(() -> Frequency.parse(page));
        assertEquals("every", parsed.field());
        assertEquals("'fortnightly[2J and so on and so on and s…' is not one of day, week, month, year", parsed.reason(),
                "the first 40 characters, cleaned, then …");
        assertEquals(parsed.getMessage(), refused(() -> ScheduleInput.every(page)).getMessage(), "--every refuses it the same way");
    }
}
