package io.finterm.analysis;

import io.finterm.domain.Frequency;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A rhythm {@link RecurringFinder} looks for, with how far a payment may stray from its date and still count, how
 * many payments make a series, and how long after the last one a series is still alive. Tried in this order: a
 * weekly series would also pass for an every-two-weeks one (every other payment) and a monthly one hides in no
 * shorter rhythm, so the shorter rhythm is found first and takes its payments.
 */
enum Cadence {
    /** Every week on a weekday: banks book a day late at most, so ±1 day. */
    WEEKLY(Frequency.WEEK, 1, 1, 1, 7),
    /** Every two weeks (pay days): as weekly, with no week skipped (a skip would be a month). */
    BIWEEKLY(Frequency.WEEK, 2, 1, 0, 14),
    /** The same day of every month (or its last day): a weekend or a holiday moves it by up to 3 days, ±4 to spare. */
    MONTHLY(Frequency.MONTH, 1, 4, 1, 30.44),
    /** The same day of a year, ±a week. No year skipped: a yearly fee not paid for a year has been cancelled. */
    YEARLY(Frequency.YEAR, 1, 7, 0, 365.25);

    final Frequency every;
    final int interval;
    /** How many days a payment may lie before or after the date the rhythm expects. */
    final int tolerance;
    /** How many periods in a row may be missed inside a series (a skipped month). */
    final int skips;
    /** A period's length in days, on average. */
    final double days;

    Cadence(Frequency every, int interval, int tolerance, int skips, double days) {
        this.every = every;
        this.interval = interval;
        this.tolerance = tolerance;
        this.skips = skips;
        this.days = days;
    }

    /**
     * The date {@code k} periods after {@code start}, counted from the start (never from the previous payment, so that
     * a late payment does not push every later one): a start on a month's last day stays on the last day.
     */
    LocalDate expected(LocalDate start, int k) {
        return switch (this) {
            case WEEKLY -> start.plusDays(7L * k);
            case BIWEEKLY -> start.plusDays(14L * k);
            case MONTHLY -> start.getDayOfMonth() == start.lengthOfMonth()
                    ? YearMonth.from(start).plusMonths(k).atEndOfMonth() : start.plusMonths(k);
            case YEARLY -> start.plusYears(k);
        };
    }

    /**
     * Whether a series whose last payment was on {@code last} is still alive on {@code today}: at most one expected
     * payment is missing. The first date after the last payment may have passed unpaid (a skipped month, a payment
     * not entered yet), but not the second one as well: that one, with its tolerance, has not passed yet. Two
     * payments missed in a row are a series that stopped, and a schedule made from it would make both wait. A yearly
     * one within a year and a month: a yearly series skips no year, so a fee a month overdue has most likely been
     * cancelled, and a second year would offer fees cancelled a year ago.
     */
    boolean alive(LocalDate last, LocalDate today) {
        LocalDate until = this == YEARLY ? expected(last, 1).plusMonths(1) : expected(last, 2).plusDays(tolerance);
        return !until.isBefore(today);
    }
}
