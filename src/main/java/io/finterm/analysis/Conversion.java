package io.finterm.analysis;

import io.finterm.domain.Plural;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a report's figures were converted to the base currency: how many transactions (budgets, account
 * balances) were converted, at the rates of which days, how many took an earlier day's rate and how much
 * older the oldest such rate was, and what had to be left out for want of any rate, per currency.
 * Every path that converts money counts into one {@link Count}, so the note a report prints covers
 * every conversion it made.
 */
public record Conversion(long converted, long budgets, long balances, LocalDate firstRateDay, LocalDate lastRateDay, long fallbacks,
                         long oldestFallbackDays, List<LeftOut> leftOut, List<LeftOut> budgetsLeftOut, List<LeftOut> balancesLeftOut) {
    /**
     * The longest gap a weekend or a public holiday makes between a day and the last published rate
     * (Maundy Thursday to Easter Monday); an older rate means that rates are missing.
     */
    static final long HOLIDAY_DAYS = 4;

    /** The transactions (or budgets) of one currency that no rate could convert, and why (the earliest one's reason). */
    public record LeftOut(String currency, long count, String reason) {
    }

    public Conversion {
        leftOut = List.copyOf(leftOut);
        budgetsLeftOut = List.copyOf(budgetsLeftOut);
        balancesLeftOut = List.copyOf(balancesLeftOut);
    }

    /** The conversions of {@code ledger}'s transactions within {@code period}. */
    public static Conversion of(Ledger ledger, Period period) {
        Count count = new Count();
        count.ledger(ledger, period);
        return count.conversion();
    }

    public boolean isEmpty() {
        return converted == 0 && budgets == 0 && balances == 0 && leftOut.isEmpty() && budgetsLeftOut.isEmpty()
                && balancesLeftOut.isEmpty();
    }

    /**
     * One line for a report's notes: {@code converted 3 transactions and 1 budget at ECB rates of
     * 2026-11-02 to 2026-11-20 (1 at an earlier day's rate: a weekend or holiday); left out 2 in USD:
     * no USD rate on or before …}, or nothing when everything was in the base currency. An earlier
     * rate older than a weekend or holiday explains says how much older it is.
     */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (converted > 0 || budgets > 0 || balances > 0) {
            List<String> what = new ArrayList<>();
            if (converted > 0) {
                what.add(Plural.of(converted, "transaction"));
            }
            if (budgets > 0) {
                what.add(Plural.of(budgets, "budget"));
            }
            if (balances > 0) {
                what.add(Plural.of(balances, "account balance"));
            }
            String why = oldestFallbackDays <= HOLIDAY_DAYS ? ": a weekend or holiday"
                    : ", up to " + oldestFallbackDays + " days older than the day it converts";
            parts.add(String.format(Locale.ROOT, "converted %s at ECB rates of %s", String.join(" and ", what),
                    firstRateDay.equals(lastRateDay) ? firstRateDay : firstRateDay + " to " + lastRateDay)
                    + (fallbacks > 0 ? " (" + fallbacks + " at an earlier day's rate" + why + ")" : ""));
        }
        for (LeftOut l : leftOut) {
            parts.add("left out " + l.count() + " in " + l.currency() + ": " + l.reason());
        }
        for (LeftOut l : budgetsLeftOut) {
            parts.add("left out " + Plural.of(l.count(), "budget") + " in " + l.currency() + ": " + l.reason());
        }
        for (LeftOut l : balancesLeftOut) {
            parts.add("left out " + Plural.of(l.count(), "account balance") + " in " + l.currency() + ": " + l.reason());
        }
        return String.join("; ", parts);
    }

    /** Counts conversions as they happen, wherever they happen, into one {@link Conversion}. */
    public static final class Count {
        private long converted;
        private long budgets;
        private long balances;
        private long fallbacks;
        private long oldest;
        private LocalDate first;
        private LocalDate last;
        private final Map<String, long[]> left = new TreeMap<>();
        private final Map<String, String> reasons = new TreeMap<>();
        private final Map<String, long[]> leftBudgets = new TreeMap<>();
        private final Map<String, String> budgetReasons = new TreeMap<>();
        private final Map<String, long[]> leftBalances = new TreeMap<>();
        private final Map<String, String> balanceReasons = new TreeMap<>();

        /** Counts the conversions of {@code ledger}'s transactions dated within {@code period}, and what it left out there. */
        public void ledger(Ledger ledger, Period period) {
            for (Item item : ledger.within(period)) {
                if (item.rateDate() != null) {
                    transaction(item.date(), item.rateDate());
                }
            }
            for (Unconverted u : ledger.unconverted()) {
                if (period.contains(u.date())) {
                    transactionLeftOut(u.original().currency(), u.reason());
                }
            }
        }

        /** A transaction of {@code day} converted at the rate of {@code rateDay}. */
        public void transaction(LocalDate day, LocalDate rateDay) {
            converted++;
            rate(day, rateDay);
        }

        /** A budget whose month begins on {@code day}, converted at the rate of {@code rateDay}. */
        public void budget(LocalDate day, LocalDate rateDay) {
            budgets++;
            rate(day, rateDay);
        }

        /** A transaction in {@code currency} that no rate could convert, and why (the reason names the missing rate). */
        public void transactionLeftOut(Currency currency, String reason) {
            left.computeIfAbsent(currency.getCurrencyCode(), c -> new long[1])[0]++;
            reasons.putIfAbsent(currency.getCurrencyCode(), reason);
        }

        /** An account's balance at the end of {@code day}, converted at the rate of {@code rateDay}. */
        public void balance(LocalDate day, LocalDate rateDay) {
            balances++;
            rate(day, rateDay);
        }

        /** An account balance in {@code currency} that no rate could convert, and why. */
        public void balanceLeftOut(Currency currency, String reason) {
            leftBalances.computeIfAbsent(currency.getCurrencyCode(), c -> new long[1])[0]++;
            balanceReasons.putIfAbsent(currency.getCurrencyCode(), reason);
        }

        /** A budget in {@code currency} that no rate could convert, and why. */
        public void budgetLeftOut(Currency currency, String reason) {
            leftBudgets.computeIfAbsent(currency.getCurrencyCode(), c -> new long[1])[0]++;
            budgetReasons.putIfAbsent(currency.getCurrencyCode(), reason);
        }

        /** Counts what another report already counted, so that a view built from several reads has one note. */
        public void add(Conversion other) {
            converted += other.converted();
            budgets += other.budgets();
            balances += other.balances();
            fallbacks += other.fallbacks();
            oldest = Math.max(oldest, other.oldestFallbackDays());
            if (other.firstRateDay() != null) {
                first = first == null || other.firstRateDay().isBefore(first) ? other.firstRateDay() : first;
                last = last == null || other.lastRateDay().isAfter(last) ? other.lastRateDay() : last;
            }
            for (LeftOut l : other.leftOut()) {
                left.computeIfAbsent(l.currency(), c -> new long[1])[0] += l.count();
                reasons.putIfAbsent(l.currency(), l.reason());
            }
            for (LeftOut l : other.budgetsLeftOut()) {
                leftBudgets.computeIfAbsent(l.currency(), c -> new long[1])[0] += l.count();
                budgetReasons.putIfAbsent(l.currency(), l.reason());
            }
            for (LeftOut l : other.balancesLeftOut()) {
                leftBalances.computeIfAbsent(l.currency(), c -> new long[1])[0] += l.count();
                balanceReasons.putIfAbsent(l.currency(), l.reason());
            }
        }

        private void rate(LocalDate day, LocalDate rateDay) {
            if (rateDay.isBefore(day)) {
                fallbacks++;
                oldest = Math.max(oldest, ChronoUnit.DAYS.between(rateDay, day));
            }
            first = first == null || rateDay.isBefore(first) ? rateDay : first;
            last = last == null || rateDay.isAfter(last) ? rateDay : last;
        }

        public Conversion conversion() {
            return new Conversion(converted, budgets, balances, first, last, fallbacks, oldest, leftOut(left, reasons),
                    leftOut(leftBudgets, budgetReasons), leftOut(leftBalances, balanceReasons));
        }

        private static List<LeftOut> leftOut(Map<String, long[]> counts, Map<String, String> why) {
            List<LeftOut> out = new ArrayList<>();
            counts.forEach((currency, n) -> out.add(new LeftOut(currency, n[0], why.get(currency))));
            return out;
        }
    }
}
