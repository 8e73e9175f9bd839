package io.finterm.tui;

import io.finterm.domain.Money;
import io.finterm.service.AccountLine;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Net worth as the screens show it for now: the balances of the accounts counted in net worth that
 * are kept in the base currency, summed to the cent; counted accounts in another currency are named
 * as not converted rather than guessed at. This is the one place to swap for the net-worth service
 * (with exchange rates) once it exists.
 *
 * @param notConverted the counted accounts left out, because they are in another currency
 */
record NetWorthSum(Money total, List<AccountLine> notConverted) {
    NetWorthSum {
        notConverted = List.copyOf(notConverted);
    }

    static NetWorthSum of(List<AccountLine> lines, Currency base) {
        long minor = 0;
        List<AccountLine> left = new ArrayList<>();
        for (AccountLine line : lines) {
            if (!line.account().inNetWorth()) {
                continue;
            }
            if (line.balance().currency().equals(base)) {
                minor = Math.addExact(minor, line.balance().minor());
            } else {
                left.add(line);
            }
        }
        return new NetWorthSum(new Money(minor, base), left);
    }

    /** "not converted: Travel $120.00, Savings CHF 40.00", or {@code null} when every counted account is in the base currency. */
    String note(boolean ascii) {
        if (notConverted.isEmpty()) {
            return null;
        }
        return "not converted: " + notConverted.stream().map(l -> l.account().name() + " " + l.balance().display(ascii))
                .collect(Collectors.joining(", ")) + " (in another currency; left out of net worth)";
    }
}
