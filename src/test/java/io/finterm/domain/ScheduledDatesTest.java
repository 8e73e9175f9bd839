package io.finterm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.ScheduledDates.Upcoming;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Month ends of 2026: Jan 31 and Feb 28 are Saturdays, Mar 31 a Tuesday, Apr 30 a Thursday, May 31 a Sunday. */
class ScheduledDatesTest {
    private static final Money RENT = Money.of(120_000, "EUR");

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    private static Schedule schedule(Recurrence rule, WeekendPolicy weekend, LocalDate pausedOn, LocalDate dueFrom) {
        return new Schedule(7, 1, "Rent", 2, TxKind.EXPENSE, 0, 3, RENT, false, "", "", List.of(), List.of(), rule, weekend,
                false, pausedOn, dueFrom);
    }

    private static Schedule lastDayBefore() {
        Recurrence rule = new Recurrence(Frequency.MONTH, 1, Recurrence.LAST, 0, null, d("2026-01-01"), null, 0);
        return schedule(rule, WeekendPolicy.BEFORE, null, d("2026-01-01"));
    }

    private static Occurrence row(long id, String date, OccurrenceState state, long tx, Money amount, String moveTo) {
        return new Occurrence(id, 1, 7, d(date), state, tx, amount, moveTo == null ? null : d(moveTo));
    }

    private static List<String> shown(List<Upcoming> list) {
        return list.stream().map(u -> u.date() + ">" + u.on() + " " + u.amount().minor()).toList();
    }

    @Test
    void theBookedDayMovesOffTheWeekendAndALaterRuleDateCountsWhenItIsBookedInTime() {
        Schedule s = lastDayBefore();
        assertEquals(List.of("2026-01-31>2026-01-30 120000", "2026-02-28>2026-02-27 120000", "2026-03-31>2026-03-31 120000",
                        "2026-04-30>2026-04-30 120000", "2026-05-31>2026-05-29 120000"),
                shown(ScheduledDates.unhandled(s, List.of(), d("2026-05-29"), BusinessDays.WEEKENDS_ONLY)),
                "May's rule date is the 31st, after the day asked for, but it is booked on Friday the 29th");
        assertEquals(4, ScheduledDates.unhandled(s, List.of(), d("2026-05-28"), BusinessDays.WEEKENDS_ONLY).size());
        BusinessDays friday29 = new BusinessDays(Set.of(d("2026-05-29")));
        assertEquals("2026-05-31>2026-05-28 120000",
                shown(ScheduledDates.unhandled(s, List.of(), d("2026-05-28"), friday29)).get(4), "a holiday on the Friday moves it to Thursday");
    }

    @Test
    void handledRowsAreLeftOutAndAChangedRowsAmountAndDayApply() {
        Money less = Money.of(99_900, "EUR");
        List<Occurrence> rows = List.of(row(1, "2026-01-31", OccurrenceState.POSTED, 11, null, null),
                row(2, "2026-02-28", OccurrenceState.SKIPPED, 0, null, null),
                row(3, "2026-03-31", OccurrenceState.LINKED, 12, null, null),
                row(4, "2026-04-30", OccurrenceState.CHANGED, 0, less, null),
                row(5, "2026-05-31", OccurrenceState.CHANGED, 0, null, "2026-04-01"),
                row(6, "2026-06-30", OccurrenceState.CHANGED, 0, null, "2026-08-03"));
        assertEquals(List.of("2026-05-31>2026-04-01 120000", "2026-04-30>2026-04-30 99900"),
                shown(ScheduledDates.unhandled(lastDayBefore(), rows, d("2026-07-15"), BusinessDays.WEEKENDS_ONLY)),
                "May's is moved before April's; June's is moved after the day asked for; July's falls after it");
        assertEquals(List.of("2026-05-31>2026-04-01 120000"),
                shown(ScheduledDates.unhandled(lastDayBefore(), rows, d("2026-04-01"), BusinessDays.WEEKENDS_ONLY)));
    }

    @Test
    void aChangedRowOnADayTheRuleNoLongerGivesIsNoOccurrence() {
        List<Occurrence> rows = List.of(row(1, "2026-02-15", OccurrenceState.CHANGED, 0, null, "2026-01-10"));
        assertEquals(List.of(), ScheduledDates.unhandled(lastDayBefore(), rows, d("2026-01-20"), BusinessDays.WEEKENDS_ONLY));
    }

    @Test
    void nothingBeforeDueFromAndNothingAtAllWhilePaused() {
        Recurrence rule = new Recurrence(Frequency.MONTH, 1, 1, 0, null, d("2026-01-01"), null, 0);
        Schedule edited = schedule(rule, WeekendPolicy.KEEP, null, d("2026-03-02"));
        assertEquals(List.of("2026-04-01>2026-04-01 120000", "2026-05-01>2026-05-01 120000"),
                shown(ScheduledDates.unhandled(edited, List.of(), d("2026-05-01"), BusinessDays.WEEKENDS_ONLY)));
        Schedule paused = schedule(rule, WeekendPolicy.KEEP, d("2026-02-10"), d("2026-01-01"));
        assertEquals(List.of(), ScheduledDates.unhandled(paused, List.of(), d("2026-05-01"), BusinessDays.WEEKENDS_ONLY));
    }

    @Test
    void aLongPastGivesTheEarliestTenThousandAfterTheHandledOnes() {
        Recurrence daily = new Recurrence(Frequency.DAY, 1, 0, 0, null, d("1990-01-01"), null, 0);
        Schedule s = schedule(daily, WeekendPolicy.KEEP, null, d("1990-01-01"));
        List<Occurrence> posted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            posted.add(new Occurrence(i + 1, 1, 7, d("1990-01-01").plusDays(i), OccurrenceState.POSTED, 100 + i, null, null));
        }
        List<Upcoming> due = ScheduledDates.unhandled(s, posted, d("2026-11-30"), BusinessDays.WEEKENDS_ONLY);
        assertEquals(10_000, due.size());
        assertEquals(d("1990-01-06"), due.get(0).date());
        assertEquals(d("1990-01-06").plusDays(9_999), due.get(9_999).date());
        for (int i = 1; i < due.size(); i++) {
            assertTrue(due.get(i - 1).on().isBefore(due.get(i).on()));
        }
    }

    @Test
    void occurrencesSharingABookedDayAreOrderedByTheirRuleDate() {
        // daily with AFTER: Saturday, Sunday and Monday are all booked on Monday
        Recurrence daily = new Recurrence(Frequency.DAY, 1, 0, 0, null, d("2026-01-03"), null, 0);
        Schedule s = schedule(daily, WeekendPolicy.AFTER, null, d("2026-01-03"));
        assertEquals(List.of("2026-01-03>2026-01-05 120000", "2026-01-04>2026-01-05 120000", "2026-01-05>2026-01-05 120000"),
                shown(ScheduledDates.unhandled(s, List.of(), d("2026-01-05"), BusinessDays.WEEKENDS_ONLY)));
    }
}
