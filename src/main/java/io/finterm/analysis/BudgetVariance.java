package io.finterm.analysis;

import io.finterm.domain.Plural;
import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Budget against actual spending, month by month, for the months of a period.
 *
 * <p>{@code difference} is always actual minus planned, so over budget is positive. The status of a
 * line is OVER above 100 % of the plan, NEAR from 80 %, and UNDER below; the comparisons are exact
 * integer arithmetic, so 80 % of €400 is NEAR at exactly €320.00.
 *
 * <p>Months after today's have not begun: they are left out of every list and named in
 * {@code notBegun}, so that a plan not yet spent never reads as "under by 100 %".
 *
 * @param yearToDate   per budgeted category, from January to the period's last month, or to
 *                     today's month when that is earlier
 * @param mostOftenOver budgeted categories that went over at least once, most months over first
 * @param unbudgeted   expense categories with spending in a month that had no budget for that
 *                     category (it may have budgets in other months), with those months
 * @param notBegun     the period's months after today's month, left out
 */
public record BudgetVariance(Period period, List<Line> lines, List<Line> yearToDate, List<Overrun> mostOftenOver,
                             List<Unbudgeted> unbudgeted, List<YearMonth> notBegun) {
    /** Where spending stands against a plan. */
    public enum Status {
        UNDER, NEAR, OVER;

        static Status of(long actual, long planned) {
            if (actual > planned) {
                return OVER;
            }
            return Math.multiplyExact(actual, 5) >= Math.multiplyExact(planned, 4) ? NEAR : UNDER;
        }
    }

    /**
     * One category in one month ({@code month} is {@code null} in the year-to-date lines).
     *
     * @param budget  what was set for the month (0 when only a carry brings the month in); in the
     *                year-to-date line, the sum of the year's budgets
     * @param carried what a rolling budget brought in from the month before (negative when
     *                overspending is carried); in the year-to-date line, what came into the year's first month
     * @param planned what was available, budget plus carried: difference, percent and status compare against it
     * @param percent the difference in percent of the plan; NaN when the plan is 0 or less
     */
    public record Line(YearMonth month, String category, Money budget, Money carried, Money planned, Money actual,
                       Money difference, double percent, Status status) {
        static Line of(YearMonth month, String category, Money budget, Money carried, Money actual) {
            Money planned = budget.plus(carried);
            Money difference = actual.minus(planned);
            // nothing (or less than nothing, when carried overspending exceeds the budget) available: no share of it
            double percent = planned.minor() <= 0 ? Double.NaN : 100.0 * difference.minor() / planned.minor();
            return new Line(month, category, budget, carried, planned, actual, difference, percent,
                    Status.of(actual.minor(), planned.minor()));
        }

        /** How much of the plan was used, in percent: 82 for €328 of €400; NaN when nothing or less is available. */
        public double used() {
            return planned.minor() <= 0 ? Double.NaN : 100.0 * actual.minor() / planned.minor();
        }
    }

    public record Overrun(String category, int monthsOver, int monthsBudgeted) {
        /** {@code Groceries 1 of 1 month}, {@code Dining 2 of 3 months}. */
        public String describe() {
            return category + " " + monthsOver + " of " + Plural.of(monthsBudgeted, "month");
        }
    }

    /** Spending in {@code inMonths}, months that had no budget for {@code category}. */
    public record Unbudgeted(String category, Money spent, List<YearMonth> inMonths) {
        public Unbudgeted {
            inMonths = List.copyOf(inMonths);
        }

        public int months() {
            return inMonths.size();
        }
    }

    public BudgetVariance {
        lines = List.copyOf(lines);
        yearToDate = List.copyOf(yearToDate);
        mostOftenOver = List.copyOf(mostOftenOver);
        unbudgeted = List.copyOf(unbudgeted);
        notBegun = List.copyOf(notBegun);
    }

    /** Every category that went over in the most months: all of them when several tie. */
    public List<Overrun> mostOften() {
        return mostOftenOver.stream().filter(o -> o.monthsOver() == mostOftenOver.get(0).monthsOver()).toList();
    }

    /**
     * In words, for a one-line summary: the categories most often over (every one of a tie), and how
     * many others went over less often: {@code Groceries 1 of 1 month, Dining 1 of 3 months}.
     */
    public String describeMostOftenOver() {
        List<Overrun> top = mostOften();
        StringBuilder sb = new StringBuilder();
        top.forEach(o -> sb.append(sb.length() == 0 ? "" : ", ").append(o.describe()));
        int others = mostOftenOver.size() - top.size();
        if (others > 0) {
            sb.append("; ").append(Plural.of(others, "more category")).append(" over less often");
        }
        return sb.toString();
    }

    /**
     * The variance over the months that {@code period} touches. {@code ledger} must also hold the
     * months from January of the period's last year, for the year-to-date lines.
     */
    public static BudgetVariance of(Ledger ledger, List<Planned> budgets, Period period, LocalDate today) {
        YearMonth first = YearMonth.from(period.from());
        YearMonth last = YearMonth.from(period.to());
        YearMonth start = YearMonth.from(dataFrom(period));
        YearMonth yearToDateEnd = last.isAfter(YearMonth.from(today)) ? YearMonth.from(today) : last;
        Map<YearMonth, Map<String, Long>> spent = spending(ledger, start, last);
        Map<YearMonth, Map<String, Planned>> plans = new TreeMap<>();
        for (Planned p : budgets) {
            plans.computeIfAbsent(p.month(), m -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER)).put(p.category(), p);
        }
        List<Line> lines = new ArrayList<>();
        Map<String, long[]> yearToDate = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, int[]> overruns = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, long[]> unbudgeted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        Map<String, List<YearMonth>> unbudgetedMonths = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        YearMonth current = YearMonth.from(today);
        List<YearMonth> notBegun = new ArrayList<>();
        for (YearMonth month = start; !month.isAfter(last); month = month.plusMonths(1)) {
            Map<String, Planned> planned = plans.getOrDefault(month, Map.of());
            Map<String, Long> actual = spent.getOrDefault(month, Map.of());
            if (month.isAfter(current)) {
                if (!month.isBefore(first)) {
                    notBegun.add(month);
                }
                continue;
            }
            boolean reported = !month.isBefore(first);
            for (Map.Entry<String, Planned> p : planned.entrySet()) {
                Money used = new Money(actual.getOrDefault(p.getKey(), 0L), ledger.currency());
                Line line = Line.of(month, p.getKey(), p.getValue().amount(), p.getValue().carried(), used);
                if (month.getYear() == last.getYear() && !month.isAfter(yearToDateEnd)) {
                    // budgets, spending, and what came into January: a carry within the year is the year's own money
                    long[] sums = yearToDate.computeIfAbsent(p.getKey(), c -> new long[3]);
                    sums[0] = Math.addExact(sums[0], p.getValue().amount().minor());
                    sums[1] = Math.addExact(sums[1], used.minor());
                    sums[2] = month.getMonthValue() == 1 ? p.getValue().carried().minor() : sums[2];
                }
                if (reported) {
                    lines.add(line);
                    int[] counts = overruns.computeIfAbsent(p.getKey(), c -> new int[2]);
                    counts[0] += line.status() == Status.OVER ? 1 : 0;
                    counts[1]++;
                }
            }
            for (Map.Entry<String, Long> a : actual.entrySet()) {
                if (reported && !planned.containsKey(a.getKey())) {
                    long[] u = unbudgeted.computeIfAbsent(a.getKey(), c -> new long[2]);
                    u[0] = Math.addExact(u[0], a.getValue());
                    unbudgetedMonths.computeIfAbsent(a.getKey(), c -> new ArrayList<>()).add(month);
                }
            }
        }
        List<Line> ytd = new ArrayList<>();
        yearToDate.forEach((category, sums) -> ytd.add(Line.of(null, category,
                new Money(sums[0], ledger.currency()), new Money(sums[2], ledger.currency()), new Money(sums[1], ledger.currency()))));
        List<Overrun> over = new ArrayList<>();
        overruns.forEach((category, counts) -> {
            if (counts[0] > 0) {
                over.add(new Overrun(category, counts[0], counts[1]));
            }
        });
        over.sort(Comparator.comparingInt((Overrun o) -> -o.monthsOver()).thenComparing(Overrun::category, String.CASE_INSENSITIVE_ORDER));
        List<Unbudgeted> none = new ArrayList<>();
        unbudgeted.forEach((category, u) -> none.add(new Unbudgeted(category, new Money(u[0], ledger.currency()),
                unbudgetedMonths.get(category))));
        none.sort(Comparator.comparingLong((Unbudgeted u) -> -u.spent().minor()).thenComparing(Unbudgeted::category, String.CASE_INSENSITIVE_ORDER));
        return new BudgetVariance(period, lines, ytd, over, none, notBegun);
    }

    /** Expenses per month and category, over the months from {@code first} to {@code last}. */
    private static Map<YearMonth, Map<String, Long>> spending(Ledger ledger, YearMonth first, YearMonth last) {
        Map<YearMonth, Map<String, Long>> spent = new TreeMap<>();
        for (Item item : ledger.within(Period.between(first.atDay(1), last.atEndOfMonth()))) {
            if (item.kind() == TxKind.EXPENSE) {
                spent.computeIfAbsent(YearMonth.from(item.date()), m -> new TreeMap<>(String.CASE_INSENSITIVE_ORDER))
                        .merge(item.category(), item.amount().minor(), Math::addExact);
            }
        }
        return spent;
    }

    /** The first day whose data {@link #of} needs for {@code period}. */
    public static LocalDate dataFrom(Period period) {
        YearMonth first = YearMonth.from(period.from());
        YearMonth january = YearMonth.from(period.to()).withMonth(1);
        return (first.isBefore(january) ? first : january).atDay(1);
    }
}
