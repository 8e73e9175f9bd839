package io.finterm.tui;

import io.finterm.domain.FintermException;
import io.finterm.domain.Plural;
import io.finterm.service.CatchUp;
import io.finterm.service.Session;

/**
 * The schedules' catch-up when someone logs in: what fell due since they last opened their data is
 * handled off the GUI thread (automatic occurrences posted, the others left waiting), and the status
 * line says what happened in one sentence: {@code posted 2 scheduled transactions; 1 waits for
 * approval (Dashboard)}. Nothing is said when nothing happened; a refusal is one sentence too.
 */
final class LoginCatchUp {
    private LoginCatchUp() {
    }

    static void start(Tui tui, Session session) {
        var services = tui.services();
        // Only a refusal (one of finterm's own errors) comes to the last handler, and it becomes one sentence here,
        // never claimed by the open page as a field's error. Tui.background hands an AccessDenied (a session that went
        // idle or was removed) and an internal error to Tui.fail as they are: the way out, or the log and the generic line.
        tui.background("catching up scheduled transactions", () -> services.schedules().catchUp(session), done -> {
            String said = sentence(done);
            if (said != null && tui.session() == session) {
                tui.say(said);
            }
            // what was posted shows at once on the open page, as another session's change would
            tui.navigation().refreshIfChanged();
        }, refused -> {
            if (tui.session() == session) {
                tui.fail(new FintermException(refusal(refused), refused));
            }
        });
    }

    /** What the status line says when the catch-up was refused: that it did not happen, why, and that nothing else is affected. */
    static String refusal(FintermException e) {
        // the reassurance comes before the reason, which may be long enough for a narrow status line to cut
        String why = e.getMessage() == null || e.getMessage().isBlank() ? "" : ": " + e.getMessage();
        return "scheduled transactions were not caught up (the rest of finterm works as usual)" + why;
    }

    /** What the status line says about {@code c}, or {@code null} when nothing was posted and nothing waits. */
    static String sentence(CatchUp c) {
        int posted = c.posted().size();
        int waiting = c.waiting().size();
        if (posted == 0 && waiting == 0) {
            return null;
        }
        String waits = (waiting == 1 ? " waits" : " wait") + " for approval (Dashboard)";
        if (posted == 0) {
            return Plural.of(waiting, "scheduled transaction") + waits;
        }
        // after what was posted the noun is understood: "posted 1 scheduled transaction; 2 wait for approval"
        return "posted " + Plural.of(posted, "scheduled transaction") + (waiting == 0 ? "" : "; " + waiting + waits);
    }
}
