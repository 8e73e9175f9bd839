package io.finterm.tui;

import io.finterm.analysis.NetWorthChange;
import io.finterm.analysis.Period;
import io.finterm.domain.Money;
import io.finterm.service.AccountLine;
import io.finterm.service.Session;
import io.finterm.service.Services;
import java.util.ArrayList;
import java.util.List;

/**
 * The dashboard's two lines on accounts: the net worth on the period's last day (or today, for a
 * period still running) with its change since the day before the period began, and the open
 * accounts with their balances, as many as fit and "+N more" for the rest.
 *
 * @param worth the net worth at the start and the end, converted by the net-worth service
 * @param lines the accounts with their balances on the end day, closed ones left out
 */
record AccountsPanel(NetWorthChange worth, List<AccountLine> lines) {
    AccountsPanel {
        lines = List.copyOf(lines);
    }

    /** Reads the balances for {@code period}, all on its end day from one read; off the GUI thread, with the dashboard. */
    static AccountsPanel load(Services services, Session session, Period period) {
        NetWorthChange worth = services.netWorth().change(session, period);
        List<AccountLine> open = services.accountBook().list(session, worth.endDay()).stream()
                .filter(line -> !line.account().closed()).toList();
        return new AccountsPanel(worth, open);
    }

    /** Draws the two lines at {@code row}; returns the number of lines drawn. */
    int draw(Painter p, int row) {
        boolean ascii = p.ascii();
        Money total = worth.end();
        Money change = worth.change();
        String value = total.display(ascii);
        p.text(1, row, "Net worth", Style.BOLD);
        p.text(11, row, value, total.minor() < 0 ? Style.BAD : Style.GOOD);
        String since = "(" + (change.minor() >= 0 ? "+" : "") + change.display(ascii) + " since " + worth.startDay() + ")";
        p.text(11 + value.length() + 1, row, since, Style.MUTED);
        long leftOut = worth.conversion().balancesLeftOut().stream().mapToLong(l -> l.count()).sum();
        if (leftOut > 0) {
            // Short enough for 80 columns; the Accounts screen (8) says which currency lacks a rate.
            p.text(11 + value.length() + 1 + since.length() + 2, row, "incomplete: see 8", Style.WARN);
        }
        p.text(1, row + 1, "Accounts", Style.BOLD);
        p.text(11, row + 1, list(p.width() - 12, ascii), Style.NORMAL);
        return 2;
    }

    /** "Main €1,200.00 · Savings €5,000.00 · +2 more", as many accounts as fit in {@code width}. */
    String list(int width, boolean ascii) {
        List<String> items = new ArrayList<>();
        for (AccountLine l : lines) {
            // Marked like the Accounts screen, so that the listed balances and the net worth beside them agree.
            items.add(l.account().name() + " " + l.balance().display(ascii) + (l.isDefault() ? " (default)" : "")
                    + (l.account().inNetWorth() ? "" : " (not counted)"));
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
