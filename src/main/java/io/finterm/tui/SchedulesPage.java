package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Plural;
import io.finterm.domain.Schedule;
import io.finterm.service.ScheduleView;
import java.util.List;

/**
 * Every schedule of the user (tab {@code 0}): its name, next date, type, amount (an estimate with a
 * {@code ~}) and how it posts, and under it the rule in words, its account and category. {@code a}
 * adds one, Enter or {@code e} edits it ({@link ScheduleFormPage}), {@code p} pauses or resumes it,
 * {@code d} deletes it after a yes (what it posted stays), {@code o} opens its occurrences
 * ({@link OccurrencesPage}), {@code f} the forecast ({@link ForecastPage}), {@code h} the payments found in the history that
 * have no schedule yet ({@link FoundSchedulesPage}). Each schedule takes two rows, so that its rule is read whole.
 */
final class SchedulesPage extends Page {
    private static final int NEXT = 10;
    private static final int TYPE = 8;
    private static final int AMOUNT = 14;
    private static final int MODE = 12;

    private List<ScheduleView> schedules = List.of();
    private final Selection selection = new Selection(8);

    SchedulesPage(Tui tui) {
        super(tui);
    }

    @Override
    String title() {
        return "Schedules";
    }

    @Override
    void shown() {
        schedules = tui.services().schedules().list(tui.session());
        selection.clamp(schedules.size());
    }

    /** Selects the schedule called {@code name}, where it stands now. */
    void select(String name) {
        for (int i = 0; i < schedules.size(); i++) {
            if (Schedule.fold(schedules.get(i).schedule().name()).equals(Schedule.fold(name))) {
                selection.select(i, schedules.size());
            }
        }
    }

