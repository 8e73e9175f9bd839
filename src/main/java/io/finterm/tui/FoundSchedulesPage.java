package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Plural;
import io.finterm.domain.Schedule;
import io.finterm.domain.TxKind;
import io.finterm.domain.ValidationException;
import io.finterm.service.Added;
import io.finterm.service.FoundSchedule;
import io.finterm.service.NameTaken;
import java.util.List;

/**
 * The payments that repeat in the user's history and have no schedule yet ({@code h} on the Schedules screen): each with
 * its name, next date and amount (an estimate with a {@code ~}), and under it the rule found, how often and since when it
 * was seen, and where it books. Enter makes the selected one a schedule that waits for approval from its next date; when
 * one of the user's schedules has its name already, a small prompt asks for another.
 */
final class FoundSchedulesPage extends Page {
    private static final int NEXT = 10;
    private static final int AMOUNT = 14;

    private List<FoundSchedule> found;
    private final Selection selection = new Selection(8);
    /** The prompt for another name while it is open, whose keys the hints then say. */
    private PromptOverlay naming;

    FoundSchedulesPage(Tui tui) {
        super(tui);
    }

    @Override
    String title() {
        return "Found in your history";
    }

    @Override
    void shown() {
        var services = tui.services();
        var session = tui.session();
        tui.background("looking for payments that repeat", () -> services.schedules().find(session), list -> {
            found = list;
            selection.clamp(list.size());
        });
    }

    @Override
    boolean key(KeyStroke key) {
        if (selection.key(key, size())) {
            return true;
        }
        if (key.getKeyType() == KeyType.Enter) {
            accept();
            return true;
        }
        return false;
    }

    private int size() {
        return found == null ? 0 : found.size();
    }

    /** Makes the selected one a schedule under its own name, or asks for another name when that one is taken. */
    private void accept() {
        if (size() == 0) {
            return;
        }
        FoundSchedule f = found.get(selection.index());
        var services = tui.services();
        var session = tui.session();
        tui.background("making " + f.name() + " a schedule", () -> services.schedules().accept(session, f.name(), null), this::added,
                refused -> {
                    if (refused instanceof NameTaken taken) {
                        rename(f, taken.existing());
                    } else {
                        tui.say(refused.getMessage());
                    }
                });
    }

    /**
     * The prompt for another name, filled with the one found, naming the schedule that has it as that one is spelled; a
     * name taken as well is refused next to the field.
     */
    private void rename(FoundSchedule f, String existing) {
        naming = new PromptOverlay(tui, "Another name for " + f.name(), "One of your schedules is called " + existing + " already.",
                List.of(Field.text("name", "Name", Schedule.MAX_NAME).set(f.name())), form -> added(accepted(f, form.field("name").text())));
        tui.open(naming);
    }

    /** Accepts {@code f} as {@code name}, the refusal of a taken name worded for this screen (there is no --name here). */
    private Added accepted(FoundSchedule f, String name) {
        try {
            return tui.services().schedules().accept(tui.session(), f.name(), name);
        } catch (NameTaken e) {
            throw new ValidationException("name", "a schedule named " + e.existing() + " exists: choose another name");
        }
    }

    private void added(Added added) {
        Schedule s = added.schedule().schedule();
        shown();
        tui.say("added the schedule " + s.name() + (added.schedule().next() == null ? "" : ": it waits for your approval from "
                + added.schedule().next()));
    }

    /** {@code −€13.30} out, {@code +€2,500.00} in, {@code ~} before an estimate. */
    private String amount(FoundSchedule f) {
        return (f.approximate() ? "~" : "") + (f.kind() == TxKind.INCOME ? "+" : "-") + f.amount().display(tui.ascii());
    }

    /** The rule found, how often and since when it was seen, and where it books, wrapped in {@code width}, at most two lines. */
    private static List<String> entry(FoundSchedule f, int width) {
        String where = f.category() == null || f.category().isBlank() ? f.account() : f.account() + ", " + f.category();
        List<String> lines = Formats.wrap(f.words() + " · " + Plural.of(f.times(), "time") + " since " + f.first().toString().substring(0, 7)
                + " · " + where, width);
        return lines.size() <= 2 ? lines : List.of(lines.get(0), Formats.shorten(String.join(" ", lines.subList(1, lines.size())), width));
    }

    @Override
    void draw(Painter p) {
        p.text(1, 0, "Found in your history", Style.TITLE);
        if (found == null) {
            p.text(1, 2, "Looking for payments that repeat…", Style.MUTED);
            return;
        }
        if (found.isEmpty()) {
            p.wrapped(1, 2, "No recurring payments found that are not scheduled yet. A payment counts when it comes back with the "
                    + "same payee or description, a similar amount (within a tenth), weekly, every 2 weeks, monthly or yearly. Esc goes back.", Style.MUTED, 4);
            return;
        }
        p.text(24, 0, Plural.of(found.size(), "payment") + (found.size() == 1 ? " that repeats" : " that repeat")
                + "; Enter makes one a schedule", Style.MUTED);
        int name = Math.max(8, p.width() - 2 - NEXT - AMOUNT - 2);
        p.text(1, 2, Formats.pad("Name", name) + " " + Formats.pad("Next", NEXT) + Formats.padLeft("Amount", AMOUNT), Style.BOLD);
        int room = p.height() - 3 - 3;
        int width = p.width() - 4;
        int top = selection.scroll(room, i -> 1 + entry(found.get(i), width).size());
        int row = 3;
        int shown = 0;
        for (int i = top; i < found.size() && row + entry(found.get(i), width).size() + 1 <= 3 + room; i++) {
            FoundSchedule f = found.get(i);
            String line = Formats.pad(f.name(), name) + " " + Formats.pad(f.next().toString(), NEXT) + Formats.padLeft(amount(f), AMOUNT);
            p.text(1, row, Formats.pad(line, p.width() - 2), i == selection.index() ? Style.REVERSE : Style.NORMAL);
            for (String l : entry(f, width)) {
                p.text(3, ++row, l, Style.MUTED);
            }
            row++;
            shown++;
        }
        selection.shown(shown);
        if (shown < found.size()) {
            p.right(1, Grid.position(top, shown, found.size()) + " ", Style.MUTED);
        }
        p.wrapped(1, p.height() - 2, "Enter makes " + found.get(selection.index()).name() + " a schedule: it repeats the latest payment, waits for "
                + "your approval" + (found.get(selection.index()).approximate() ? " with the real amount" : "") + ", from "
                + found.get(selection.index()).next() + " on.", Style.MUTED, 2);
    }

    @Override
    List<KeyHelp> keys() {
        return List.of(new KeyHelp("↑ ↓  j k", "move"), new KeyHelp("PgUp PgDn", "a screen up or down"), new KeyHelp("Home End", "first or last"),
                new KeyHelp("Enter", "make the selected payment a schedule: it repeats the latest payment by the rule found, waits for "
                        + "your approval (an estimate when the amounts vary) and starts at the next date, so nothing is booked for the past; "
                        + "a name one of your schedules has already asks for another"),
                new KeyHelp("Found", "a payment that comes back with the same payee or description, a similar amount and a regular "
                        + "interval (weekly, every 2 weeks, monthly, yearly), and that no schedule covers yet; transfers are not looked at"),
                new KeyHelp("Amount", "~ marks an estimate: the amounts vary"));
    }

    @Override
    String hints() {
        if (naming != null && tui.overlay() == naming) {
            return "Enter make it a schedule under this name  Esc cancel";
        }
        return size() == 0 ? "Esc back" : "Enter make it a schedule  j k move  Esc back";
    }
}
