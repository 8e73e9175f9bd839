package io.finterm.tui;

import io.finterm.analysis.Period;
import io.finterm.domain.Money;
import io.finterm.service.AccountLine;
import io.finterm.service.Services;
import io.finterm.service.Session;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The balances of the last few months, day by day up to today, that the forecast's line continues:
 * each account's from the account book and the net worth from the net-worth service, the same figures
 * as the Accounts screen and the dashboard show. Read off the GUI thread.
 *
 * @param from     the first day
 * @param accounts each account's balance on every day from {@code from} to today, by name
 * @param netWorth the net worth on each of those days, in the base currency
 */
record BalanceHistory(LocalDate from, Map<String, List<Money>> accounts, List<Money> netWorth) {
    /** How far back the line starts. */
    static final int MONTHS = 3;

    BalanceHistory {
        accounts = Map.copyOf(accounts);
        netWorth = List.copyOf(netWorth);
    }

    static BalanceHistory load(Services services, Session session, LocalDate today) {
        LocalDate from = today.minusMonths(MONTHS);
        Map<String, List<Money>> accounts = new LinkedHashMap<>();
        List<Money> worth = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(today); day = day.plusDays(1)) {
            for (AccountLine line : services.accountBook().list(session, day)) {
                accounts.computeIfAbsent(line.account().name(), n -> new ArrayList<>()).add(line.balance());
            }
            worth.add(services.netWorth().change(session, Period.between(day, day)).end());
        }
        return new BalanceHistory(from, accounts, worth);
    }

    /** The balances of the account called {@code name} (or the net worth, for {@code null}); empty for one not known. */
    List<Money> of(String name) {
        return name == null ? netWorth : accounts.getOrDefault(name, List.of());
    }
}
