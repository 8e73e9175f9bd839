package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.ValidationException;
import io.finterm.service.DateInput;
import io.finterm.service.Due;
import io.finterm.service.OccurrenceView;
import io.finterm.service.ScheduleDetail;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The occurrences of one schedule ({@code o} on the Schedules screen): the due and coming ones first,
 * by date, then those handled, newest first. On a due or coming one, {@code P} posts it now (early,
 * for a coming one; an estimate asks for the real amount), {@code s} skips it, {@code c} changes its
 * amount or day, and {@code l} links an existing transaction that stands for it, picked from a short list.
 */
final class OccurrencesPage extends Page {
    /** One occurrence as listed; {@code state} is a word: due, coming, posted, skipped, linked, changed. */
    record Row(LocalDate date, LocalDate on, String state, Money amount, boolean approximate, long transaction) {
        boolean open() {
            return state.equals("due") || state.equals("coming") || state.equals("changed");
        }
    }

    private final String name;
    private ScheduleDetail detail;
    /** Why the schedule cannot be shown any more, or {@code null}. */
    private String gone;
    private List<Row> rows = List.of();
    private final Selection selection = new Selection(10);

    OccurrencesPage(Tui tui, String name) {
        super(tui);
        this.name = name;
    }

    @Override
    String title() {
        return "Occurrences";
    }

    @Override
    void shown() {
        try {
            detail = tui.services().schedules().show(tui.session(), name);
        } catch (FintermException e) { // deleted or renamed in another session meanwhile
            detail = null;
            rows = List.of();
            gone = e.getMessage();
            return;
        }
        List<Row> out = new ArrayList<>();
        for (Due d : detail.next()) {
            out.add(new Row(d.date(), d.on(), d.waiting() ? "due" : "coming", d.amount(), d.approximate(), 0));
        }
        for (OccurrenceView o : detail.handled()) {
            boolean listed = out.stream().anyMatch(r -> r.date().equals(o.date()));
            if (!listed) {
                String state = o.state() == null ? "due" : o.state().name().toLowerCase(Locale.ROOT);
                out.add(new Row(o.date(), o.on(), state, o.amount(), false, o.transactionId()));
            }
        }
        rows = out;
        selection.clamp(rows.size());
    }

    @Override
    boolean key(KeyStroke key) {
        if (selection.key(key, rows.size())) {
            return true;
        }
        char c = key.getKeyType() == KeyType.Character && !key.isCtrlDown() && !key.isAltDown() ? key.getCharacter() : 0;
        switch (c) {
            case 'P' -> post();
            case 's' -> skip();
            case 'c' -> change();
            case 'l' -> link();
            default -> {
                return false;
            }
        }
        return true;
    }

    /** The selected occurrence while it is still open to an action; else says why not and gives {@code null}. */
    private Row open() {
        if (rows.isEmpty()) {
            tui.say(name + " has no occurrences to act on");
            return null;
        }
        Row r = rows.get(selection.index());
        if (!r.open()) {
            tui.say("the occurrence of " + r.date() + " is " + r.state() + " already; only a due or coming one can be posted, "
                    + "skipped, changed or linked");
            return null;
        }
        return r;
    }

    private String shown(Money m, boolean approximate) {
        return (approximate ? "~" : "") + m.display(tui.ascii());
    }

    private void post() {
        Row r = open();
        if (r == null) {
            return;
        }
        // posted now, dated the day it is booked on: a coming one is posted early, not moved
        String early = r.on().isAfter(tui.today()) ? " (early: its day has not come)" : "";
        String dated = "an uncleared transaction dated " + r.on() + early;
        if (r.approximate()) {
            tui.open(new PromptOverlay(tui, "Post " + name + " of " + r.date() + " now", "the real amount (estimate " + shown(r.amount(), true)
                    + "), dated " + r.on() + (early.isEmpty() ? "" : ", early"), List.of(Field.text("amount", "Amount", 20).set(r.amount().toDecimalString())),
                    form -> approve(r, form.field("amount").text())));
        } else {
            tui.open(new ConfirmOverlay(tui, "Post now", List.of("Post " + name + " of " + r.date() + " now?", "",
                    shown(r.amount(), false) + ", " + dated + "."), () -> approve(r, null)));
        }
    }

    private void approve(Row r, String amount) {
        try {
            var posted = tui.services().schedules().approve(tui.session(), name, r.date(), amount);
            tui.say("posted " + name + " of " + r.date() + ": " + posted.amount().display(tui.ascii()) + " in " + posted.account()
                    + " (transaction " + posted.transactionId() + ")");
        } finally {
            shown();
        }
    }

    private void skip() {
        Row r = open();
        if (r == null) {
            return;
        }
        tui.open(new ConfirmOverlay(tui, "Skip", List.of("Skip " + name + " of " + r.date() + "?", "",
                "It is not posted, now or later; the next ones are."), () -> {
                    try {
                        tui.services().schedules().skip(tui.session(), name, r.date());
                        tui.say("skipped " + name + " of " + r.date());
                    } finally {
                        shown();
                    }
                }));
    }

