package io.finterm.tui;

import io.finterm.analysis.Period;
import io.finterm.domain.Money;
import io.finterm.service.AccountLine;
import io.finterm.service.RegisterLine;
import io.finterm.service.RegisterPage;
import io.finterm.service.Services;
import io.finterm.service.Session;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The balances of the last few months, day by day up to today, that the forecast's line continues:
 * each account's from its register (the balance after the last transaction of each day, as the
 * Account screen shows it) and the net worth from those balances, the same figures as the Accounts
 * screen and the dashboard show. Read off the GUI thread.
 *
 * @param from     the first day
 * @param accounts each account's balance on every day from {@code from} to today, by name
 * @param netWorth the net worth on each of those days, in the base currency
 */
record BalanceHistory(LocalDate from, Map<String, List<Money>> accounts, List<Money> netWorth) {
    /** How far back the line starts. */
    static final int MONTHS = 3;
    /** Register rows read at a time, newest first, until the first day is passed. */
    private static final int PAGE = 500;

    BalanceHistory {
        accounts = Map.copyOf(accounts);
        netWorth = List.copyOf(netWorth);
    }

    /**
     * One read of each account's register over the months (rather than two reads a day, which took
     * seconds on a long history): a day's balance is the one after its last transaction, or the day
     * before's when nothing was booked on it; the first day's, and a day the opening balance comes into
     * effect without a transaction, are asked of the account book.
     */
    static BalanceHistory load(Services services, Session session, LocalDate today) {
        LocalDate from = today.minusMonths(MONTHS);
        int days = (int) ChronoUnit.DAYS.between(from, today) + 1;
        Map<String, List<Money>> accounts = new LinkedHashMap<>();
        List<AccountLine> lines = services.accountBook().list(session, from);
        for (AccountLine line : lines) {
            accounts.put(line.account().name(), daily(services, session, line, from, days));
        }
        return new BalanceHistory(from, accounts, netWorth(services, session, lines, accounts, from, days));
    }

    /** {@code line}'s account's balance on each of {@code days} days from {@code from}. */
    private static List<Money> daily(Services services, Session session, AccountLine line, LocalDate from, int days) {
        String name = line.account().name();
        Money[] out = new Money[days];
        LocalDate today = from.plusDays(days - 1L);
        read:
        for (int offset = 0; ; offset += PAGE) {
            RegisterPage page = services.register().register(session, name, offset, PAGE, true);
            for (RegisterLine r : page.rows()) {
                LocalDate day = r.listed().transaction().date();
                if (day.isBefore(from)) {
                    break read;
                }
                int i = (int) ChronoUnit.DAYS.between(from, day);
                if (!day.isAfter(today) && out[i] == null) { // newest first: the first one met is the day's last
                    out[i] = r.balance();
                }
            }
            if (page.rows().size() < PAGE) {
                break;
            }
        }
        out[0] = line.balance();
        for (int i = 1; i < days; i++) {
            LocalDate day = from.plusDays(i);
            if (out[i] == null) {
                out[i] = day.equals(line.account().openingDate()) ? services.accountBook().get(session, name, day).balance() : out[i - 1];
            }
        }
        return Arrays.asList(out);
    }

    /**
     * The net worth on each day. When every account counted in it is in the base currency it is their
     * balances' sum, as the net-worth service counts it; an account in another currency needs each
     * day's rate, so then the service is asked day by day.
     */
    private static List<Money> netWorth(Services services, Session session, List<AccountLine> lines, Map<String, List<Money>> accounts,
                                        LocalDate from, int days) {
        Currency base = services.netWorth().current(session).netWorth().currency();
        List<AccountLine> counted = lines.stream().filter(l -> l.account().inNetWorth()).toList();
        List<Money> out = new ArrayList<>(days);
        if (counted.stream().allMatch(l -> l.account().currency().equals(base))) {
            for (int i = 0; i < days; i++) {
                long sum = 0;
                for (AccountLine l : counted) {
                    sum = Math.addExact(sum, accounts.get(l.account().name()).get(i).minor());
                }
                out.add(new Money(sum, base));
            }
            return out;
        }
        for (int i = 0; i < days; i++) {
            LocalDate day = from.plusDays(i);
            out.add(services.netWorth().change(session, Period.between(day, day)).end());
        }
        return out;
    }

    /** The balances of the account called {@code name} (or the net worth, for {@code null}); empty for one not known. */
    List<Money> of(String name) {
        return name == null ? netWorth : accounts.getOrDefault(name, List.of());
    }
}
