package io.finterm.tui;

import io.finterm.domain.Role;
import io.finterm.service.Session;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Who is logged in to one app, from login to farewell: the service session, the user's name and
 * role, the period they look at, when they last pressed a key, and the exchange rates' status.
 *
 * <p>The session is handed between threads: the GUI thread logs in and out, while the SSH channel
 * closes the app from its own thread. Both go through one lock, and a close is final, so a login
 * that the GUI thread finishes after the channel has gone ends at once instead of staying live.
 * Everything else here belongs to the GUI thread.
 */
final class UserSession {
    private final Tui tui;
    private final Object lock = new Object();
    private Session session; // guarded by lock
    private boolean closed; // guarded by lock
    private String who = "";
    private boolean admin;
    private View view;
    private Instant lastKey;
    private String ratesNote;
    private LocalDate ratesTried;
    /** The account the user last entered a transaction into, this login; the entry form starts there. */
    private String lastAccount;

    UserSession(Tui tui) {
        this.tui = tui;
        this.lastKey = tui.ctx().clock().instant();
    }

    /** The session, or {@code null} before login, after logout and once the app is closed; from any thread. */
    Session current() {
        synchronized (lock) {
            return session;
        }
    }

    /** Takes {@code s} as the current session; returns {@code false} (and takes nothing) once the app is closed. */
    private boolean take(Session s) {
        synchronized (lock) {
            if (closed) {
                return false;
            }
            session = s;
            return true;
        }
    }

    /** Gives up the current session, so that only one caller logs it out. */
    private Session release(boolean close) {
        synchronized (lock) {
            closed |= close;
            Session s = session;
            session = null;
            return s;
        }
    }

    void loggedIn(Session s) {
        if (!take(s)) {
            tui.services().accounts().logout(s); // the terminal went away while the login finished
            return;
        }
        var profile = tui.services().accounts().profile(s);
        this.who = profile.username();
        this.admin = profile.role() == Role.ADMIN;
        this.view = new View(tui.today());
        this.lastAccount = null;
        tui.navigation().forget();
        lastKey = tui.ctx().clock().instant();
        tui.show(tui.navigation().tabPage('1'));
        LoginCatchUp.start(tui, s); // the schedules' occurrences that fell due since the last visit, in the background
        noteRates();
        if (tui.ctx().refreshRates() && tui.services().rates().refreshDue(ratesTried)) {
            ratesTried = tui.today();
            tui.updateRates();
        }
    }

    /** Ends the session and shows the farewell, which exits when it is done. */
    void logout(String why) {
        Session s = release(false);
        tui.navigation().forget();
        tui.services().accounts().logout(s);
        tui.show(new FarewellPage(tui, who, why, tui.ctx().farewellSeconds(), tui.ctx().clock().instant()));
    }

    /** The app is closing from another thread: the session ends now, and no later login takes hold. */
    void close() {
        Session s = release(true);
        if (s != null) {
            tui.services().accounts().logout(s);
        }
    }

    /** A key was pressed: the idle timer starts again. */
    void touched() {
        lastKey = tui.ctx().clock().instant();
    }

    /** Whether a logged-in user has pressed no key for the idle timeout. */
    boolean idle(Instant now) {
        return current() != null && now.isAfter(lastKey.plus(tui.ctx().idleTimeout()));
    }

    /** The date of the newest stored rate, for the status line. */
    void noteRates() {
        ratesNote = tui.services().rates().newestRate().map(d -> "rates of " + d).orElse(null);
    }

    String ratesNote() {
        return ratesNote;
    }

    String who() {
        return who;
    }

    boolean admin() {
        return admin;
    }

    View view() {
        return view;
    }

    String lastAccount() {
        return lastAccount;
    }

    void lastAccount(String name) {
        lastAccount = name;
    }
}
