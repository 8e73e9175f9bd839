package io.finterm.service;

import io.finterm.analysis.AccountForecast;
import io.finterm.analysis.BalancePoint;
import io.finterm.analysis.BalanceProjection;
import io.finterm.analysis.BalanceProjection.BalancePlan;
import io.finterm.analysis.Forecast;
import io.finterm.analysis.SpendingSpread;
import io.finterm.domain.Account;
import io.finterm.domain.AccountType;
import io.finterm.domain.BalanceWarning;
import io.finterm.domain.BusinessDays;
import io.finterm.domain.MissingRateException;
import io.finterm.domain.Money;
import io.finterm.domain.RateOracle;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The cash-flow forecast: each account's balance projected day by day from today, from what is known to
 * come (the schedules' unhandled occurrences, transactions already booked ahead) and, when asked, the
 * usual discretionary spending; and the balance per account below which it warns. A person sees and
 * sets only their own; administrators included.
 */
public final class ForecastService {
    /** The longest forecast, in months: further out, schedules say too little. */
    public static final int MAX_MONTHS = 12;

    private final Store store;
    private final Sessions sessions;
    private final BusinessDays days;
    private final RateOracle rates;
    private final Clock clock;
    private final Steps steps;

    public ForecastService(Store store, AccountService accounts, BusinessDays days, RateOracle rates, Clock clock) {
        this.store = store;
        this.sessions = accounts.sessions();
        this.steps = new Steps(accounts.clock());
        this.days = days;
        this.rates = rates;
        this.clock = clock;
    }

    /**
     * The forecast for the next {@code months} months (1 to 12) of every open account, or only of
     * {@code account}; the net worth line always covers every account counted in net worth.
     *
     * @param spending also count each category's average discretionary spending of the last six whole months
     */
    public Forecast forecast(Session session, int months, String account, boolean spending) {
        User user = sessions.active(session);
        if (months < 1 || months > MAX_MONTHS) {
            throw new ValidationException("months", "must be 1 to " + MAX_MONTHS + ", not " + months);
        }
        LocalDate today = LocalDate.now(clock);
        LocalDate to = today.plusMonths(months);
        int n = (int) ChronoUnit.DAYS.between(today, to) + 1;
        return store.read(rd -> {
            List<Account> all = AccountLookup.all(rd, user.id());
            List<Account> shown = account == null ? all.stream().filter(a -> !a.closed()).toList()
                    : List.of(AccountLookup.existing(rd, user.id(), "account", account));
            List<Account> counted = all.stream().filter(Account::inNetWorth).toList();
            Map<Long, Account> followed = new LinkedHashMap<>();
            shown.forEach(a -> followed.put(a.id(), a));
            counted.forEach(a -> followed.put(a.id(), a));
            ForecastChanges changes = ForecastChanges.read(rd, user.id(), followed.values(), today, n, days, spending);
            Map<Long, AccountForecast> lines = new LinkedHashMap<>();
            for (Account a : followed.values()) {
                lines.put(a.id(), BalanceProjection.project(new BalancePlan(a.name(), a.currency(), today,
                        Balances.on(rd, a, today).minor(), changes.of(a.id()), threshold(rd, a), changes.inflows(a.id()))));
            }
            List<String> notes = new ArrayList<>(changes.notes());
            AccountForecast netWorth = netWorth(user, counted, lines, today, notes);
            if (spending) {
                var basis = SpendingSpread.basis(today);
                notes.add("spending: each category's monthly average of " + YearMonth.from(basis.from()) + " to "
                        + YearMonth.from(basis.to()) + " (without scheduled transactions), spread over the days");
            }
            return new Forecast(today, to, user.baseCurrency(), shown.stream().map(a -> lines.get(a.id())).toList(), netWorth, notes);
        });
    }

    /**
     * Sets the balance below which the forecast warns about {@code account}, in its currency (negative
     * for an overdraft limit); {@code null} removes it, and the forecast warns below zero again.
     */
    public void warnBelow(Session session, String account, String amount) {
        User user = sessions.active(session);
        store.write(tx -> {
            Account a = AccountLookup.existing(tx, user.id(), "account", account);
            Optional<BalanceWarning> old = tx.findUnique(Schema.BALANCE_WARNINGS_BY_ACCOUNT, user.id(), a.id());
            if (amount == null) {
                steps.record(tx, user, "removal of the balance warning for '" + a.name() + "'"); // no step when there was none
                old.ifPresent(w -> tx.delete(Schema.BALANCE_WARNINGS, w.id()));
                return null;
            }
            Money below;
            try {
                below = Money.parse(amount, a.currency());
            } catch (ValidationException e) {
                throw new ValidationException("below", e.reason());
            }
            steps.record(tx, user, "balance warning for '" + a.name() + "' below " + below.display());
            if (old.isPresent()) {
                return tx.update(Schema.BALANCE_WARNINGS, new BalanceWarning(old.get().id(), user.id(), a.id(), below));
            }
            return tx.insert(Schema.BALANCE_WARNINGS, new BalanceWarning(tx.nextId(Schema.BALANCE_WARNINGS), user.id(), a.id(), below));
        });
    }

    /**
     * The balance below which the forecast warns about {@code account}, as set with {@link #warnBelow}, or
     * {@code null} when none is set (then it warns below zero, and a card or a loan not at all).
     */
    public Money warning(Session session, String account) {
        User user = sessions.active(session);
        return store.read(rd -> {
            Account a = AccountLookup.existing(rd, user.id(), "account", account);
            return rd.findUnique(Schema.BALANCE_WARNINGS_BY_ACCOUNT, user.id(), a.id()).map(BalanceWarning::below).orElse(null);
        });
    }

    /**
     * The account's own threshold; else zero, except for a card or a loan, whose balance is normally
     * below zero: those warn only below a threshold set for them.
     */
    private static Money threshold(ReadTx rd, Account a) {
        Optional<BalanceWarning> w = rd.findUnique(Schema.BALANCE_WARNINGS_BY_ACCOUNT, a.userId(), a.id());
        if (w.isPresent()) {
            return w.get().below();
        }
        return a.type() == AccountType.CREDIT || a.type() == AccountType.LOAN ? null : new Money(0, a.currency());
    }

    /**
     * The counted accounts' lines summed in the base currency, each converted at today's rate (the
     * future has none), a day's balance rounded once per account. Null, with a note naming the
     * currencies, when one has no rate; an account that stays at zero needs none.
     */
    private AccountForecast netWorth(User user, List<Account> counted, Map<Long, AccountForecast> lines, LocalDate today,
                                     List<String> notes) {
        Currency base = user.baseCurrency();
        long[] sums = null;
        TreeSet<String> missing = new TreeSet<>();
        for (Account a : counted) {
            List<BalancePoint> points = lines.get(a.id()).days();
            sums = sums == null ? new long[points.size()] : sums;
            if (a.currency().equals(base) || points.stream().allMatch(p -> p.balance().minor() == 0)) {
                for (int i = 0; i < sums.length; i++) {
                    sums[i] = Math.addExact(sums[i], points.get(i).balance().minor());
                }
                continue;
            }
            BigDecimal rate;
            try {
                rate = rates.rate(today, a.currency(), base);
            } catch (MissingRateException e) {
                missing.add(a.currency().getCurrencyCode());
                continue;
            }
            RateOracle fixed = (day, from, into) -> rate;
            for (int i = 0; i < sums.length; i++) {
                sums[i] = Math.addExact(sums[i], fixed.convert(points.get(i).balance(), today, base).minor());
            }
        }
        if (!missing.isEmpty()) {
            notes.add("no net worth line: no " + String.join(", ", missing) + " to " + base.getCurrencyCode()
                    + " rate on or before " + today + " (run `finterm rates update`)");
            return null;
        }
        if (sums == null) {
            notes.add("no net worth line: no account counts in net worth");
            return null;
        }
        return BalanceProjection.line("net worth", base, today, sums);
    }
}
