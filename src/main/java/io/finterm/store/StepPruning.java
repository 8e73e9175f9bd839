package io.finterm.store;

import io.finterm.domain.UndoStep;
import io.finterm.domain.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Removes the undo steps that retention no longer keeps, with their row images: every DISCARDED step
 * (a later change cleared it from redo), and each user's steps beyond both the newest {@code keepSteps}
 * and those made since {@code keepSince}, whichever keeps more. It works in write transactions of at
 * most {@code chunkRows} deleted rows, so that a step of a million rows (an import) never sits in
 * memory at once. A step is marked DISCARDED in the first transaction that touches it: a crash between
 * two of them leaves a step that can no longer be undone, whose remaining rows the next run removes.
 * Pruning is no step itself.
 */
public final class StepPruning {
    /** Rows deleted per write transaction. */
    public static final int CHUNK_ROWS = 50_000;
    /** Steps read per page while looking for what goes. */
    private static final int PAGE = 512;

    /** What a run removed: steps, and their rows' images. */
    public record Pruned(long steps, long changes) {
        Pruned plus(Pruned o) {
            return new Pruned(steps + o.steps, changes + o.changes);
        }
    }

    private final Store store;
    private final int chunkRows;

    public StepPruning(Store store) {
        this(store, CHUNK_ROWS);
    }

    /** With smaller transactions, for a test to see a step removed over several of them. */
    public StepPruning(Store store, int chunkRows) {
        if (chunkRows < 1) {
            throw new IllegalArgumentException("chunkRows must be 1 or more, not " + chunkRows);
        }
        this.store = store;
        this.chunkRows = chunkRows;
    }

    /**
     * What a run means to remove: per user, the steps that were beyond retention when it was read. It is
     * only a plan: each write of {@link #carryOut} checks every step again, since an undo, a redo or a new
     * change may land between the read and the writes. Only this class makes one.
     */
    public static final class Plan {
        private final int keepSteps;
        private final Instant keepSince;
        private final Map<Long, List<Long>> byUser;

        private Plan(int keepSteps, Instant keepSince, Map<Long, List<Long>> byUser) {
            this.keepSteps = keepSteps;
            this.keepSince = keepSince;
            this.byUser = byUser;
        }

        /** How many steps the plan would remove, if nothing changed before its writes. */
        public long steps() {
            return byUser.values().stream().mapToLong(List::size).sum();
        }
    }

    /** Prunes every user's steps; see the class comment for the rule. */
    public Pruned prune(int keepSteps, Instant keepSince) {
        return carryOut(plan(keepSteps, keepSince));
    }

    /**
     * Reads which steps go for each user (see {@link #beyondRetention}) without removing any. Split from
     * {@link #carryOut} so that a test can put an undo between the two, as a server's session may.
     */
    public Plan plan(int keepSteps, Instant keepSince) {
        if (keepSteps < 0) {
            throw new IllegalArgumentException("keepSteps must be 0 or more, not " + keepSteps);
        }
        List<Long> users = store.read(rd -> {
            List<Long> ids = new ArrayList<>();
            rd.forEach(Schema.USERS, (User u) -> ids.add(u.id()));
            return ids;
        });
        Map<Long, List<Long>> byUser = new LinkedHashMap<>();
        for (long user : users) {
            List<Long> gone = store.read(rd -> anythingGoes(rd, user, keepSteps, keepSince)
                    ? beyondRetention(rd, user, keepSteps, keepSince) : List.<Long>of());
            if (!gone.isEmpty()) {
                byUser.put(user, gone);
            }
        }
        return new Plan(keepSteps, keepSince, byUser);
    }

    /** Removes what {@code plan} named and is still beyond retention when each write comes; see {@link #remove}. */
    public Pruned carryOut(Plan plan) {
        Pruned total = new Pruned(0, 0);
        for (Map.Entry<Long, List<Long>> e : plan.byUser.entrySet()) {
            total = total.plus(remove(e.getKey(), e.getValue(), plan.keepSteps, plan.keepSince));
        }
        return total;
    }

