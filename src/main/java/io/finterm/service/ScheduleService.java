package io.finterm.service;

import io.finterm.domain.BusinessDays;
import io.finterm.domain.Recurrence;
import io.finterm.domain.Schedule;
import io.finterm.domain.WeekendPolicy;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * A user's schedules: template transactions that repeat. Add, edit, pause, resume and delete them by name;
 * catch up (post what is due automatically, list what waits for approval); and handle one occurrence:
 * approve (post it now, early too), skip, change, or link an existing transaction to it. A schedule of
 * another user is answered exactly as a missing one.
 */
public final class ScheduleService {
    private final Store store;
    private final Sessions sessions;
    private final BusinessDays days;
    private final Clock clock;

    public ScheduleService(Store store, AccountService accounts, BusinessDays days, Clock clock) {
        this.store = store;
        this.sessions = accounts.sessions();
        this.days = days;
        this.clock = clock;
    }

    public Added add(Session session, NewSchedule spec) {
        throw new UnsupportedOperationException("not yet");
    }

    /** A schedule made from transaction {@code transactionId}: its account, kind, category or lines, amount, payee, tags, description. */
    public Added repeat(Session session, long transactionId, String name, Recurrence rule, WeekendPolicy weekend, boolean auto) {
        throw new UnsupportedOperationException("not yet");
    }

    public List<ScheduleView> list(Session session) {
        throw new UnsupportedOperationException("not yet");
    }

    public ScheduleDetail show(Session session, String name) {
        throw new UnsupportedOperationException("not yet");
    }

    public ScheduleView edit(Session session, String name, ScheduleChange change) {
        throw new UnsupportedOperationException("not yet");
    }

    public ScheduleView pause(Session session, String name) {
        throw new UnsupportedOperationException("not yet");
    }

    public ScheduleView resume(Session session, String name) {
        throw new UnsupportedOperationException("not yet");
    }

    public void delete(Session session, String name) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Posts the automatic occurrences booked up to {@code until} ({@code null} = today), and lists those waiting. */
    public CatchUp run(Session session, LocalDate until) {
        throw new UnsupportedOperationException("not yet");
    }

    /** {@link #run} up to today. */
    public CatchUp catchUp(Session session) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Every user's automatic occurrences up to today, for the server's daily timer; how many were posted. */
    public long catchUpEveryone() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Posts one occurrence now (a future one too: early); {@code amount} null = the schedule's, required when approximate. */
    public Posted approve(Session session, String name, LocalDate date, String amount) {
        throw new UnsupportedOperationException("not yet");
    }

    public void skip(Session session, String name, LocalDate date) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Gives one occurrence its own amount and/or day ({@code null} keeps each). */
    public void change(Session session, String name, LocalDate date, String amount, LocalDate moveTo) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Lets an existing transaction stand for one occurrence, instead of posting it. */
    public void link(Session session, String name, LocalDate date, long transactionId) {
        throw new UnsupportedOperationException("not yet");
    }

    /** What waits for approval, and what comes in the next {@code days} days, by booked day. */
    public List<Due> due(Session session, int days) {
        throw new UnsupportedOperationException("not yet");
    }

    /** Every schedule of the user's, by name. */
    static List<Schedule> of(ReadTx rd, long userId) {
        return rd.scan(Schema.SCHEDULES_BY_NAME, KeyRange.prefix(userId), Paging.all()).rows();
    }
}
