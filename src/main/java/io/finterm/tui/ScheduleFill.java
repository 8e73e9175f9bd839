package io.finterm.tui;

import io.finterm.domain.Recurrence;
import io.finterm.domain.Schedule;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.service.Listed;
import io.finterm.service.ScheduleView;
import java.time.DayOfWeek;
import java.util.Locale;

/** Fills the schedule form: from a schedule being edited, or from a transaction being repeated. */
final class ScheduleFill {
    private ScheduleFill() {
    }

    /** The fields of schedule {@code v}, its split lines into {@code split}. */
    static void from(ScheduleView v, ScheduleFields f, SplitEditor split, Tui tui) {
        Schedule s = v.schedule();
        f.name.set(s.name());
        f.type.set(ScheduleFields.type(s.kind()));
        f.account.set(v.account());
        f.to.set(v.toAccount());
        f.amount.set(s.amount().toDecimalString());
        f.approx.set(s.approximate() ? ScheduleFields.APPROXIMATE : ScheduleFields.EXACT);
        f.description.set(s.description());
        f.details.payee.set(s.payee());
        f.details.tags.set(String.join(", ", s.tags()));
        if (s.lines().isEmpty()) {
            f.category.set(s.isTransfer() ? "" : v.category());
        } else {
            split.fill(s.lines(), tui);
        }
        rule(s.rule(), f);
        f.weekend.set(s.weekend().word());
        f.auto.set(s.auto() ? ScheduleFields.AUTOMATIC : ScheduleFields.APPROVAL);
    }

    /**
     * The fields of transaction {@code l}, to repeat it monthly from a month after it; a transfer is
     * written from the account the money leaves. Returns whether it is split.
     */
    static boolean from(Listed l, ScheduleFields f, SplitEditor split, EntryAccounts accounts, Tui tui) {
        Transaction t = l.transaction();
        String name = !t.description().isBlank() ? t.description() : !t.payee().isBlank() ? t.payee() : l.category();
        f.name.set(name.length() > Schedule.MAX_NAME ? name.substring(0, Schedule.MAX_NAME).strip() : name);
        f.amount.set(t.amount().toDecimalString());
        f.description.set(t.description());
        f.details.fill(t);
        f.start.set(t.date().plusMonths(1).toString());
        if (t.isTransfer()) {
            String here = accounts.name(t.accountId());
            String there = accounts.name(tui.services().transactions().get(tui.session(), t.transferId()).transaction().accountId());
            boolean out = t.kind() == TxKind.TRANSFER_OUT;
            f.type.set(ScheduleFields.TRANSFER);
            f.account.set(out ? here : there);
            f.to.set(out ? there : here);
            return false;
        }
        f.type.set(t.kind().label());
        f.account.set(accounts.name(t.accountId()));
        if (t.isSplit()) {
            split.fill(t, tui);
            return true;
        }
        f.category.set(l.category());
        return false;
    }

    /** The rule's fields as a person would type them: {@code 1}, {@code last}, {@code 2nd tue}, {@code tue}. */
    private static void rule(Recurrence r, ScheduleFields f) {
        f.every.set(r.every().word());
        f.interval.set(Integer.toString(r.interval()));
        String on = "";
        if (r.day() == Recurrence.LAST) {
            on = "last";
        } else if (r.day() > 0) {
            on = Integer.toString(r.day());
        } else if (r.weekday() != null) {
            on = (r.nth() == 0 ? "" : r.nth() == Recurrence.LAST ? "last " : ordinal(r.nth()) + " ") + shortName(r.weekday());
        }
        f.on.set(on);
        f.start.set(r.start().toString());
        f.end.set(r.end() == null ? "" : r.end().toString());
        f.count.set(r.count() == 0 ? "" : Integer.toString(r.count()));
    }

    private static String ordinal(int n) {
        return n + (n == 1 ? "st" : n == 2 ? "nd" : n == 3 ? "rd" : "th");
    }

    private static String shortName(DayOfWeek d) {
        return d.name().substring(0, 3).toLowerCase(Locale.ROOT);
    }
}
