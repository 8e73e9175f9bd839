package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import io.finterm.domain.FintermException;
import io.finterm.domain.Plural;
import io.finterm.service.AccessDenied;
import io.finterm.service.Services;
import io.finterm.service.Session;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-screen app over one Lanterna {@link Screen}: what pages talk to. It hands each key to the
 * overlay, the page or the keys every page shares, shows messages, and runs long work off the GUI
 * thread. Its parts each keep one job: the {@link EventLoop} and its threads, the
 * {@link Navigation} between pages, and the {@link UserSession}. One instance per terminal, so the
 * SSH server runs one per channel.
 */
public final class Tui {
    private static final Logger log = LoggerFactory.getLogger(Tui.class);

    private final TuiContext ctx;
    private final Host host;
    private final EventLoop loop;
    private final Navigation navigation;
    private final UserSession user;
    private final UndoKeys undo = new UndoKeys(this);
    private final Session authenticated;
    private String message;
    private boolean messageIsError;
    /** The texts that the last paint had to shorten, which the help shows in full. */
    private List<String> cut = List.of();
    private String busy;

    public Tui(Screen screen, TuiContext ctx) {
        this(screen, ctx, null);
    }

    /**
     * The app for a user who has already authenticated (over SSH, by password or key): it opens on
     * their dashboard, with no second login screen.
     */
    public Tui(Screen screen, TuiContext ctx, Session authenticated) {
        this.authenticated = authenticated;
        this.ctx = ctx;
        this.host = new Host(this);
        this.navigation = new Navigation(this);
        this.user = new UserSession(this);
        this.loop = new EventLoop(screen, host, new EventLoop.Turn() {
            @Override
            public void tick() {
                Tui.this.tick();
            }

            @Override
            public boolean ticking() {
                return navigation.page() instanceof Ticking;
            }

            @Override
            public void resized() {
                host.invalidate(); // the window follows the new size; the page lays itself out again
            }
        });
        // The login screen needs no store, so it paints at once; the store opens after that first
        // paint, and a first run (no accounts) then switches to the setup screen.
        navigation.push(new LoginPage(this));
        ctx.services().whenComplete((services, error) -> loop.later(() -> opened(services, error)));
    }

    private void opened(Services services, Throwable error) {
        if (error != null) {
            show(new ErrorPage(this, error instanceof CompletionException && error.getCause() != null ? error.getCause() : error));
        } else if (authenticated != null) {
            loggedIn(authenticated);
        } else if (!services.accounts().hasUsers() && page() instanceof LoginPage) {
            show(new SetupPage(this));
        }
    }

    /** Runs until the app exits, on the calling thread, which becomes the GUI thread; returns the exit code. */
    public int run() {
        return loop.run(ctx.afterFirstPaint());
    }

    /** One turn of the loop: keys, finished background work, timers, and a repaint if needed. */
    boolean step() {
        return loop.step();
    }

    /** Whether the app has finished, and with which code ({@code null} while it runs). */
    Integer exitCode() {
        return loop.exitCode();
    }

    private void tick() {
        Instant now = ctx.clock().instant();
        if (user.idle(now)) {
            logout(true);
        }
        navigation.refreshIfChanged();
        if (page() instanceof Ticking ticking && ticking.tick(now)) {
            host.invalidate();
        }
    }

    void key(KeyStroke key) {
        user.touched();
        message = null;
        if (key.getKeyType() == KeyType.EOF) {
            exit(0);
            return;
        }
        if (key.getKeyType() == KeyType.Character && key.isCtrlDown() && key.getCharacter() == 'c') {
            navigation.close(overlay());
            if (session() != null) {
                logout(false);
            } else {
                exit(0);
            }
            return;
        }
        try {
            if (overlay() != null) {
                overlay().key(key);
                return;
            }
            Page page = page();
            if (page != null && page.framed() && key.getKeyType() == KeyType.F1) {
                open(new HelpOverlay(this, page, cut)); // even where letters are typed
                return;
            }
            // Ctrl-Z and Ctrl-Y come before the page: no page has them, and a form must not swallow them silently
            if (page == null || undo.control(key, page) || page.key(key)) {
                return;
            }
            global(key, page);
        } catch (RuntimeException e) {
            fail(e); // one line on the screen, the stack trace in the log, and the app goes on
        }
    }

    /** The keys every logged-in page shares. */
    private void global(KeyStroke key, Page page) {
        boolean plain = key.getKeyType() == KeyType.Character && !key.isCtrlDown() && !key.isAltDown();
        char c = plain ? key.getCharacter() : 0;
        boolean in = session() != null;
        if (key.getKeyType() == KeyType.F1 || c == '?') {
            open(new HelpOverlay(this, page, cut));
        } else if (in && c == 'L') {
            logout(false);
        } else if (in && plain && navigation.tabPage(c) != null) {
            show(navigation.tabPage(c));
        } else if (c == 'q' && in && navigation.atDashboard()) {
            open(new ConfirmOverlay(this, "Log out", List.of("Log out? (y/n)"), () -> logout(false)));
        } else if (c == 'q' || key.getKeyType() == KeyType.Escape) {
            back();
        } else if (in && plain) {
            undo.letter(c, page); // z undoes, Z redoes: letters that no screen uses
        }
    }

    // ---- pages and overlays: see Navigation

    Navigation navigation() {
        return navigation;
    }