    /**
     * Whether {@link #beyondRetention} can find anything, read from a step or two instead of the whole
     * history: this runs at every start. Something goes only if a step is DISCARDED, or if the user has
     * more than {@code keepSteps} steps and the oldest was made before {@code keepSince}.
     */
    private static boolean anythingGoes(ReadTx rd, long userId, int keepSteps, Instant keepSince) {
        KeyRange discarded = KeyRange.prefix(userId, Schema.stepState(UndoStep.State.DISCARDED));
        if (!rd.scan(Schema.STEPS_BY_STATE, discarded, Paging.first(1)).rows().isEmpty()) {
            return true;
        }
        List<UndoStep> oldest = rd.scan(Schema.STEPS_BY_USER, KeyRange.prefix(userId), Paging.first(1)).rows();
        return !oldest.isEmpty() && oldest.get(0).at().isBefore(keepSince)
                && rd.count(Schema.STEPS_BY_USER, KeyRange.prefix(userId)) > keepSteps;
    }

    /**
     * The user's steps that go, oldest first: the DISCARDED ones, and, walking from the newest, every
     * step older than the first one that is neither among the newest {@code keepSteps} nor made since
     * {@code keepSince} (that one included). Retention is a prefix of the history, so undo never meets a
     * gap. An UNDONE step stays, and so does every step after the oldest of them: redo applies the
     * oldest undone step first, and a gap there would make it skip one.
     */
    static List<Long> beyondRetention(ReadTx rd, long userId, int keepSteps, Instant keepSince) {
        List<Long> gone = new ArrayList<>();
        long oldestUndone = rd.scan(Schema.STEPS_BY_STATE, KeyRange.prefix(userId, Schema.stepState(UndoStep.State.UNDONE)), Paging.first(1))
                .rows().stream().mapToLong(UndoStep::id).findFirst().orElse(Long.MAX_VALUE);
        Paging paging = Paging.first(PAGE).reversed();
        long kept = 0;
        boolean past = false;
        while (true) {
            Page<UndoStep> page = rd.scan(Schema.STEPS_BY_USER, KeyRange.prefix(userId), paging);
            for (UndoStep s : page.rows()) {
                if (s.state() == UndoStep.State.DISCARDED) {
                    gone.add(s.id());
                    continue;
                }
                past |= kept >= keepSteps && s.at().isBefore(keepSince);
                if (past && s.id() < oldestUndone) {
                    gone.add(s.id());
                } else {
                    kept++;
                }
            }
            if (!page.hasMore()) {
                break;
            }
            paging = paging.after(page.lastKey());
        }
        gone.sort(null);
        return gone;
    }

    /**
     * Removes {@code steps} of {@code userId} with their images, in transactions of at most {@code chunkRows}
     * deleted rows. The plan was read before these writes, and an undo may have come in between: each write
     * reads the user's retention again and removes a planned step only if it still goes (DISCARDED, or DONE
     * and beyond retention), never an UNDONE one, which would leave a gap in the middle of the redo chain.
     * A step skipped here stays for the next run to judge.
     */
    private Pruned remove(long userId, List<Long> steps, int keepSteps, Instant keepSince) {
        int[] next = {0};
        long[] removed = {0, 0};
        while (next[0] < steps.size()) {
            store.write(tx -> {
                // read in this write, so nothing can change between the check and the deletes
                Set<Long> stillGoing = new HashSet<>(beyondRetention(tx, userId, keepSteps, keepSince));
                int budget = chunkRows;
                while (budget > 0 && next[0] < steps.size()) {
                    long id = steps.get(next[0]);
                    UndoStep step = tx.get(Schema.STEPS, id).orElse(null);
                    if (step == null || step.userId() != userId || step.state() == UndoStep.State.UNDONE || !stillGoing.contains(id)) {
                        next[0]++;
                        continue;
                    }
                    if (step.state() != UndoStep.State.DISCARDED) {
                        tx.update(Schema.STEPS, step.in(UndoStep.State.DISCARDED, step.stateAt()));
                    }
                    Page<StepChange> changes = tx.scan(Schema.CHANGES_BY_STEP, KeyRange.prefix(id), Paging.first(budget));
                    for (StepChange c : changes.rows()) {
                        tx.delete(Schema.STEP_CHANGES, c.id());
                    }
                    budget -= changes.rows().size();
                    removed[1] += changes.rows().size();
                    if (changes.hasMore()) {
                        break; // the rest of this step's rows in the next transaction, where it is DISCARDED and still goes
                    }
                    tx.delete(Schema.STEPS, id);
                    removed[0]++;
                    budget--;
                    next[0]++;
                }
                return null;
            });
        }
        return new Pruned(removed[0], removed[1]);
    }
}
