package io.finterm.service;

import io.finterm.domain.Transaction;
import io.finterm.domain.UndoStep;
import io.finterm.domain.User;
import io.finterm.store.WriteTx;
import java.time.Clock;

/**
 * Marks a write transaction as one undoable step of the acting person's ({@link WriteTx#recordStep}),
 * with the label that the status line shows after "Undid: ". Every service method that changes a
 * person's data calls it once, inside its write; logins, rate updates and restores do not.
 */
final class Steps {
    private final Clock clock;

    Steps(Clock clock) {
        this.clock = clock;
    }

    /** A change {@code user} made: it clears their redo steps. */
    void record(WriteTx tx, User user, String label) {
        tx.recordStep(user.id(), UndoStep.Kind.CHANGE, label, clock.instant());
    }

    /** What a schedule's catch-up posted for {@code userId}: undoable, but it does not clear their redo steps. */
    void catchUp(WriteTx tx, long userId, String label) {
        tx.recordStep(userId, UndoStep.Kind.CATCH_UP, label, clock.instant());
    }

    /** "delete of 'Rent' €1,050.00 on 2026-11-01": {@code what} of transaction {@code t}, named by its payee or description. */
    static String of(String what, Transaction t) {
        return what + " of " + named(t) + " " + t.amount().display() + " on " + t.date();
    }

    /**
     * "edit of 'Rent' €1,050.00 → €1,100.00 on 2026-11-01": an edit names the amount it changed from and to,
     * so that neither undo nor redo reads as setting the old one.
     */
    static String edit(Transaction old, Transaction changed) {
        if (old.amount().equals(changed.amount())) {
            return of("edit", old);
        }
        return "edit of " + named(old) + " " + old.amount().display() + " → " + changed.amount().display() + " on " + old.date();
    }

    /** A transaction's payee, else its description, quoted; else its number. */
    static String named(Transaction t) {
        String name = t.payeeOrDescription();
        return name.isEmpty() ? "transaction " + t.id() : "'" + name + "'";
    }
}
