package io.finterm.service;

import io.finterm.analysis.Conversion;
import io.finterm.analysis.NetWorth;
import io.finterm.analysis.NetWorthChange;
import io.finterm.analysis.NetWorthOn;
import io.finterm.analysis.NetWorthPoint;
import io.finterm.analysis.Period;
import io.finterm.domain.Account;
import io.finterm.domain.MissingRateException;
import io.finterm.domain.Money;
import io.finterm.domain.RateOracle;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.store.ReadTx;
import io.finterm.store.Store;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * A user's net worth: the balances of the accounts counted in it (open or closed), each converted
 * to the base currency at the rate of the day it is taken on. An account in a currency with no rate
 * on or before that day is left out of that figure and counted in its {@link Conversion} note, never
 * taken 1:1. Balances come from the per-account monthly aggregate, so a series reads a few entries per
 * account and month, never the transactions.
 */
public final class NetWorthService {
    /** The longest series one call gives, a century of months: enough for any history, bounded for memory. */
    static final long MAX_MONTHS = 1200;

    private final Store store;
    private final Sessions sessions;
    private final RateOracle rates;
    private final Clock clock;

    public NetWorthService(Store store, AccountService accounts, RateOracle rates, Clock clock) {
        this.store = store;
        this.sessions = accounts.sessions();
        this.rates = rates;
        this.clock = clock;
    }

    /**
     * The net worth at the end of every month from {@code from} to {@code to}, one point per month:
     * each counted account's balance at the month's end, converted at that day's rate (today's for a
     * month that has not ended yet, whose end has no rate).
     */
    public NetWorth netWorth(Session session, YearMonth from, YearMonth to) {
        User user = sessions.active(session);
        if (from.isAfter(to)) {
            throw new ValidationException("from", from + " is after " + to);
        }
        long months = from.until(to, ChronoUnit.MONTHS) + 1;
        if (months > MAX_MONTHS) {
            throw new ValidationException("to", "a net worth series covers at most " + MAX_MONTHS + " months, and "
                    + from + " to " + to + " is " + months);
        }
        LocalDate today = LocalDate.now(clock);
        Conversion.Count count = new Conversion.Count();
        long[] sums = new long[(int) months];
        store.read(rd -> {
            for (Account a : counted(rd, user)) {
                List<Money> balances = Balances.atEndOfEach(rd, a, from, to);
                for (int i = 0; i < sums.length; i++) {
                    LocalDate end = from.plusMonths(i).atEndOfMonth();
                    sums[i] = Math.addExact(sums[i], inBase(balances.get(i), end.isAfter(today) ? today : end, user, count));
                }
            }
            return null;
        });
        List<NetWorthPoint> rows = new ArrayList<>(sums.length);
        for (int i = 0; i < sums.length; i++) {
            rows.add(new NetWorthPoint(from.plusMonths(i), new Money(sums[i], user.baseCurrency())));
        }
        return new NetWorth(user.baseCurrency(), rows, count.conversion());
    }

    /** Today's net worth, for the dashboard: every counted account's balance today, at today's rate. */
    public NetWorthOn current(Session session) {
        User user = sessions.active(session);
        LocalDate today = LocalDate.now(clock);
        Conversion.Count count = new Conversion.Count();
        long minor = store.read(rd -> on(rd, user, today, count));
        return new NetWorthOn(today, new Money(minor, user.baseCurrency()), count.conversion());
    }

    /**
     * How the net worth changed over {@code period}, for the dashboard: from the end of the day before
     * it begins to the end of its last day, or of today when the period has not ended (the change so far).
     */
    public NetWorthChange change(Session session, Period period) {
        User user = sessions.active(session);
        LocalDate before = period.from().minusDays(1);
        LocalDate today = LocalDate.now(clock);
        LocalDate last = period.to().isAfter(today) ? today : period.to();
        LocalDate end = last.isBefore(before) ? before : last;
        Conversion.Count count = new Conversion.Count();
        long[] both = store.read(rd -> new long[] {on(rd, user, before, count), on(rd, user, end, count)});
        return new NetWorthChange(before, new Money(both[0], user.baseCurrency()), end, new Money(both[1], user.baseCurrency()),
                count.conversion());
    }

    /** The net worth at the end of {@code day} in minor units of the base currency, its conversions counted in {@code count}. */
    private long on(ReadTx rd, User user, LocalDate day, Conversion.Count count) {
        long sum = 0;
        for (Account a : counted(rd, user)) {
            sum = Math.addExact(sum, inBase(Balances.on(rd, a, day), day, user, count));
        }
        return sum;
    }

    private static List<Account> counted(ReadTx rd, User user) {
        return AccountLookup.all(rd, user.id()).stream().filter(Account::inNetWorth).toList();
    }

    /**
     * {@code balance} in the base currency at the rate of {@code day}, in minor units, counted in
     * {@code count}; 0 (and counted as left out) when no rate converts it. A zero balance needs no rate.
     */
    private long inBase(Money balance, LocalDate day, User user, Conversion.Count count) {
        if (balance.minor() == 0 || balance.currency().equals(user.baseCurrency())) {
            return balance.minor();
        }
        try {
            long minor = rates.convert(balance, day, user.baseCurrency()).minor();
            count.balance(day, rates.rateDay(day, balance.currency(), user.baseCurrency()));
            return minor;
        } catch (MissingRateException e) {
            count.balanceLeftOut(balance.currency(), e.getMessage());
            return 0;
        }
    }
}
