package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.analysis.AccountForecast;
import io.finterm.analysis.BalancePoint;
import io.finterm.analysis.Forecast;
import io.finterm.chart.LineChart;
import io.finterm.domain.Money;
import java.util.ArrayList;
import java.util.List;

/**
 * The forecast: one account's balance (or the net worth) as a line, the last three months' history
 * continued by the projection in another pen, with its lowest point and the warning that it would fall
 * below zero or below its warning level, in words. {@code [} {@code ]} (or ← →) change the account,
 * {@code {} {@code }} (or ↓ ↑) the months ahead (1 to 12), and {@code s} counts the average spending
 * or leaves it out. The figures are the forecast service's; the history is the account book's.
 */
final class ForecastPage extends Page {
    static final int MIN_MONTHS = 1;
    static final int MAX_MONTHS = 12;
    private static final String NET_WORTH = "Net worth";

    private int months = 3;
    private boolean spending;
    /** The account shown, by name, or {@code null} for the net worth. */
    private String shown;
    private boolean netWorthShown;
    private Forecast forecast;
    private BalanceHistory history;

    ForecastPage(Tui tui) {
        super(tui);
    }

    @Override
    String title() {
        return "Forecast";
    }

    @Override
    void shown() {
        load(true); // the store may have changed since: the history too
    }

    /**
     * Reads the forecast for the months and spending chosen, and with {@code past} the history it
     * continues, off the GUI thread.
     */
    private void load(boolean past) {
        var services = tui.services();
        var session = tui.session();
        var today = tui.today();
        int m = months;
        boolean s = spending;
        tui.background("forecasting " + m + (m == 1 ? " month" : " months"), () -> new Loaded(services.forecast().forecast(session, m, null, s),
                past ? BalanceHistory.load(services, session, today) : null), loaded -> {
                    forecast = loaded.forecast();
                    if (loaded.history() != null) {
                        history = loaded.history();
                    }
                });
    }

    private record Loaded(Forecast forecast, BalanceHistory history) {
    }

    /** The accounts and the net worth in the order {@code [} {@code ]} go through them. */
    private List<AccountForecast> choices() {
        List<AccountForecast> all = new ArrayList<>(forecast.accounts());
        all.add(forecast.netWorth()); // null when a rate is missing: shown with the forecast's notes
        return all;
    }

    private int index() {
        List<AccountForecast> all = choices();
        if (netWorthShown) {
            return all.size() - 1;
        }
        for (int i = 0; i < forecast.accounts().size(); i++) {
            if (forecast.accounts().get(i).name().equals(shown)) {
                return i;
            }
        }
        return 0;
    }

    @Override
    boolean key(KeyStroke key) {
        KeyType type = key.getKeyType();
        char c = type == KeyType.Character && !key.isCtrlDown() && !key.isAltDown() ? key.getCharacter() : 0;
        if (c == '[' || type == KeyType.ArrowLeft) {
            account(-1);
        } else if (c == ']' || type == KeyType.ArrowRight) {
            account(1);
        } else if (c == '{' || type == KeyType.ArrowDown) {
            months(-1);
        } else if (c == '}' || type == KeyType.ArrowUp) {
            months(1);
        } else if (c == 's') {
            spending = !spending;
            load(false);
        } else {
            return false;
        }
        return true;
    }

    private void account(int by) {
        if (forecast == null) {
            return;
        }
        List<AccountForecast> all = choices();
        int next = Math.floorMod(index() + by, all.size());
        netWorthShown = next == all.size() - 1;
        shown = netWorthShown ? null : all.get(next).name();
        tui.repaint();
    }

    private void months(int by) {
        int next = Math.max(MIN_MONTHS, Math.min(MAX_MONTHS, months + by));
        if (next == months) {
            tui.say("the forecast looks " + MIN_MONTHS + " to " + MAX_MONTHS + " months ahead");
            return;
        }
        months = next;
        load(false);
    }

    @Override
    void draw(Painter p) {
        if (forecast == null || history == null) {
            p.text(1, 1, "forecasting…", Style.MUTED);
            return;
        }
        boolean ascii = p.ascii();
        List<AccountForecast> all = choices();
        int at = index();
        AccountForecast a = all.get(at);
        String name = netWorthShown ? NET_WORTH : a.name();
        String head = (ascii ? "<" : "◀") + " " + name + " " + (ascii ? ">" : "▶");
        p.text(1, 0, head, Style.TITLE);
        p.text(head.length() + 3, 0, (at + 1) + " of " + all.size() + " · " + months + (months == 1 ? " month" : " months")
                + " to " + forecast.to() + " · " + (spending ? "with average spending" : "scheduled only"), Style.MUTED);
        int row = 1;
        if (a == null) {
            row += p.wrapped(1, row, "No net worth forecast: " + String.join(" ", forecast.notes()), Style.WARN, 3);
            return;
        }
        row += figures(p, row, a, ascii);
        if (a.warning() != null) {
            row += p.wrapped(1, row, (ascii ? "! " : "⚠ ") + a.warning(ascii), Style.BAD, 2);
        } else {
            row += p.wrapped(1, row, name + " stays " + (a.warnBelow() == null || a.warnBelow().minor() == 0 ? "at or above zero"
                    : "at or above the warning of " + a.warnBelow().display(ascii)) + " to " + forecast.to(), Style.GOOD, 2);
        }
        for (String note : forecast.notes()) {
            row += p.wrapped(1, row, note, Style.MUTED, 2);
        }
        int height = p.height() - row - 1;
        if (a.days().isEmpty()) {
            p.text(1, row + 1, "nothing to draw", Style.MUTED);
            return;
        }
        var options = tui.view().chartOptions(ascii);
        int width = p.width() - 2;
        // room for the axis labels beside the plot, as the chart leaves it
        var line = ForecastLine.of(history.from(), history.of(netWorthShown ? null : a.name()), a, Math.max(4, width - 8));
        p.chart(1, row + 1, LineChart.render(line, width, Math.max(4, height), options));
    }

    /** "Today €1,200.00   lowest -€212.00 on 2027-01-03   warning below €100.00"; returns the lines drawn. */
    private static int figures(Painter p, int row, AccountForecast a, boolean ascii) {
        BalancePoint today = a.days().isEmpty() ? null : a.days().get(0);
        String text = (today == null ? "" : "Today " + today.balance().display(ascii) + "   ")
                + (a.lowest() == null ? "" : "lowest " + a.lowest().balance().display(ascii) + " on " + a.lowest().date());
        Money warn = a.warnBelow();
        if (warn != null && warn.minor() != 0) {
            text += "   warning below " + warn.display(ascii);
        }
        return p.wrapped(1, row, text, Style.NORMAL, 2);
    }

    @Override
    List<KeyHelp> keys() {
        return List.of(new KeyHelp("[  ]", "the account before or after, then the net worth (also ← →)"),
                new KeyHelp("{  }", "fewer or more months ahead, 1 to 12 (also ↓ ↑)"),
                new KeyHelp("s", "count each category's average spending of the last six months, or only what is scheduled"),
                new KeyHelp("", "the line: the last " + BalanceHistory.MONTHS + " months' history, then the forecast in another pen (the legend under the chart)"));
    }

    @Override
    String hints() {
        return "[ ] account  { } months  s spending  q back";
    }
}
