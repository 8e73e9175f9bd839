package io.finterm.service;

import io.finterm.domain.FintermException;
import io.finterm.domain.Plural;
import io.finterm.domain.UndoStep;
import io.finterm.domain.User;
import io.finterm.store.KeyRange;
import io.finterm.store.Page;
import io.finterm.store.Paging;
import io.finterm.store.ReadTx;
import io.finterm.store.Schema;
import io.finterm.store.StepChange;
import io.finterm.store.StepConflict;
import io.finterm.store.StepPruning;
import io.finterm.store.StepReversal;
import io.finterm.store.Store;
import io.finterm.store.WriteTx;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Undo and redo of a person's own steps, kept in the store across restarts and sessions. The
 * history is one line per user: undo takes back the newest step that is done, redo applies again
 * the oldest that is undone (the one undone last), and a new change clears what could be redone.
 * Another person's steps are invisible. Undo is a new commit, never a rewrite; a step whose rows
 * changed since (outside this history) is refused with what is in the way, and nothing changes.
 */
public final class UndoService {
    private final Store store;
    private final Sessions sessions;
    private final Clock clock;
    private final AuditLog audit;
    private final Retention retention;

    public UndoService(Store store, AccountService accounts) {
        this(store, accounts, Retention.DEFAULT);
    }

    public UndoService(Store store, AccountService accounts, Retention retention) {
        this.store = store;
        this.sessions = accounts.sessions();
        this.clock = accounts.clock();
        this.audit = accounts.audit();
        this.retention = retention;
    }

    /**
     * How many steps each person keeps: at least the newest {@code keepSteps}, or all of the last {@code keepDays}
     * days, whichever is more ({@code undo.keep.steps}, {@code undo.keep.days}).
     */
    public record Retention(int keepSteps, int keepDays) {
        public static final Retention DEFAULT = new Retention(100, 90);

        public Retention {
            if (keepSteps < 1) {
                throw new FintermException("undo.keep.steps must be 1 or more, not " + keepSteps);
            }
            if (keepDays < 0) {
                throw new FintermException("undo.keep.days must be 0 or more, not " + keepDays);
            }
        }
    }

    /** What a pruning removed: steps, and the images of the rows they changed. */
    public record Pruned(long steps, long rows) {
    }

    /**
     * Removes everyone's steps that retention no longer keeps, and the steps a later change discarded. It takes no
     * session: the server's daily run and each start call it, and nobody chooses what goes.
     */
    public Pruned pruneEveryone() {
        StepPruning.Pruned p = new StepPruning(store).prune(retention.keepSteps(),
                clock.instant().minus(Duration.ofDays(retention.keepDays())));
        return new Pruned(p.steps(), p.changes());
    }

    /** One step as {@code finterm undo --list} shows it. */
    public record StepView(long id, Instant at, String label, boolean undone, Instant undoneAt) {
    }

    /** A step that undo or redo went through, and how many rows it changed. */
    public record Reversed(long id, String label, long rows) {
    }

    /**
     * Undoes the newest {@code steps} steps of the person's, newest first, in one commit: all of
     * them or, on a conflict, none.
     *
     * @throws NothingToUndo when there is no step to undo
     * @throws UndoConflict naming the step and the rows in the way, on a conflict
     */
    public List<Reversed> undo(Session session, int steps) {
        return reverse(session, steps, true);
    }

    /** Redoes the {@code steps} steps undone last, in one commit; as {@link #undo}. */
    public List<Reversed> redo(Session session, int steps) {
        return reverse(session, steps, false);
    }

    private List<Reversed> reverse(Session session, int steps, boolean undo) {
        if (steps < 1) {
            throw new FintermException("--steps must be 1 or more, not " + steps);
        }
        User user = sessions.active(session);
        return store.write(tx -> {
            List<Reversed> done = new ArrayList<>();
            for (int i = 0; i < steps; i++) {
                Optional<UndoStep> next = undo ? newestDone(tx, user.id()) : undoneLast(tx, user.id());
                if (next.isEmpty()) {
                    if (done.isEmpty()) {
                        throw new NothingToUndo(undo ? "nothing to undo" : "nothing to redo");
                    }
                    throw new NothingToUndo("only " + Plural.of(done.size(), "step") + " can be " + (undo ? "undone" : "redone")
                            + "; nothing was " + (undo ? "undone" : "redone"));
                }
                done.add(reverse(tx, session, user, next.get(), undo, i == steps - 1));
            }
            return done;
        });
    }