    @Override
    boolean key(KeyStroke key) {
        if (selection.key(key, schedules.size())) {
            return true;
        }
        KeyType type = key.getKeyType();
        char c = type == KeyType.Character && !key.isCtrlDown() && !key.isAltDown() ? key.getCharacter() : 0;
        switch (type) {
            case Enter -> edit();
            default -> {
                switch (c) {
                    case 'a' -> tui.push(ScheduleFormPage.adding(tui));
                    case 'e' -> edit();
                    case 'p' -> pause();
                    case 'd' -> delete();
                    case 'o' -> occurrences();
                    case 'f' -> tui.push(new ForecastPage(tui));
                    case 'h' -> tui.push(new FoundSchedulesPage(tui));
                    default -> {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    private ScheduleView current() {
        if (schedules.isEmpty()) {
            tui.say("no schedules yet: a adds one");
            return null;
        }
        return schedules.get(selection.index());
    }

    private void edit() {
        ScheduleView v = current();
        if (v != null) {
            tui.push(ScheduleFormPage.editing(tui, v));
        }
    }

    private void occurrences() {
        ScheduleView v = current();
        if (v != null) {
            tui.push(new OccurrencesPage(tui, v.schedule().name()));
        }
    }

    private void pause() {
        ScheduleView v = current();
        if (v == null) {
            return;
        }
        String name = v.schedule().name();
        boolean resume = v.schedule().paused();
        tui.background(resume ? "resuming " + name : "pausing " + name, () -> resume
                ? tui.services().schedules().resume(tui.session(), name) : tui.services().schedules().pause(tui.session(), name), done -> {
                    shown();
                    select(name);
                    tui.say(resume ? "resumed " + name + (done.next() == null ? "" : ": next " + done.next())
                            + "; what fell while it was paused is skipped" : "paused " + name + ": it posts nothing until p resumes it");
                });
    }

    private void delete() {
        ScheduleView v = current();
        if (v == null) {
            return;
        }
        String name = v.schedule().name();
        tui.open(new ConfirmOverlay(tui, "Delete", List.of("Delete the schedule " + name + "?", "",
                "The transactions it posted stay; its future", "occurrences are not posted."), () -> {
                    try {
                        tui.services().schedules().delete(tui.session(), name);
                    } finally {
                        shown();
                    }
                    tui.say("deleted the schedule " + name + "; the transactions it posted stay");
                }));
    }

    /** {@code ~€1,200.00} for an estimate, {@code €1,200.00} for a fixed amount: the mark, not a colour, says which. */
    static String amount(Schedule s, boolean ascii) {
        return (s.approximate() ? "~" : "") + s.amount().display(ascii);
    }

    /** How it posts, in words: paused, automatic, or by approval (with how many wait for it). */
    static String mode(ScheduleView v) {
        if (v.schedule().paused()) {
            return "paused";
        }
        if (v.waiting() > 0) {
            return v.waiting() + " to approve";
        }
        return v.schedule().auto() ? "automatic" : "approval";
    }

    /** Where it books: the account and category, or the two accounts of a transfer. */
    static String where(ScheduleView v) {
        String account = v.schedule().isTransfer() ? v.account() + " → " + v.toAccount() : v.account();
        return v.category() == null || v.category().isBlank() ? account : account + ", " + v.category();
    }

    @Override
    void draw(Painter p) {
        p.text(1, 0, "Schedules", Style.TITLE);
        if (schedules.isEmpty()) {
            p.wrapped(1, 2, "No schedules yet: a adds one, such as the rent on the 1st of every month, or the salary on the last "
                    + "business day. From the Transactions screen, R repeats the selected transaction; h finds the payments that repeat in "
                    + "your history.", Style.MUTED, 4);
            return;
        }
        p.text(12, 0, Plural.of(schedules.size(), "schedule") + "; under each its rule and where it books", Style.MUTED);
        int name = Math.max(8, p.width() - 2 - NEXT - TYPE - AMOUNT - MODE - 4);
        p.text(1, 2, Formats.pad("Name", name) + " " + Formats.pad("Next", NEXT) + " " + Formats.pad("Type", TYPE)
                + Formats.padLeft("Amount", AMOUNT) + " " + Formats.pad("Posts", MODE), Style.BOLD);
        int room = p.height() - 3 - 3; // the title, the heading, and the selected one's line at the foot
        int width = p.width() - 4;
        // a rule that does not fit its row wraps onto another (at most two): it is never cut
        int top = selection.scroll(room, i -> 1 + entry(schedules.get(i), width).size());
        int row = 3;
        int shown = 0;
        for (int i = top; i < schedules.size() && row + entry(schedules.get(i), width).size() + 1 <= 3 + room; i++) {
            ScheduleView v = schedules.get(i);
            String next = v.schedule().paused() || v.next() == null ? "—" : v.next().toString();
            String line = Formats.pad(v.schedule().name(), name) + " " + Formats.pad(next, NEXT) + " "
                    + Formats.pad(ScheduleFields.type(v.schedule().kind()), TYPE)
                    + Formats.padLeft(amount(v.schedule(), tui.ascii()), AMOUNT) + " " + Formats.pad(mode(v), MODE);
            p.text(1, row, Formats.pad(line, p.width() - 2), i == selection.index() ? Style.REVERSE : Style.NORMAL);
            for (String l : entry(v, width)) {
                p.text(3, ++row, l, Style.MUTED);
            }
            row++;
            shown++;
        }
        selection.shown(shown);
        if (shown < schedules.size()) {
            p.right(1, Grid.position(top, shown, schedules.size()) + " ", Style.MUTED);
        }
        ScheduleView v = schedules.get(selection.index());
        p.wrapped(1, p.height() - 2, v.schedule().name() + ": " + v.rule() + "; " + where(v)
                + (v.schedule().description().isBlank() ? "" : "; " + v.schedule().description()), Style.MUTED, 2);
    }

    /** The lines under a schedule's own: its rule in words and where it books, wrapped in {@code width}, at most two. */
    private static List<String> entry(ScheduleView v, int width) {
        List<String> lines = Formats.wrap(v.rule() + " · " + where(v), width);
        return lines.size() <= 2 ? lines : List.of(lines.get(0), Formats.shorten(String.join(" ", lines.subList(1, lines.size())), width));
    }

    @Override
    List<KeyHelp> keys() {
        return List.of(new KeyHelp("↑ ↓  j k", "move"), new KeyHelp("PgUp PgDn", "a screen up or down"), new KeyHelp("Home End", "first or last"),
                new KeyHelp("a", "add a schedule: what it books, how much, and when"),
                new KeyHelp("Enter, e", "edit the selected schedule; the change applies to its coming occurrences"),
                new KeyHelp("p", "pause or resume it: a paused schedule posts nothing, and what falls while it is paused is skipped"),
                new KeyHelp("d", "delete it (asks first); the transactions it posted stay"),
                new KeyHelp("o", "its occurrences: post one now, skip it, change it, or link a transaction to it"),
                new KeyHelp("f", "the forecast: each account's balance in the months ahead, with what the schedules book"),
                new KeyHelp("h", "found in your history: payments that repeat and have no schedule yet; Enter makes one a schedule"),
                new KeyHelp("Amount", "~ marks an estimate: it waits for approval, where the real amount is given"),
                new KeyHelp("Posts", "automatic (when due), approval (it waits for you; how many wait), or paused"),
                new KeyHelp("R", "on the Transactions screen: repeat the selected transaction as a schedule"));
    }

    @Override
    String hints() {
        boolean paused = !schedules.isEmpty() && schedules.get(selection.index()).schedule().paused();
        // d delete is in the help (?): the line holds what is used most, and the way to what was found in the history
        return "a add  e edit  " + (paused ? "p resume" : "p pause") + "  o occurrences  f forecast  h found";
    }
}
