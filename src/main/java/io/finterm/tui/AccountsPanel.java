package io.finterm.tui;

import io.finterm.analysis.Period;
import io.finterm.domain.Account;
import io.finterm.domain.Money;
import io.finterm.service.AccountLine;
import io.finterm.service.Session;
import io.finterm.service.Services;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

/**
 * The dashboard's two lines on accounts: the net worth on the period's last day (or today, for a
 * period still running) with its change since the day before the period began, and the open
 * accounts with their balances, as many as fit and "+N more" for the rest.
 *
 * @param day   the day the balances are on
 * @param lines the accounts with their balances on {@code day}, closed ones left out
 */
record AccountsPanel(LocalDate day, LocalDate before, NetWorthSum worth, NetWorthSum worthBefore, List<AccountLine> lines) {
    AccountsPanel {
        lines = List.copyOf(lines);
    }

    /** Reads the balances for {@code period}; off the GUI thread, with the dashboard. */
    static AccountsPanel load(Services services, Session session, Period period, LocalDate today) {
        LocalDate day = period.to().isAfter(today) ? today : period.to();
        LocalDate before = period.from().minusDays(1);
        Currency base = services.accounts().profile(session).baseCurrency();
        List<AccountLine> now = new ArrayList<>();
        List<AccountLine> then = new ArrayList<>();
        for (AccountLine line : services.accountBook().list(session)) {
            Account a = line.account();
            now.add(services.accountBook().get(session, a.name(), day));
            then.add(services.accountBook().get(session, a.name(), before));
        }
        List<AccountLine> open = now.stream().filter(l -> !l.account().closed()).toList();
        return new AccountsPanel(day, before, NetWorthSum.of(now, base), NetWorthSum.of(then, base), open);
    }

    /** Draws the two lines at {@code row}; returns the number of lines drawn. */
    int draw(Painter p, int row) {
        boolean ascii = p.ascii();
        Money total = worth.total();
        Money change = total.minus(worthBefore.total());
        String value = total.display(ascii);
        p.text(1, row, "Net worth", Style.BOLD);
        p.text(11, row, value, total.minor() < 0 ? Style.BAD : Style.GOOD);
        String since = "(" + (change.minor() >= 0 ? "+" : "") + change.display(ascii) + " since " + before + ")";
        p.text(11 + value.length() + 1, row, since, Style.MUTED);
        if (!worth.notConverted().isEmpty()) {
            int at = 11 + value.length() + 1 + since.length() + 2;
            String names = "not converted: " + String.join(", ", worth.notConverted().stream().map(l -> l.account().name()).toList());
            String brief = worth.notConverted().size() + " in another currency not converted (8 Accounts)";
            p.text(at, row, at + names.length() < p.width() ? names : brief, Style.WARN);
        }
        p.text(1, row + 1, "Accounts", Style.BOLD);
        p.text(11, row + 1, list(p.width() - 12, ascii), Style.NORMAL);
        return 2;
    }

    /** "Main €1,200.00 · Savings €5,000.00 · +2 more", as many accounts as fit in {@code width}. */
    String list(int width, boolean ascii) {
        List<String> items = new ArrayList<>();
        for (AccountLine l : lines) {
            items.add(l.account().name() + " " + l.balance().display(ascii) + (l.isDefault() ? " (default)" : ""));
        }
        for (int shown = items.size(); shown >= 0; shown--) {
            String text = String.join(" · ", items.subList(0, shown));
            int more = items.size() - shown;
            if (more > 0) {
                text += (shown > 0 ? " · " : "") + "+" + more + " more";
            }
            if (text.length() <= width) {
                return text;
            }
        }
        return "+" + items.size() + " more";
    }
}