    /** One step of the reversal; {@code last}: no later step of this call reads the rows it hands to the journal early. */
    private Reversed reverse(WriteTx tx, Session session, User user, UndoStep step, boolean undo, boolean last) {
        List<Long> userRows = userRowsOf(tx, step);
        boolean accounts = userRows.stream().anyMatch(id -> id != user.id());
        if (accounts) {
            // what an administrator did to accounts is theirs to take back only while they still are one
            sessions.admin(session, (undo ? "undo " : "redo ") + step.label());
        }
        try {
            Set<String> names = namesOf(tx, userRows);
            long rows = undo ? StepReversal.undo(tx, step, clock.instant(), last) : StepReversal.redo(tx, step, clock.instant(), last);
            names.addAll(namesOf(tx, userRows));
            names.remove(user.username()); // one's own settings (a base currency) are no account administration
            for (String name : names) {
                audit.record(tx, user.username(), name, undo ? "undo.admin" : "redo.admin", session.from(), step.label());
            }
            if (accounts && UserRows.administrators(tx) == 0) {
                throw new FintermException("cannot " + (undo ? "undo " : "redo ") + step.label()
                        + ": it would leave no administrator; nothing was " + (undo ? "undone" : "redone"));
            }
            return new Reversed(step.id(), step.label(), rows);
        } catch (StepConflict e) {
            throw new UndoConflict("cannot " + (undo ? "undo" : "redo") + " " + step.label() + ": " + e.getMessage()
                    + "; nothing was " + (undo ? "undone" : "redone"));
        }
    }

    /**
     * Forgets the person's newest step that can be undone, changing no data: for a step that can never
     * be undone (what is in the way is someone else's), so that the steps before it can be.
     *
     * @throws NothingToUndo when there is no step to forget
     */
    public StepView forget(Session session) {
        User user = sessions.active(session);
        return store.write(tx -> {
            UndoStep step = newestDone(tx, user.id()).orElseThrow(() -> new NothingToUndo("nothing to forget"));
            tx.update(Schema.STEPS, step.in(UndoStep.State.DISCARDED, clock.instant()));
            return new StepView(step.id(), step.at(), step.label(), false, null);
        });
    }

    /** The person's steps that can be undone or redone, newest first, at most {@code limit}. */
    public List<StepView> list(Session session, int limit) {
        User user = sessions.active(session);
        return store.read(rd -> {
            List<StepView> out = new ArrayList<>();
            // pages of a bounded size: a limit of "all" (Integer.MAX_VALUE) must not size a page
            Paging paging = Paging.first((int) Math.min(Math.max(limit, 1) * 2L, 512)).reversed();
            while (out.size() < limit) {
                Page<UndoStep> page = rd.scan(Schema.STEPS_BY_USER, KeyRange.prefix(user.id()), paging);
                for (UndoStep s : page.rows()) {
                    if (s.state() != UndoStep.State.DISCARDED && out.size() < limit) {
                        boolean undone = s.state() == UndoStep.State.UNDONE;
                        out.add(new StepView(s.id(), s.at(), s.label(), undone, undone ? s.stateAt() : null));
                    }
                }
                if (!page.hasMore()) {
                    break;
                }
                paging = paging.after(page.lastKey());
            }
            return out;
        });
    }

    /** The ids of the user rows (accounts) that {@code step} changed: an administrator's step on accounts. */
    private static List<Long> userRowsOf(ReadTx rd, UndoStep step) {
        return rd.scan(Schema.CHANGES_BY_STEP, KeyRange.prefix(step.id(), Schema.tableTag(Schema.USERS)), Paging.all()).rows().stream()
                .map(StepChange::rowId).toList();
    }

    /**
     * The names of the accounts {@code ids} as they are now, whose undo and redo the audit log records. Read
     * before and after the reversal, since an undone creation leaves no row to name.
     */
    private static Set<String> namesOf(ReadTx rd, List<Long> ids) {
        Set<String> names = new TreeSet<>();
        for (long id : ids) {
            rd.get(Schema.USERS, id).ifPresent(u -> names.add(u.username()));
        }
        return names;
    }

    private static Optional<UndoStep> newestDone(WriteTx tx, long userId) {
        return first(tx, userId, UndoStep.State.DONE, true);
    }

    /**
     * The step undone last: the latest undo time, and among the steps of one {@code --steps N} (the same
     * time) the oldest, which that call undid last. Not the oldest undone: a catch-up since keeps no order.
     */
    private static Optional<UndoStep> undoneLast(WriteTx tx, long userId) {
        List<UndoStep> undone = tx.scan(Schema.STEPS_BY_STATE, KeyRange.prefix(userId, stateCode(UndoStep.State.UNDONE)), Paging.all()).rows();
        return undone.stream().max(Comparator.comparing(UndoStep::stateAt).thenComparing(UndoStep::id, Comparator.reverseOrder()));
    }

    private static Optional<UndoStep> first(ReadTx rd, long userId, UndoStep.State state, boolean newest) {
        Paging paging = newest ? Paging.first(1).reversed() : Paging.first(1);
        List<UndoStep> rows = rd.scan(Schema.STEPS_BY_STATE, KeyRange.prefix(userId, stateCode(state)), paging).rows();
        return rows.stream().findFirst();
    }

    private static long stateCode(UndoStep.State state) {
        return Schema.stepState(state);
    }
}
