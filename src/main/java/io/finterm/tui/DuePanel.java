package io.finterm.tui;

import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import io.finterm.service.Due;
import io.finterm.service.Posted;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;

/**
 * The dashboard's "Due and coming": the occurrences that wait for approval (overdue or due today)
 * first, marked {@code !}, then the next 30 days' bills and income, each with its date, name, amount
 * ({@code ~} before an approximate one) and account. One of them is selected ({@code ›}, and in
 * reverse): {@code A} posts it, asking for the real amount of an approximate one first, and {@code S}
 * skips it; one that is not due yet is posted or skipped early only after a yes. The services do the
 * work; this panel only knows what it shows and which one is selected.
 */
final class DuePanel {
    /** How far ahead the panel looks, in days, as the issue asks. */
    static final int DAYS = 30;
    static final String TITLE = "Due and coming";
    /** Said beside the title where it fits: what the mark means and the two keys. */
    private static final String LEGEND = "! waits: A post  S skip";

    private final Tui tui;
    private final Runnable changed;
    private List<Due> items = List.of();
    private int selected;
    private int top;

    /** @param changed what to do after a post or a skip: the dashboard loads again */
    DuePanel(Tui tui, Runnable changed) {
        this.tui = tui;
        this.changed = changed;
    }

    /** Takes what the dashboard loaded, keeping the same occurrence selected where it is still listed. */
    void show(List<Due> due) {
        Due was = selection();
        items = List.copyOf(due);
        selected = 0;
        for (int i = 0; was != null && i < items.size(); i++) {
            if (items.get(i).schedule().equals(was.schedule()) && items.get(i).date().equals(was.date())) {
                selected = i;
            }
        }
    }

    boolean isEmpty() {
        return items.isEmpty();
    }

    /** How many wait for approval, for the status line. */
    long waiting() {
        return items.stream().filter(Due::waiting).count();
    }

    Due selection() {
        return items.isEmpty() ? null : items.get(Math.min(selected, items.size() - 1));
    }

    /** Moves the selection by {@code by} rows, within the list. */
    void move(int by) {
        if (!items.isEmpty()) {
            selected = Math.max(0, Math.min(items.size() - 1, selected + by));
            tui.repaint();
        }
    }

    /** The rows the panel would like: its title and every item. */
    int rowsWanted() {
        return 1 + items.size();
    }

    /**
     * Draws the title and as many items as fit, scrolled to keep the selected one in sight, with "+N more"
     * for the rest. The title names the account most of them are in, and a row names its account only
     * when it is another (and a transfer where it goes): in the 39 columns of an 80-column dashboard,
     * that is what leaves the names room to stay whole.
     */
    void draw(Painter p) {
        String common = common();
        String title = TITLE + (common == null ? "" : " in " + common);
        p.text(0, 0, title, Style.BOLD);
        for (String legend : List.of(LEGEND, "! waits")) {
            if (title.length() + 2 + legend.length() <= p.width()) {
                p.text(title.length() + 2, 0, legend, Style.MUTED);
                break;
            }
        }
        int rows = p.height() - 1;
        boolean more = items.size() > rows;
        int shown = more ? rows - 1 : items.size();
        if (shown < 1) {
            return;
        }
        top = Math.max(0, Math.min(top, items.size() - shown));
        if (selected < top) {
            top = selected;
        } else if (selected >= top + shown) {
            top = selected - shown + 1;
        }
        List<Due> visible = items.subList(top, top + shown);
        int amountWidth = visible.stream().mapToInt(d -> amount(d, p.ascii()).length()).max().orElse(0);
        int accountWidth = visible.stream().mapToInt(d -> where(d, common).length()).max().orElse(0);
        accountWidth += accountWidth > 0 ? 1 : 0;
        // marks and date (10 columns), the name, a space, the amount, and the account with its space before it
        int names = visible.stream().mapToInt(d -> d.schedule().length()).max().orElse(0);
        int rest = p.width() - 11 - amountWidth;
        // where both do not fit, a name that fits stays whole (a schedule is known by its name; the account is
        // the detail, cut where it must be, and F1 shows it whole); a longer name keeps three fifths of the room
        // (or what the accounts leave, if more)
        int nameWidth = names + accountWidth <= rest || names <= rest ? names
                : Math.max(4, Math.min(names, Math.max(rest - accountWidth, rest * 3 / 5)));
        int accountRoom = Math.max(0, p.width() - 11 - nameWidth - amountWidth);
        for (int i = 0; i < shown; i++) {
            Due d = visible.get(i);
            boolean chosen = top + i == selected;
            int row = 1 + i;
            Style base = chosen ? Style.REVERSE : Style.NORMAL;
            p.text(0, row, (chosen ? "›" : " ") + (d.waiting() ? "!" : " ") + " " + Formats.pad(day(d.on()), 6) + " ", base);
            // a name too long is cut by the painter, which reports it, so that F1 shows it whole
            p.area(10, row, nameWidth, 1).text(0, 0, d.schedule().length() <= nameWidth ? Formats.pad(d.schedule(), nameWidth) : d.schedule(), base);
            p.text(10 + nameWidth, row, " ", base);
            p.text(11 + nameWidth, row, Formats.padLeft(amount(d, p.ascii()), amountWidth),
                    chosen ? Style.REVERSE : d.kind() == TxKind.INCOME ? Style.INCOME : Style.EXPENSE);
            if (accountRoom > 1 && !where(d, common).isEmpty()) {
                p.text(11 + nameWidth + amountWidth, row, " ", base);
                p.area(12 + nameWidth + amountWidth, row, accountRoom - 1, 1).text(0, 0, where(d, common), chosen ? Style.REVERSE : Style.MUTED);
            }
        }
        if (more) {
            int below = items.size() - top - shown;
            p.text(2, rows, (top > 0 ? top + " above, " : "") + below + " more: ↑ ↓ scroll", Style.MUTED);
        }
    }

