package io.finterm.service;

import io.finterm.domain.BusinessDays;
import io.finterm.domain.FintermException;
import io.finterm.domain.Occurrence;
import io.finterm.domain.Schedule;
import io.finterm.domain.ScheduledDates;
import io.finterm.domain.ScheduledDates.Upcoming;
import io.finterm.domain.User;
import io.finterm.store.Store;
import io.finterm.store.WriteTx;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Catching up one user's schedules: every automatic occurrence booked up to a day is posted, each with its POSTED row in
 * the same write transaction, in commits of at most {@link #BATCH} occurrences so that a crash keeps the progress made;
 * those that wait for the person are listed. What is due is worked out inside each write transaction, so a post that
 * another session made first is seen and never repeated (and the unique (schedule, date) index is the last guard).
 *
 * <p>An occurrence that cannot be posted (its own amount no longer fits the lines, say) is not posted: its batch is rolled
 * back and done again without it, and it is listed as waiting, so that approving it by hand tells the reason. One such
 * occurrence never holds up the others.
 */
final class ScheduleCatchUp {
    static final int BATCH = 200;

    private final Store store;
    private final BusinessDays days;
    private final Steps steps;

    ScheduleCatchUp(Store store, BusinessDays days, Steps steps) {
        this.store = store;
        this.days = days;
        this.steps = steps;
    }

    /** Posts {@code user}'s automatic occurrences booked up to {@code until}, and lists those waiting up to then (or today). */
    CatchUp run(User user, LocalDate until, LocalDate today) {
        List<Posted> posted = new ArrayList<>();
        Set<Refused> refused = new HashSet<>();
        // Every login catches up: without a running automatic schedule there is nothing to post, so it reads
        // instead of taking the writer's lock, which a long import elsewhere may hold.
        boolean posts = store.read(rd -> ScheduleService.of(rd, user.id()).stream().anyMatch(s -> s.auto() && !s.paused()));
        while (posts) {
            Batch batch;
            try {
                batch = store.write(tx -> recorded(tx, user, batch(tx, user, until, today, refused)));
            } catch (Refused r) {
                refused.add(r); // the batch was rolled back: done again without it
                continue;
            }
            posted.addAll(batch.posted());
            if (!batch.more()) {
                break;
            }
        }
        LocalDate horizon = until.isAfter(today) ? until : today;
        List<Due> waiting = store.read(rd -> {
            ScheduleViews views = new ScheduleViews(rd, user.id(), days, today);
            return ScheduleViews.byDay(ScheduleService.of(rd, user.id()), s -> views.due(s, horizon).stream()
                    .filter(d -> views.waits(s) || refused.contains(new Refused(s.id(), d.date()))).toList());
        });
        return new CatchUp(posted, waiting);
    }

    private record Batch(List<Posted> posted, boolean more) {
    }

    /** An occurrence whose post was refused; thrown to roll its batch back, then remembered to be left out. */
    private static final class Refused extends RuntimeException {
        private final long scheduleId;
        private final LocalDate date;

        Refused(long scheduleId, LocalDate date) {
            super(null, null, false, false);
            this.scheduleId = scheduleId;
            this.date = date;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Refused r && r.scheduleId == scheduleId && r.date.equals(date);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(scheduleId) * 31 + date.hashCode();
        }
    }

    private Batch batch(WriteTx tx, User user, LocalDate until, LocalDate today, Set<Refused> refused) {
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
                if (refused.contains(new Refused(s.id(), u.date()))
                        || ScheduleRows.occurrence(tx, s, u.date()).filter(o -> o.state().handled()).isPresent()) {
                    continue;
                }
                try {
                    posted.add(SchedulePosting.post(tx, user, s, u.date(), u.on(), u.amount()));
                } catch (FintermException e) {
                    throw new Refused(s.id(), u.date());
                }
            }
        }
        return new Batch(posted, false);
    }

    /**
     * The posts of one commit are one step of the user's ({@link Steps#catchUp}): undone together, marked skipped so that
     * they are not posted again, and without clearing what the person could redo. A commit that posts nothing is no step.
     */
    private Batch recorded(WriteTx tx, User user, Batch batch) {
        if (!batch.posted().isEmpty()) {
            steps.catchUp(tx, user.id(), label(batch.posted()));
        }
        return batch;
    }

    /** "Rent posted by its schedule", "Rent posted by its schedule (3 times)", "Rent, Gym posted by their schedules (4 times)". */
    static String label(List<Posted> posted) {
        List<String> names = posted.stream().map(Posted::schedule).distinct().toList();
        String shown = names.size() <= 3 ? String.join(", ", names)
                : String.join(", ", names.subList(0, 3)) + " and " + (names.size() - 3) + " more";
        return shown + " posted by " + (names.size() == 1 ? "its schedule" : "their schedules")
                + (posted.size() == 1 ? "" : " (" + posted.size() + " times)");
    }
}
