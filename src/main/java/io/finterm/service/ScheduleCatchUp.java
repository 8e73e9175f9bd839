package io.finterm.service;

import io.finterm.domain.BusinessDays;
import io.finterm.domain.Occurrence;
import io.finterm.domain.Schedule;
import io.finterm.domain.ScheduledDates;
import io.finterm.domain.ScheduledDates.Upcoming;
import io.finterm.domain.User;
import io.finterm.store.Store;
import io.finterm.store.WriteTx;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Catching up one user's schedules: every automatic occurrence booked up to a day is posted, each with its POSTED row in
 * the same write transaction, in commits of at most {@link #BATCH} occurrences so that a crash keeps the progress made;
 * those that wait for the person are listed. What is due is worked out inside each write transaction, so a post that
 * another session made first is seen and never repeated (and the unique (schedule, date) index is the last guard).
 */
final class ScheduleCatchUp {
    static final int BATCH = 200;

    private final Store store;
    private final BusinessDays days;

    ScheduleCatchUp(Store store, BusinessDays days) {
        this.store = store;
        this.days = days;
    }

    /** Posts {@code user}'s automatic occurrences booked up to {@code until}, and lists those waiting up to then (or today). */
    CatchUp run(User user, LocalDate until, LocalDate today) {
        List<Posted> posted = new ArrayList<>();
        while (true) {
            Batch batch = store.write(tx -> batch(tx, user, until, today));
            posted.addAll(batch.posted());
            if (!batch.more()) {
                break;
            }
        }
        LocalDate horizon = until.isAfter(today) ? until : today;
        List<Due> waiting = store.read(rd -> {
            ScheduleViews views = new ScheduleViews(rd, user.id(), days, today);
            List<Due> out = new ArrayList<>();
            for (Schedule s : ScheduleService.of(rd, user.id())) {
                if (views.waits(s)) {
                    out.addAll(views.due(s, horizon));
                }
            }
            out.sort(Comparator.comparing(Due::on).thenComparing(Due::schedule, String.CASE_INSENSITIVE_ORDER));
            return out;
        });
        return new CatchUp(posted, waiting);
    }

    private record Batch(List<Posted> posted, boolean more) {
    }

    private Batch batch(WriteTx tx, User user, LocalDate until, LocalDate today) {
        List<Posted> posted = new ArrayList<>();
        ScheduleViews views = new ScheduleViews(tx, user.id(), days, today);
        for (Schedule s : ScheduleService.of(tx, user.id())) {
            if (!s.auto() || s.paused() || views.closed(s)) {
                continue;
            }
            List<Occurrence> rows = ScheduleRows.occurrences(tx, s);
            for (Upcoming u : ScheduledDates.unhandled(s, rows, until, days)) {
                if (posted.size() == BATCH) {
                    return new Batch(posted, true);
                }
                if (ScheduleRows.occurrence(tx, s, u.date()).filter(o -> o.state().handled()).isEmpty()) {
                    posted.add(SchedulePosting.post(tx, user, s, u.date(), u.on(), u.amount()));
                }
            }
        }
        return new Batch(posted, false);
    }
}
