package io.finterm.service;

import io.finterm.analysis.RecurringFinder.Found;
import io.finterm.domain.Account;
import io.finterm.domain.BusinessDays;
import io.finterm.domain.Occurrence;
import io.finterm.domain.OccurrenceState;
import io.finterm.domain.Recurrence;
import io.finterm.domain.Schedule;
import io.finterm.domain.ScheduledDates;
import io.finterm.domain.ScheduledDates.Upcoming;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import io.finterm.domain.WeekendPolicy;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.WriteTx;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A user's schedules: template transactions that repeat. Add, edit, pause, resume and delete them by name;
 * catch up (post what is due automatically, list what waits for approval); and handle one occurrence:
 * approve (post it now, early too), skip, change, or link an existing transaction to it. A schedule of
 * another user is answered exactly as a missing one.
 */
public final class ScheduleService {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ScheduleService.class);
    private final Store store;
    private final Sessions sessions;
    private final BusinessDays days;
    private final Clock clock;
    private final ScheduleCatchUp catchUp;
    private final ScheduleOccurrences occurrences;
    private final Steps steps;

    public ScheduleService(Store store, AccountService accounts, BusinessDays days, Clock clock) {
        this.store = store;
        this.sessions = accounts.sessions();
        this.days = days;
        this.clock = clock;
        this.steps = new Steps(clock);
        this.catchUp = new ScheduleCatchUp(store, days, steps);
        this.occurrences = new ScheduleOccurrences(store, days, steps);
    }

    /** Adds a schedule, then catches up: a start in the past posts (or lists) every occurrence since at once. */
    public Added add(Session session, NewSchedule spec) {
        User user = sessions.active(session);
        Schedule s = store.write(tx -> insert(tx, user, ScheduleTerms.of(tx, user, tx.nextId(Schema.SCHEDULES), spec), steps));
        return added(user, s);
    }

    /**
     * A schedule made from transaction {@code transactionId}: its account, kind, category or lines, amount, payee, tags and
     * description; a leg of a transfer gives a transfer from the account the money left.
     */
    public Added repeat(Session session, long transactionId, String name, Recurrence rule, WeekendPolicy weekend, boolean auto) {
        User user = sessions.active(session);
        if (rule == null) {
            throw new ValidationException("every", "is required: day, week, month or year");
        }
        Schedule s = store.write(tx -> insert(tx, user, repeating(tx, user, transactionId, name, rule, weekend, auto, false, null), steps));
        return added(user, s);
    }

    /**
     * The schedule that repeats transaction {@code transactionId} by {@code rule} from its start, not inserted yet: for
     * {@link #repeat} and for accepting a payment found in the history ({@link FoundSchedules}), which marks it approximate
     * when the series' amounts vary and gives the series' description ({@code description}; null = the transaction's).
     */
    static Schedule repeating(WriteTx tx, User user, long transactionId, String name, Recurrence rule, WeekendPolicy weekend,
                              boolean auto, boolean approximate, String description) {
        long id = tx.nextId(Schema.SCHEDULES);
        String clean = ScheduleTerms.name(tx, user.id(), id, name);
        Transaction t = TransactionService.owned(tx, user, transactionId);
        Transaction out = t.kind() == TxKind.TRANSFER_IN ? TransactionService.owned(tx, user, t.transferId()) : t;
        Transaction in = out.isTransfer() ? TransactionService.owned(tx, user, out.transferId()) : null;
        Account account = ScheduleRows.account(tx, out.accountId());
        Account to = in == null ? null : ScheduleRows.account(tx, in.accountId());
        if (in != null && !in.amount().equals(out.amount())) {
            throw new ValidationException("transaction", "transaction " + transactionId + " moves money between "
                    + account.name() + " and " + to.name() + " in two currencies; a scheduled transfer needs one");
        }
        Schedule template = new Schedule(id, user.id(), clean, account.id(), out.kind(),
                to == null ? 0 : to.id(), out.isSplit() || out.isTransfer() ? 0 : out.categoryId(), out.amount(), approximate,
                description == null ? out.description() : description, out.payee(), out.tags(), out.lines(), rule, weekend == null ? WeekendPolicy.KEEP : weekend,
                auto, null, rule.start());
        AccountLookup.requireOpen("account", account);
        if (to != null) {
            AccountLookup.requireOpen("to", to);
        }
        io.finterm.domain.RecurrenceDates.requireFires(rule);
        return template;
    }

    private static Schedule insert(WriteTx tx, User user, Schedule s, Steps steps) {
        if (tx.count(Schema.SCHEDULES_BY_NAME, KeyRange.prefix(user.id())) >= Schedule.MAX_PER_USER) {
            throw new ValidationException("name", "you have " + Schedule.MAX_PER_USER + " schedules, the most one person may keep; "
                    + "delete one you no longer need first");
        }
        steps.record(tx, user, "new schedule '" + s.name() + "'");
        return tx.insert(Schema.SCHEDULES, s);
    }

    private Added added(User user, Schedule s) {
        LocalDate today = today();
        CatchUp caught = catchUp.run(user, today, today);
        CatchUp own = new CatchUp(caught.posted(), caught.waiting().stream().filter(d -> d.schedule().equals(s.name())).toList());
        return new Added(store.read(rd -> new ScheduleViews(rd, user.id(), days, today).view(rd.get(Schema.SCHEDULES, s.id()).orElse(s))),
                own);
    }

    /**
     * The payments that repeat in the user's history (the same payee or description, a similar amount, a regular interval)
     * and that no schedule covers yet, offered as schedules, by name.
     */
    public List<FoundSchedule> find(Session session) {
        User user = sessions.active(session);
        LocalDate today = today();
        return store.read(rd -> FoundSchedules.offers(rd, user.id(), today).stream().map(FoundSchedule::of).toList());
    }

    /**
     * Makes the schedule that payment {@code found} (a name {@link #find} gave, any case) is offered as, called {@code name}
     * ({@code null} = the found name): its latest transaction repeated by the rule found, waiting for approval, approximate
     * when the amounts vary, from the next date on. A name taken already is refused with {@link NameTaken}.
     */
    public Added accept(Session session, String found, String name) {
        User user = sessions.active(session);
        LocalDate today = today();
        // The finder reads the whole history: in a read, so that the write (the store's one writer) only checks the offer.
        Found f = store.read(rd -> FoundSchedules.chosen(rd, user.id(), today, found));
        Schedule s = store.write(tx -> insert(tx, user, FoundSchedules.accepted(tx, user, f, name), steps));
        return added(user, s);
    }

    /** Every schedule of the user's, by name. */
    public List<ScheduleView> list(Session session) {
        User user = sessions.active(session);
        LocalDate today = today();
        return store.read(rd -> {
            ScheduleViews views = new ScheduleViews(rd, user.id(), days, today);
            return of(rd, user.id()).stream().map(views::view).toList();
        });
    }

    public ScheduleDetail show(Session session, String name) {
        User user = sessions.active(session);
        LocalDate today = today();
        return store.read(rd -> new ScheduleViews(rd, user.id(), days, today).detail(ScheduleRows.named(rd, user.id(), name)));
    }

    /**
     * Changes a schedule's terms from now on: occurrences handled already stay as they were (their unique rows protect
     * them); occurrences not handled yet, those waiting for approval included, take the new terms. A change of the RULE
     * also starts the new rule tomorrow at the earliest (and after the latest handled occurrence), so that it never books
     * again a day the old rule paid; it is refused while an occurrence of the old rule still waits, naming them, since the
     * new rule would otherwise drop them silently.
     */
    public ScheduleView edit(Session session, String name, ScheduleChange change) {
        User user = sessions.active(session);
        LocalDate today = today();
        return store.write(tx -> {
            Schedule old = ScheduleRows.named(tx, user.id(), name);
            steps.record(tx, user, "edit of schedule '" + old.name() + "'");
            Schedule terms = ScheduleTerms.of(tx, user, old.id(), ScheduleTerms.changed(tx, old, change == null ? ScheduleChange.NONE : change));
            List<Occurrence> rows = ScheduleRows.occurrences(tx, old);
            LocalDate from = old.dueFrom();
            if (!terms.rule().equals(old.rule())) {
                requireNoneWaiting(old, rows, today);
                from = today.plusDays(1).isAfter(terms.dueFrom()) ? today.plusDays(1) : terms.dueFrom();
                for (Occurrence o : rows) {
                    if (o.state().handled() && !o.date().isBefore(from)) {
                        from = o.date().plusDays(1);
                    }
                }
            }
            Schedule changed = tx.update(Schema.SCHEDULES, terms.withPausedOn(old.pausedOn()).withDueFrom(from));
            dropOwnAmounts(tx, changed, rows);
            return new ScheduleViews(tx, user.id(), days, today).view(changed);
        });
    }

    private void requireNoneWaiting(Schedule old, List<Occurrence> rows, LocalDate today) {
        List<Upcoming> waiting = ScheduledDates.unhandled(old, rows, today, days);
        if (!waiting.isEmpty()) {
            String dates = waiting.stream().limit(5).map(u -> u.on().toString()).collect(java.util.stream.Collectors.joining(", "))
                    + (waiting.size() > 5 ? " and " + (waiting.size() - 5) + " more" : "");
            throw new ValidationException("every", old.name() + "'s rule cannot change while occurrences of it still wait: " + dates
                    + "; approve or skip them first (finterm schedule approve|skip " + old.name() + " DATE)");
        }
    }

    /**
     * A split schedule's lines fix the amount of every occurrence, so after an edit the CHANGED rows' own amounts that
     * differ from it are dropped (their own day stays; a row left with neither goes): they could never be posted.
     */
    private static void dropOwnAmounts(WriteTx tx, Schedule s, List<Occurrence> rows) {
        if (s.lines().isEmpty()) {
            return;
        }
        for (Occurrence o : rows) {
            if (o.state() == OccurrenceState.CHANGED && o.amount() != null && o.amount().minor() != s.amount().minor()) {
                if (o.moveTo() == null) {
                    tx.delete(Schema.OCCURRENCES, o.id());
                } else {
                    tx.update(Schema.OCCURRENCES, new Occurrence(o.id(), o.userId(), o.scheduleId(), o.date(), OccurrenceState.CHANGED, 0,
                            null, o.moveTo()));
                }
            }
        }
    }

    /** Pauses a schedule: nothing of it is due or posted until it is resumed, and what falls meanwhile is skipped. */
    public ScheduleView pause(Session session, String name) {
        User user = sessions.active(session);
        LocalDate today = today();
        return store.write(tx -> {
            Schedule s = ScheduleRows.named(tx, user.id(), name);
            if (s.paused()) {
                throw new ValidationException("name", s.name() + " is paused already, since " + s.pausedOn());
            }
            steps.record(tx, user, "pause of schedule '" + s.name() + "'");
            return new ScheduleViews(tx, user.id(), days, today).view(tx.update(Schema.SCHEDULES, s.withPausedOn(today)));
        });
    }

    /** Resumes a paused schedule: the occurrences that fell while it was paused are skipped, the next one is due as usual. */
    public ScheduleView resume(Session session, String name) {
        User user = sessions.active(session);
        LocalDate today = today();
        return store.write(tx -> {
            Schedule s = ScheduleRows.named(tx, user.id(), name);
            if (!s.paused()) {
                throw new ValidationException("name", s.name() + " is not paused");
            }
            steps.record(tx, user, "resume of schedule '" + s.name() + "'");
            Schedule running = s.withPausedOn(null);
            // The rule's dates from the pause on (not earlier ones still waiting) whose day came while it was paused.
            Schedule sincePause = s.pausedOn().isAfter(s.dueFrom()) ? running.withDueFrom(s.pausedOn()) : running;
            List<Upcoming> fell;
            do {
                fell = ScheduledDates.unhandled(sincePause, ScheduleRows.occurrences(tx, s), today, days);
                for (Upcoming u : fell) {
                    SchedulePosting.mark(tx, s, u.date(), OccurrenceState.SKIPPED, 0);
                }
            } while (fell.size() == ScheduledDates.MAX);
            return new ScheduleViews(tx, user.id(), days, today).view(tx.update(Schema.SCHEDULES, running));
        });
    }

    /** Deletes a schedule and what it recorded about its occurrences; the transactions it posted stay. */
    public void delete(Session session, String name) {
        User user = sessions.active(session);
        store.write(tx -> {
            Schedule gone = ScheduleRows.named(tx, user.id(), name);
            steps.record(tx, user, "delete of schedule '" + gone.name() + "'");
            return tx.delete(Schema.SCHEDULES, gone.id()); // its occurrences go with it, and are in the step
        });
    }

    /** Posts the automatic occurrences booked up to {@code until} ({@code null} = today), and lists those waiting. */
    public CatchUp run(Session session, LocalDate until) {
        User user = sessions.active(session);
        LocalDate today = today();
        return catchUp.run(user, until == null ? today : until, today);
    }

    /** {@link #run} up to today: what finterm does first whenever it opens the user's data. */
    public CatchUp catchUp(Session session) {
        return run(session, null);
    }

    /**
     * Every user's automatic occurrences up to today, for the server's daily timer; how many were posted. Each user is
     * caught up on their own: a failure is logged and the others are still caught up.
     */
    public long catchUpEveryone() {
        LocalDate today = today();
        List<User> users = new ArrayList<>();
        store.read(rd -> {
            rd.forEach(Schema.USERS, users::add);
            return null;
        });
        long posted = 0;
        for (User user : users) {
            try {
                posted += catchUp.run(user, today, today).posted().size();
            } catch (RuntimeException e) {
                LOG.warn("catching up the schedules of user {} failed; the others go on", user.id(), e);
            }
        }
        return posted;
    }

    /**
     * Posts one occurrence now, named by the rule's date or its booked day (a future one too: early), booked on its day;
     * {@code amount} null = the schedule's, which an approximate schedule refuses.
     */
    public Posted approve(Session session, String name, LocalDate date, String amount) {
        return occurrences.approve(sessions.active(session), name, date, amount);
    }

    /** Skips one occurrence: it is never posted. */
    public void skip(Session session, String name, LocalDate date) {
        occurrences.skip(sessions.active(session), name, date);
    }

    /** Gives one occurrence its own amount and/or day ({@code null} keeps each); changing it again overrides. */
    public void change(Session session, String name, LocalDate date, String amount, LocalDate moveTo) {
        occurrences.change(sessions.active(session), name, date, amount, moveTo);
    }

    /** Lets an existing transaction of the schedule's account stand for one occurrence, instead of posting it. */
    public void link(Session session, String name, LocalDate date, long transactionId) {
        occurrences.link(sessions.active(session), name, date, transactionId);
    }

    /**
     * Which of {@code transactionIds} stand for an occurrence of one of the user's schedules already (posted by it,
     * or linked to it), so that a screen offering transactions to link leaves them out; {@link #link} refuses them.
     * Another user's transaction ids are never among them.
     */
    public Set<Long> standing(Session session, Collection<Long> transactionIds) {
        User user = sessions.active(session);
        return store.read(rd -> {
            Set<Long> out = new HashSet<>();
            for (long id : transactionIds) {
                if (rd.count(Schema.OCCURRENCES_BY_TRANSACTION, KeyRange.prefix(user.id(), id)) > 0) {
                    out.add(id);
                }
            }
            return Set.copyOf(out);
        });
    }

    /** What is due (waiting or not posted yet), and what comes in the next {@code days} days, by booked day. */
    public List<Due> due(Session session, int days) {
        User user = sessions.active(session);
        if (days < 0 || days > 3660) {
            throw new ValidationException("days", "must be 0 to 3660, not " + days);
        }
        LocalDate today = today();
        return store.read(rd -> {
            ScheduleViews views = new ScheduleViews(rd, user.id(), this.days, today);
            return ScheduleViews.byDay(of(rd, user.id()), s -> views.due(s, today.plusDays(days)));
        });
    }

    /** Every schedule of the user's, by name. */
    static List<Schedule> of(ReadTx rd, long userId) {
        return rd.scan(Schema.SCHEDULES_BY_NAME, KeyRange.prefix(userId), Paging.all()).rows();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
