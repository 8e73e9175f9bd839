package io.finterm.cli;

import io.finterm.domain.Money;
import io.finterm.domain.Plural;
import io.finterm.domain.Schedule;
import io.finterm.domain.TxKind;
import io.finterm.service.CatchUp;
import io.finterm.service.Due;
import io.finterm.service.Posted;
import io.finterm.service.ScheduleView;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How the {@code schedule} commands write a schedule and its occurrences in one line each, so that
 * {@code add}, {@code edit}, {@code run} and {@code approve} say the same thing the same way.
 */
final class ScheduleText {
    private ScheduleText() {
    }

    /** {@code Rent: expense 1200.00 EUR from Main (Rent), monthly on the 1st, posted automatically; next on 2024-04-01}. */
    static String describe(ScheduleView v) {
        Schedule s = v.schedule();
        return s.name() + ": " + what(v) + ", " + v.rule() + ", " + mode(s) + (s.paused() ? ", paused since " + s.pausedOn() : "") + next(v);
    }

    /** {@code expense ~1200.00 EUR from Main (Rent)}, {@code transfer 500.00 EUR from Main to Savings}. */
    static String what(ScheduleView v) {
        Schedule s = v.schedule();
        return what(s.kind(), amount(s.amount(), s.approximate()), v.account(), v.toAccount(), v.category());
    }

    /** What one occurrence books, in the words of {@link #what(ScheduleView)}. */
    static String what(TxKind kind, String amount, String account, String toAccount, String category) {
        return switch (kind) {
            case TRANSFER_OUT -> "transfer " + amount + " from " + account + " to " + toAccount;
            case INCOME -> "income " + amount + " into " + account + " (" + category + ")";
            default -> "expense " + amount + " from " + account + " (" + category + ")";
        };
    }

    /** {@code 1200.00 EUR}, or {@code ~1200.00 EUR} for an estimate. */
    static String amount(Money m, boolean approximate) {
        return (approximate ? "~" : "") + m;
    }

    static String mode(Schedule s) {
        return s.auto() ? "posted automatically" : "waits for approval";
    }

    /** {@code ; next on 2024-04-01}, with what waits for approval, or that no date is left. */
    static String next(ScheduleView v) {
        String waiting = v.waiting() == 0 ? "" : "; " + Plural.of(v.waiting(), "occurrence") + (v.waiting() == 1 ? " waits" : " wait")
                + " for approval";
        if (v.schedule().paused()) {
            return waiting; // a paused schedule has no next date: none falls due until it is resumed
        }
        return (v.next() == null ? "; the rule gives no more dates" : "; next on " + v.next()) + waiting;
    }

    /** {@code Rent 2024-03-01}, with the day it is booked when a weekend, a holiday or a change moved it. */
    static String occurrence(String schedule, java.time.LocalDate date, java.time.LocalDate on) {
        return schedule + " " + date + (on.equals(date) ? "" : " (on " + on + ")");
    }

    /**
     * {@code posted Rent 2024-03-01: expense 1200.00 EUR from Main (Rent), transaction 5}; {@code views} are the user's
     * schedules by name, for what the occurrence booked (a schedule not among them is said by its account only).
     */
    static String posted(Posted p, Map<String, ScheduleView> views) {
        ScheduleView v = views.get(p.schedule());
        String what = v == null ? p.amount() + " in " + p.account()
                : what(v.schedule().kind(), p.amount().toString(), p.account(), v.toAccount(), v.category());
        return "posted " + occurrence(p.schedule(), p.date(), p.on()) + ": " + what + ", transaction " + p.transactionId();
    }

    /**
     * {@code waits for approval: Power 2024-03-15: expense ~80.00 EUR from Main (Utilities)}; one whose day has not come
     * yet (listed by {@code run --until}) {@code will wait for approval}.
     */
    static String waiting(Due d) {
        return (d.waiting() ? "waits" : "will wait") + " for approval: " + occurrence(d.schedule(), d.date(), d.on()) + ": "
                + what(d.kind(), amount(d.amount(), d.approximate()), d.account(), d.toAccount(), d.category());
    }

    /** The user's schedules by name, for {@link #posted}. */
    static Map<String, ScheduleView> byName(List<ScheduleView> views) {
        Map<String, ScheduleView> m = new HashMap<>();
        views.forEach(v -> m.put(v.schedule().name(), v));
        return m;
    }

    /** What a catch-up did, a line per occurrence: what it posted, then what waits for approval. */
    static List<String> caughtUp(CatchUp c, Map<String, ScheduleView> views) {
        List<String> lines = new ArrayList<>();
        c.posted().forEach(p -> lines.add(posted(p, views)));
        c.waiting().forEach(d -> lines.add(waiting(d)));
        return lines;
    }

    /** How to act on what waits ({@code as} is the user, so that the command can be pasted), when something does. */
    static Optional<String> hint(CatchUp c, String as) {
        return c.waiting().isEmpty() ? Optional.empty()
                : Optional.of("approve one with finterm schedule approve NAME DATE [--amount X] --as " + RuleOffer.shell(as)
                        + ", or skip it with finterm schedule skip NAME DATE --as " + RuleOffer.shell(as));
    }

    /** {@code NAME} as a shell reads it back. */
    static String quoted(String name) {
        return RuleOffer.shell(name);
    }
}
