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
        tui.background("catching up scheduled transactions", () -> services.schedules().catchUp(session), done -> {
            String said = sentence(done);
            if (said != null && tui.session() == session) {
                tui.say(said);
            }
            // what was posted shows at once on the open page, as another session's change would
            tui.navigation().refreshIfChanged();
        }, refused -> tui.fail(new FintermException("scheduled transactions were not caught up: " + refused.getMessage(), refused)));
    }

    /** What the status line says about {@code c}, or {@code null} when nothing was posted and nothing waits. */
    static String sentence(CatchUp c) {
        int posted = c.posted().size();
        int waiting = c.waiting().size();
        if (posted == 0 && waiting == 0) {
            return null;
        }
        String waits = waiting + (waiting == 1 ? " waits" : " wait") + " for approval (Dashboard)";
        if (posted == 0) {
            return Plural.of(waiting, "scheduled transaction") + (waiting == 1 ? " waits" : " wait") + " for approval (Dashboard)";
        }
        return "posted " + Plural.of(posted, "scheduled transaction") + (waiting == 0 ? "" : "; " + waits);
    }
}