    private void change() {
        Row r = open();
        if (r == null) {
            return;
        }
        String amount = r.amount().toDecimalString();
        String day = r.on().toString();
        tui.open(new PromptOverlay(tui, "Change " + name + " of " + r.date(), "this one only: its amount, or the day it is booked",
                List.of(Field.text("amount", "Amount", 20).set(amount), Field.text("date", "Booked on", 20).set(day)), form -> {
                    String a = form.field("amount").text().strip();
                    String d = form.field("date").text().strip();
                    if (a.equals(amount) && d.equals(day)) {
                        throw new ValidationException("amount", "change the amount or the day, or Esc to leave it as it is");
                    }
                    LocalDate moveTo = d.equals(day) ? null : DateInput.day("date", d, tui.today());
                    try {
                        tui.services().schedules().change(tui.session(), name, r.date(), a.equals(amount) ? null : a, moveTo);
                    } finally {
                        shown();
                    }
                    tui.say("changed " + name + " of " + r.date() + (a.equals(amount) ? "" : ": amount " + a)
                            + (moveTo == null ? "" : ", booked on " + moveTo));
                }));
    }

    private void link() {
        Row r = open();
        if (r == null) {
            return;
        }
        var v = detail.view();
        List<Transaction> candidates = LinkCandidates.of(tui, v.schedule(), r.on());
        if (candidates.isEmpty()) {
            tui.say("no transaction in " + v.account() + " within " + LinkCandidates.DAYS + " days of " + r.on() + " goes the same way");
            return;
        }
        tui.open(new LinkPicker(tui, "Link a transaction", "Which transaction stands for " + name + " of " + r.date() + "?", candidates, t -> {
            try {
                tui.services().schedules().link(tui.session(), name, r.date(), t.id());
            } finally {
                shown();
            }
            tui.say("linked " + t.date() + " " + LinkPicker.who(t) + " to " + name + " of " + r.date() + "; it will not be posted");
        }));
    }

    @Override
    void draw(Painter p) {
        if (detail == null) {
            p.wrapped(1, 0, gone == null ? "" : gone + "; Esc goes back to the schedules", Style.WARN, 2);
            return;
        }
        var v = detail.view();
        String title = "Occurrences of " + v.schedule().name();
        p.text(1, 0, title, Style.TITLE);
        p.text(title.length() + 3, 0, SchedulesPage.mode(v), Style.MUTED);
        p.wrapped(1, 1, v.rule() + " · " + SchedulesPage.where(v) + " · " + SchedulesPage.amount(v.schedule(), tui.ascii()), Style.MUTED, 1);
        if (rows.isEmpty()) {
            p.wrapped(1, 3, v.schedule().paused() ? "Paused: nothing is due or coming until p on the Schedules screen resumes it."
                    : "Nothing is due or coming, and nothing was handled yet.", Style.MUTED, 2);
            return;
        }
        p.text(1, 3, Formats.pad("Date", 10) + " " + Formats.pad("Booked on", 10) + " " + Formats.pad("State", 8)
                + Formats.padLeft("Amount", 15) + "  Transaction", Style.BOLD);
        int visible = Math.max(1, p.height() - 4 - 2);
        int top = selection.scroll(visible);
        if (rows.size() > visible) {
            p.right(0, Grid.position(top, Math.min(visible, rows.size() - top), rows.size()) + " ", Style.MUTED);
        }
        for (int i = 0; i < visible && top + i < rows.size(); i++) {
            Row r = rows.get(top + i);
            String booked = r.on() == null || r.on().equals(r.date()) ? "same day" : r.on().toString();
            String line = Formats.pad(r.date().toString(), 10) + " " + Formats.pad(booked, 10) + " " + Formats.pad(r.state(), 8)
                    + Formats.padLeft(r.amount() == null ? "" : shown(r.amount(), r.approximate()), 15)
                    + "  " + (r.transaction() == 0 ? "" : Long.toString(r.transaction()));
            p.text(1, 4 + i, Formats.pad(line, p.width() - 2), top + i == selection.index() ? Style.REVERSE : Style.NORMAL);
        }
        p.wrapped(1, p.height() - 1, "due: its day has come; coming: later (P posts it early); ~ an estimate", Style.MUTED, 1);
    }

    @Override
    List<KeyHelp> keys() {
        return List.of(new KeyHelp("↑ ↓  j k", "move"), new KeyHelp("PgUp PgDn", "a screen up or down"), new KeyHelp("Home End", "first or last"),
                new KeyHelp("P", "post the selected occurrence now: a coming one early; an estimate asks for the real amount"),
                new KeyHelp("s", "skip it: it is never posted (asks first)"),
                new KeyHelp("c", "change this one only: its amount, or the day it is booked"),
                new KeyHelp("l", "link an existing transaction that stands for it (picked from those near its day), so that it is not posted"),
                new KeyHelp("State", "due (its day has come), coming, posted, skipped, linked, or changed (not posted yet)"),
                new KeyHelp("Esc, q", "back to the schedules"));
    }

    @Override
    String hints() {
        return "P post now  s skip  c change  l link  Esc back";
    }
}