    /** "3 Dec", or the whole date for one more than a couple of months away, whose year might be in doubt. */
    private String day(LocalDate date) {
        LocalDate today = tui.today();
        if (Math.abs(date.toEpochDay() - today.toEpochDay()) > 60) {
            return date.toString();
        }
        return date.getDayOfMonth() + " " + date.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    }

    /** "-€1,200.00", "+€2,500.00", and "~" before an approximate one: the sign says which way, not the colour. */
    static String amount(Due d, boolean ascii) {
        Money abs = new Money(Math.abs(d.amount().minor()), d.amount().currency());
        return (d.approximate() ? "~" : "") + (d.kind() == TxKind.INCOME ? "+" : "-") + abs.display(ascii);
    }

    /** The account most of the items are in (the first of them on a tie), or {@code null} for none. */
    private String common() {
        java.util.Map<String, Long> counts = new java.util.LinkedHashMap<>();
        items.forEach(d -> counts.merge(d.account(), 1L, Long::sum));
        return counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).map(java.util.Map.Entry::getKey).orElse(null);
    }

    /** What a row says of its account: nothing for the title's, else its name; and for a transfer where it goes. */
    private static String where(Due d, String common) {
        String to = d.toAccount() == null || d.toAccount().isEmpty() ? "" : "→ " + d.toAccount();
        return d.account().equals(common) ? to : to.isEmpty() ? d.account() : d.account() + " " + to;
    }

    // ---- the two actions

    /** {@code A}: posts the selected occurrence (asking its amount if it is approximate); early only after a yes. */
    void post() {
        Due d = selection();
        if (d == null) {
            tui.say("nothing is due or coming in the next " + DAYS + " days");
            return;
        }
        if (d.waiting()) {
            postNow(d);
        } else {
            tui.open(new ConfirmOverlay(tui, "Post early", List.of("Post " + d.schedule() + " of " + d.on() + " now,",
                    "before it is due? (y/n)"), () -> postNow(d)));
        }
    }

    private void postNow(Due d) {
        if (d.approximate()) {
            Money abs = new Money(Math.abs(d.amount().minor()), d.amount().currency());
            Field amount = Field.text("amount", "Amount", 24).set(abs.toDecimalString());
            tui.open(new PromptOverlay(tui, "Post " + d.schedule() + " of " + d.on(), "It is about " + abs.display(tui.ascii())
                    + ": the real amount, in " + abs.currency().getCurrencyCode(), List.of(amount), form -> {
                        // on the GUI thread, one short write, so that a refused amount stays in the form beside its field
                        posted(tui.services().schedules().approve(tui.session(), d.schedule(), d.date(), form.field("amount").text()));
                    }));
            return;
        }
        var services = tui.services();
        var session = tui.session();
        tui.background("posting " + d.schedule(), () -> services.schedules().approve(session, d.schedule(), d.date(), null), this::posted);
    }

    private void posted(Posted p) {
        Money abs = new Money(Math.abs(p.amount().minor()), p.amount().currency());
        tui.say("posted " + p.schedule() + " of " + p.on() + ": " + abs.display(tui.ascii()) + " in " + p.account());
        changed.run();
    }

    /** {@code S}: skips the selected occurrence; one that is not due yet only after a yes. */
    void skip() {
        Due d = selection();
        if (d == null) {
            tui.say("nothing is due or coming in the next " + DAYS + " days");
            return;
        }
        if (d.waiting()) {
            skipNow(d);
        } else {
            tui.open(new ConfirmOverlay(tui, "Skip", List.of("Skip " + d.schedule() + " of " + d.on() + ", before it is due?",
                    "It will not be posted. (y/n)"), () -> skipNow(d)));
        }
    }

    private void skipNow(Due d) {
        var services = tui.services();
        var session = tui.session();
        tui.background("skipping " + d.schedule(), () -> {
            services.schedules().skip(session, d.schedule(), d.date());
            return d;
        }, skipped -> {
            tui.say("skipped " + skipped.schedule() + " of " + skipped.on() + ": it will not be posted");
            changed.run();
        });
    }

    static List<KeyHelp> keys() {
        return List.of(new KeyHelp("↑ ↓  j k", "choose one in \"" + TITLE + "\" (! marks those waiting for approval)"),
                new KeyHelp("A", "post the chosen one now (an approximate one asks its real amount first; one not due yet asks first)"),
                new KeyHelp("S", "skip the chosen one: it will not be posted (one not due yet asks first)"));
    }
}