    void back() {
        navigation.back();
    }

    Page page() {
        return navigation.page();
    }

    Overlay overlay() {
        return navigation.overlay();
    }

    void push(Page page) {
        navigation.push(page);
    }

    /** Shows {@code page} alone, as the bottom of the stack. */
    void show(Page page) {
        navigation.show(page);
    }

    void open(Overlay o) {
        navigation.open(o);
    }

    void close(Overlay o) {
        navigation.close(o);
    }

    List<Navigation.Tab> tabs() {
        return navigation.tabs(user.admin());
    }

    // ---- the session: see UserSession

    void loggedIn(Session s) {
        user.loggedIn(s);
    }

    /** Fetches the newest ECB rates in the background; without a network, says so and carries on. */
    void updateRates() {
        background("fetching exchange rates", () -> services().rates().updateRates(false), stored -> {
            user.noteRates(); // the open page reloads itself: the store changed
            say("exchange rates: " + stored.added() + " new, newest " + stored.newest());
        });
    }

    String ratesNote() {
        return user.ratesNote();
    }

    /** The logged-in session, or {@code null}; safe from any thread. */
    Session session() {
        return user.current();
    }

    String who() {
        return user.who();
    }

    View view() {
        return user.view();
    }

    /** The account last entered into in this session, or {@code null}: the entry form starts there. */
    String lastAccount() {
        return user.lastAccount();
    }

    void lastAccount(String name) {
        user.lastAccount(name);
    }

    LocalDate today() {
        return LocalDate.now(ctx.clock());
    }

    /** Ends the session and shows the farewell, which exits when it is done. */
    void logout(boolean idle) {
        user.logout(idle ? "You were logged out after " + Plural.of(ctx.idleTimeout().toMinutes(), "minute") + " without a key press." : null);
    }

    /** The server is stopping: say so with the farewell, from any thread, and exit when it is done. */
    public void shutDown() {
        loop.later(() -> {
            if (session() != null) {
                user.logout("The server is shutting down.");
            } else {
                exit(0);
            }
        });
    }

    void exit(int code) {
        loop.stop(code);
    }

    /** Ends the app from another thread (the SSH channel closed): the loop stops at its next turn. */
    public void close() {
        user.close();
        loop.stop(0);
    }

    // ---- messages and background work

    String message() {
        return message;
    }

    boolean messageIsError() {
        return messageIsError;
    }

    String busy() {
        return busy;
    }

    /** The texts the last paint shortened. */
    void cut(List<String> texts) {
        cut = List.copyOf(texts);
    }

    void say(String text) {
        message = text;
        messageIsError = false;
        host.invalidate();
    }

    /** Shows what went wrong in one line; a session that ended sends the user to the farewell. */
    void fail(Throwable e) {
        Page page = page();
        if (page != null && page.refused(e)) {
            host.invalidate();
            return;
        }
        Session session = session();
        if (e instanceof AccessDenied && session != null && session.ended() != null) {
            switch (session.ended()) {
                case IDLE -> logout(true);
                case ACCOUNT_REMOVED -> user.logout("Your account was removed by an administrator.");
                default -> logout(false);
            }
            return;
        }
        if (!(e instanceof FintermException)) {
            log.error("unexpected error", e);
        }
        message = sentence(e);
        messageIsError = true;
        host.invalidate();
    }

    /**
     * What a person is told about {@code e}: the message of one of finterm's own errors, which is
     * written for them, and otherwise only which kind of error it was (the details go to the log).
     */
    static String sentence(Throwable e) {
        return e instanceof FintermException ? e.getMessage() : "unexpected error: " + e.getClass().getSimpleName() + " (details are in the log)";
    }

    /** Runs {@code work} off the GUI thread, then {@code done} with its result on the GUI thread. */
    <T> void background(String what, Callable<T> work, Consumer<T> done) {
        background(what, work, done, this::fail);
    }

    /**
     * As {@link #background(String, Callable, Consumer)}, with {@code refused} hearing one of finterm's
     * own errors on the GUI thread (a file that does not read, say), for the page to show where it belongs.
     */
    <T> void background(String what, Callable<T> work, Consumer<T> done, Consumer<FintermException> refused) {
        background(what, work, done, refused, () -> { });
    }

    /**
     * As {@link #background(String, Callable, Consumer, Consumer)}, with {@code settled} run on the GUI thread first
     * however the work ended (done, refused or failed), for a page that must know when nothing is in flight any more.
     */
    <T> void background(String what, Callable<T> work, Consumer<T> done, Consumer<FintermException> refused, Runnable settled) {
        busy = what;
        host.invalidate();
        ctx.background().execute(() -> {
            try {
                T result = work.call();
                loop.later(() -> {
                    busy = null;
                    settled.run();
                    done.accept(result);
                    host.invalidate();
                });
            } catch (Exception e) {
                loop.later(() -> {
                    busy = null;
                    settled.run();
                    if (e instanceof FintermException refusal && !(e instanceof AccessDenied)) {
                        refused.accept(refusal);
                        host.invalidate();
                    } else {
                        fail(e);
                    }
                });
            }
        });
    }

    void repaint() {
        host.invalidate();
    }

    TuiContext ctx() {
        return ctx;
    }

    /** The services, waiting for the store to open if it has not yet. */
    Services services() {
        return ctx.services().join();
    }

    boolean ascii() {
        return ctx.ascii();
    }
}
