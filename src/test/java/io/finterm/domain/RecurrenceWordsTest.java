package io.finterm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RecurrenceWordsTest {
    private static final int LAST = Recurrence.LAST;

    private static Recurrence rule(Frequency every, int interval, int day, int nth, DayOfWeek weekday, String start, String end, int count) {
        return new Recurrence(every, interval, day, nth, weekday, LocalDate.parse(start), end == null ? null : LocalDate.parse(end), count);
    }

    private static String words(Frequency every, int interval, int day, int nth, DayOfWeek weekday, WeekendPolicy policy) {
        return RecurrenceWords.describe(rule(every, interval, day, nth, weekday, "2026-03-15", null, 0), policy);
    }

    @Test
    void theLastDayMovedBeforeIsTheLastBusinessDay() {
        assertEquals("monthly on the last business day", words(Frequency.MONTH, 1, LAST, 0, null, WeekendPolicy.BEFORE));
        assertEquals("monthly on the last day", words(Frequency.MONTH, 1, LAST, 0, null, WeekendPolicy.KEEP));
        assertEquals("monthly on the last day, moved to the business day after", words(Frequency.MONTH, 1, LAST, 0, null, WeekendPolicy.AFTER));
        assertEquals("yearly on the last business day of March", words(Frequency.YEAR, 1, LAST, 0, null, WeekendPolicy.BEFORE));
    }

    @Test
    void eachShapeReadsAsASentence() {
        assertEquals("daily", words(Frequency.DAY, 1, 0, 0, null, WeekendPolicy.KEEP));
        assertEquals("every 3 days", words(Frequency.DAY, 3, 0, 0, null, WeekendPolicy.KEEP));
        assertEquals("weekly on Tuesday", words(Frequency.WEEK, 1, 0, 0, DayOfWeek.TUESDAY, WeekendPolicy.KEEP));
        assertEquals("every 2 weeks on Tuesday", words(Frequency.WEEK, 2, 0, 0, DayOfWeek.TUESDAY, WeekendPolicy.KEEP));
        assertEquals("weekly on Sunday", words(Frequency.WEEK, 1, 0, 0, null, WeekendPolicy.KEEP), "2026-03-15 is a Sunday");
        assertEquals("monthly on the 1st", words(Frequency.MONTH, 1, 1, 0, null, WeekendPolicy.KEEP));
        assertEquals("every 2 months on the 15th", words(Frequency.MONTH, 2, 15, 0, null, WeekendPolicy.KEEP));
        assertEquals("monthly on the 2nd Tuesday", words(Frequency.MONTH, 1, 0, 2, DayOfWeek.TUESDAY, WeekendPolicy.KEEP));
        assertEquals("monthly on the last Friday", words(Frequency.MONTH, 1, 0, LAST, DayOfWeek.FRIDAY, WeekendPolicy.KEEP));
        assertEquals("yearly on 15 March", words(Frequency.YEAR, 1, 0, 0, null, WeekendPolicy.KEEP));
        assertEquals("every 2 years on 15 March", words(Frequency.YEAR, 2, 15, 0, null, WeekendPolicy.KEEP));
        assertEquals("yearly on the 2nd Tuesday of March", words(Frequency.YEAR, 1, 0, 2, DayOfWeek.TUESDAY, WeekendPolicy.KEEP));
        assertEquals("yearly on the last day of March", words(Frequency.YEAR, 1, LAST, 0, null, WeekendPolicy.KEEP));
    }

    @Test
    void aMoveAndTheBoundsFollowTheRule() {
        assertEquals("monthly on the 1st, moved to the business day before", words(Frequency.MONTH, 1, 1, 0, null, WeekendPolicy.BEFORE));
        assertEquals("every 2 weeks on Tuesday, 12 times from 2026-01-06", RecurrenceWords.describe(
                rule(Frequency.WEEK, 2, 0, 0, DayOfWeek.TUESDAY, "2026-01-06", null, 12), WeekendPolicy.KEEP));
        assertEquals("monthly on the 1st, once from 2026-01-05", RecurrenceWords.describe(
                rule(Frequency.MONTH, 1, 1, 0, null, "2026-01-05", null, 1), WeekendPolicy.KEEP));
        assertEquals("monthly on the 30th, moved to the business day after, until 2027-06-30", RecurrenceWords.describe(
                rule(Frequency.MONTH, 1, 30, 0, null, "2026-01-05", "2027-06-30", 0), WeekendPolicy.AFTER));
    }

    @Test
    void daysOfTheMonthAreEnglishOrdinals() {
        int[] days = {1, 2, 3, 4, 5, 11, 12, 13, 21, 22, 23, 31};
        String[] ordinals = {"1st", "2nd", "3rd", "4th", "5th", "11th", "12th", "13th", "21st", "22nd", "23rd", "31st"};
        for (int i = 0; i < days.length; i++) {
            assertEquals("monthly on the " + ordinals[i], words(Frequency.MONTH, 1, days[i], 0, null, WeekendPolicy.KEEP));
        }
        assertEquals("monthly on the 3rd Wednesday", words(Frequency.MONTH, 1, 0, 3, DayOfWeek.WEDNESDAY, WeekendPolicy.KEEP));
        assertEquals("monthly on the 5th Monday", words(Frequency.MONTH, 1, 0, 5, DayOfWeek.MONDAY, WeekendPolicy.KEEP));
    }
}
