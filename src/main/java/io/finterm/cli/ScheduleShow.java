package io.finterm.cli;

import io.finterm.domain.Category;
import io.finterm.domain.Schedule;
import io.finterm.domain.SplitLine;
import io.finterm.service.Due;
import io.finterm.service.OccurrenceView;
import io.finterm.service.ScheduleDetail;
import io.finterm.service.ScheduleView;
import io.finterm.service.Session;
import java.io.PrintStream;
import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Command;

/**
 * {@code finterm schedule show NAME}: one schedule in full, its next occurrences (due ones first, as
 * the service orders them), and what became of its past ones, newest first.
 */
@Command(name = "show", description = "Show the schedule NAME: what it books, its rule, its next occurrences and what became of the past ones.")
final class ScheduleShow extends ScheduleCommand.Named {
    @Override
    public Integer call() {
        Session s = login();
        ScheduleDetail d = schedules().show(s, name);
        ScheduleView v = d.view();
        Schedule sc = v.schedule();
        PrintStream out = cli().out;
        out.println("schedule: " + sc.name());
        out.println("books: " + ScheduleText.what(v));
        if (!sc.lines().isEmpty()) {
            Map<Long, String> names = new HashMap<>();
            cli().backend().services().categories().list(s).forEach((Category c) -> names.put(c.id(), c.name()));
            for (SplitLine l : sc.lines()) {
                out.println("  line: " + names.getOrDefault(l.categoryId(), "?") + " " + l.amount() + (l.memo().isEmpty() ? "" : " (" + l.memo() + ")"));
            }
        }
        if (!sc.description().isEmpty()) {
            out.println("description: " + sc.description());
        }
        if (!sc.payee().isEmpty()) {
            out.println("payee: " + sc.payee());
        }
        if (!sc.tags().isEmpty()) {
            out.println("tags: " + String.join(",", sc.tags()));
        }
        out.println("rule: " + v.rule());
        out.println("mode: " + ScheduleText.mode(sc) + (sc.paused() ? "; paused since " + sc.pausedOn() : ""));
        if (d.next().isEmpty()) {
            out.println("next: none" + (sc.paused() ? " while it is paused" : ": the rule gives no more dates"));
        } else {
            out.println("next:");
            for (Due n : d.next()) {
                out.println("  " + day(n.date(), n.on()) + "  " + ScheduleText.amount(n.amount(), n.approximate())
                        + (n.waiting() ? "  due, waits for approval" : ""));
            }
        }
        if (!d.handled().isEmpty()) {
            out.println("past:");
            for (OccurrenceView o : d.handled()) {
                out.println("  " + day(o.date(), o.on()) + "  " + fate(o));
            }
        }
        return 0;
    }

    /** {@code 2024-03-01}, or {@code 2024-03-02 (on 2024-03-01)} when it is booked on another day. */
    private static String day(java.time.LocalDate date, java.time.LocalDate on) {
        return date + (on == null || on.equals(date) ? "" : " (on " + on + ")");
    }

    private static String fate(OccurrenceView o) {
        if (o.state() == null) {
            return "not handled yet";
        }
        return switch (o.state()) {
            case POSTED -> "posted: transaction " + o.transactionId() + (o.amount() == null ? "" : ", " + o.amount());
            case SKIPPED -> "skipped";
            case LINKED -> "linked to transaction " + o.transactionId();
            case CHANGED -> "changed to " + (o.amount() == null ? "" : o.amount() + " ") + "on " + o.on() + ", not handled yet";
        };
    }
}
