package io.finterm.analysis;

import io.finterm.domain.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * Turns a starting balance and the changes expected on each following day into an
 * {@link AccountForecast}: the running balance day by day, its lowest point, the first day below the
 * warning and the sentence that says so. Pure arithmetic on minor units.
 */
public final class BalanceProjection {
    private BalanceProjection() {
    }

    /** Money a schedule is expected to bring into the account on a day, which the warning names ("before the Salary on …"). */
    public record Inflow(LocalDate on, String schedule) {
    }

    /**
     * What to project.
     *
     * @param start     the balance at the end of {@code from} (today), without {@code changes[0]}
     * @param changes   minor units that change the balance on {@code from + i} (index 0: today itself, where
     *                  overdue occurrences land)
     * @param warnBelow the threshold, or {@code null} when this line never warns (a card or loan without one,
     *                  the net worth); the record then says zero
     */
    public record BalancePlan(String name, Currency currency, LocalDate from, long start, long[] changes, Money warnBelow,
                              List<Inflow> inflows) {
    }

    public static AccountForecast project(BalancePlan p) {
        List<BalancePoint> days = new ArrayList<>(p.changes().length);
        long balance = p.start();
        BalancePoint lowest = null;
        BalancePoint firstBelow = null;
        for (int i = 0; i < p.changes().length; i++) {
            balance = Math.addExact(balance, p.changes()[i]);
            BalancePoint point = new BalancePoint(p.from().plusDays(i), new Money(balance, p.currency()));
            days.add(point);
            if (lowest == null || balance < lowest.balance().minor()) {
                lowest = point;
            }
            if (firstBelow == null && p.warnBelow() != null && balance < p.warnBelow().minor()) {
                firstBelow = point;
            }
        }
        Money threshold = p.warnBelow() == null ? new Money(0, p.currency()) : p.warnBelow();
        return new AccountForecast(p.name(), p.currency(), days, lowest, threshold, firstBelow,
                firstBelow == null ? null : warning(p, firstBelow));
    }

    /** A line of given balances (the net worth's), one per day from {@code from}: it never warns. */
    public static AccountForecast line(String name, Currency currency, LocalDate from, long[] balances) {
        long[] changes = new long[balances.length];
        for (int i = 0; i < balances.length; i++) {
            changes[i] = i == 0 ? balances[0] : Math.subtractExact(balances[i], balances[i - 1]);
        }
        return project(new BalancePlan(name, currency, from, 0, changes, null, List.of()));
    }

    /**
     * {@code Checking would fall to -€212.00 on 2027-01-03, before the Salary on 2027-01-28}: the first day
     * below the threshold, its balance, and the next money a schedule brings in after it, when one does.
     */
    static String warning(BalancePlan p, BalancePoint first) {
        StringBuilder sb = new StringBuilder(p.name());
        sb.append(first.date().equals(p.from()) ? " is at " : " would fall to ").append(first.balance().display());
        if (p.warnBelow().minor() != 0) {
            sb.append(" below the warning of ").append(p.warnBelow().display());
        }
        sb.append(" on ").append(first.date());
        p.inflows().stream().filter(in -> in.on().isAfter(first.date())).min(Comparator.comparing(Inflow::on))
                .ifPresent(in -> sb.append(", before the ").append(in.schedule()).append(" on ").append(in.on()));
        return sb.toString();
    }
}
