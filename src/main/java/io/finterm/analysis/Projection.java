package io.finterm.analysis;

import io.finterm.domain.Money;
import io.finterm.domain.Rounding;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.function.Predicate;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Where the current month's spending will end: what was spent so far, plus what was spent on average
 * in the rest of the month (after today's day of the month) over the last six months with data. A
 * straight extrapolation would turn rent paid on the 1st into thirty rents; the history does not.
 * Without any earlier month, it falls back to extrapolating the daily rate.
 */
final class Projection {
    static final int HISTORY_MONTHS = 6;

    private final Ledger ledger;
    private final LocalDate today;
    private final boolean applies;

    /** {@code ledger} should hold the six months before today's month, when they have data. */
    Projection(Ledger ledger, Period period, LocalDate today) {
        this.ledger = ledger;
        this.today = today;
        this.applies = period.contains(today) && !ledger.isEmpty();
    }

    /** The projected total of today's month for the items {@code which} selects, or {@code null}. */
    Money of(Predicate<Item> which) {
        if (!applies) {
            return null;
        }
        YearMonth month = YearMonth.from(today);
        long soFar = sum(month.atDay(1), today, which);
        LocalDate firstData = ledger.items().get(0).date();
        DescriptiveStatistics rest = new DescriptiveStatistics();
        for (int back = 1; back <= HISTORY_MONTHS; back++) {
            YearMonth earlier = month.minusMonths(back);
            if (firstData.isAfter(earlier.atDay(1))) {
                break;
            }
            LocalDate sameDay = earlier.atDay(Math.min(today.getDayOfMonth(), earlier.lengthOfMonth()));
            rest.addValue(sum(sameDay.plusDays(1), earlier.atEndOfMonth(), which));
        }
        BigDecimal projected = rest.getN() > 0
                ? BigDecimal.valueOf(soFar).add(BigDecimal.valueOf(rest.getMean()))
                : BigDecimal.valueOf(soFar).multiply(BigDecimal.valueOf(month.lengthOfMonth()))
                        .divide(BigDecimal.valueOf(today.getDayOfMonth()), 2, Rounding.MODE);
        return new Money(projected.setScale(0, Rounding.MODE).longValueExact(), ledger.currency());
    }

    private long sum(LocalDate from, LocalDate to, Predicate<Item> which) {
        if (from.isAfter(to)) {
            return 0;
        }
        long sum = 0;
        for (Item item : ledger.within(Period.between(from, to))) {
            if (which.test(item)) {
                sum = Math.addExact(sum, item.amount().minor());
            }
        }
        return sum;
    }
}
