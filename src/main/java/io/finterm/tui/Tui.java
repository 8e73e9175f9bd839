package io.finterm.tui;

import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.graphics.SimpleTheme;
import com.googlecode.lanterna.gui2.BasicWindow;
import com.googlecode.lanterna.gui2.MultiWindowTextGUI;
import com.googlecode.lanterna.gui2.Window;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.screen.TerminalScreen;
import io.finterm.domain.FintermException;
import io.finterm.domain.Role;
import io.finterm.service.AccessDenied;
import io.finterm.service.Services;
import io.finterm.service.Session;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The full-screen app over one Lanterna {@link Screen}: a stack of pages in one window, an overlay
 * on top, the logged-in session, and an event loop that sleeps when there is nothing to do. One
 * instance per terminal, so the SSH server runs one per channel.
 */
public final class Tui {
    private static final Logger log = LoggerFactory.getLogger(Tui.class);
    private static final long IDLE_MS = 1000;
    private static final long TICK_MS = 200;

    /** A tab of the logged-in app: its key, and how to make its page. */
    record Tab(char key, String title, Function<Tui, Page> make) {
    }

    private final TuiContext ctx;
    private final Screen screen;
    private final MultiWindowTextGUI gui;
    private final Host host;
    private final Deque<Page> pages = new ArrayDeque<>();
    private final Map<Character, Page> tabPages = new LinkedHashMap<>();
    private Overlay overlay;
    private Session session;
    private String who = "";
    private boolean admin;
    private View view;
    private String ratesNote;
    private LocalDate ratesTried;
    private String message;
    /** The texts that the last paint had to shorten, which the help shows in full. */
    private List<String> cut = List.of();
    private boolean messageIsError;
    private String busy;
    private Instant lastKey;
    private volatile Integer exitCode;
    private final Semaphore work = new Semaphore(0);
    private final Session authenticated;
    private long seenVersion;
    private volatile BlockingQueue<KeyStroke> keys;

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
        this.screen = screen;
        this.gui = new Gui(screen);
        if (screen instanceof TerminalScreen terminalScreen) {
            terminalScreen.getTerminal().addResizeListener((terminal, size) -> wake());
        }
        gui.setTheme(SimpleTheme.makeTheme(false, TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT,
                TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT));
        this.host = new Host(this);
        BasicWindow window = new BasicWindow();
        window.setHints(List.of(Window.Hint.FULL_SCREEN, Window.Hint.NO_DECORATIONS, Window.Hint.NO_POST_RENDERING));
        window.setComponent(host);
        gui.addWindow(window);
        host.takeFocus();
        this.lastKey = ctx.clock().instant();
        // The login screen needs no store, so it paints at once; the store opens after that first
        // paint, and a first run (no accounts) then switches to the setup screen.
        pages.push(new LoginPage(this));
        ctx.services().whenComplete((services, error) -> later(() -> opened(services, error)));
    }

    private void opened(Services services, Throwable error) {
        if (error != null) {
            show(new ErrorPage(this, error instanceof CompletionException && error.getCause() != null ? error.getCause() : error));
        } else if (authenticated != null) {
            loggedIn(authenticated);
        } else if (!services.accounts().hasUsers() && pages.peek() instanceof LoginPage) {
            show(new SetupPage(this));
        }
    }

    /**
     * Runs until the app exits; returns the exit code. Between events the loop sleeps: a reader thread
     * blocks on the terminal and wakes it for each key, as do finished background work and a resize;
     * otherwise it wakes only for its timers (every second, or five times a second during the
     * farewell's countdown). Lanterna's own wait polls every millisecond.
     */
    public int run() {
        step();
        ctx.afterFirstPaint().run();
        keys = new LinkedBlockingQueue<>();
        Thread reader = new Thread(this::readKeys, "finterm-keys");
        reader.setDaemon(true);
        reader.start();
        while (exitCode == null) {
            if (!step() && exitCode == null) {
                try {
                    work.tryAcquire(pages.peek() instanceof Ticking ? TICK_MS : IDLE_MS, TimeUnit.MILLISECONDS);
                    work.drainPermits();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    exit(0);
                }
            }
        }
        return exitCode;
    }

    /** Takes keys from the terminal as they come, blocking in between, and wakes the loop for each. */
    private void readKeys() {
        try {
            while (true) {
                KeyStroke key = screen.readInput();
                if (key != null) {
                    keys.add(key);
                    wake();
                    if (key.getKeyType() == KeyType.EOF) {
                        return;
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            keys.add(new KeyStroke(KeyType.EOF));
            wake();
        }
    }

    private void wake() {
        work.release();
    }

    /** Runs {@code task} on the GUI thread, soon. */
    private void later(Runnable task) {
        gui.getGUIThread().invokeLater(task);
        wake();
    }

    /** The window system, reading keys from the reader thread's queue once {@link #run} has started it. */
    private final class Gui extends MultiWindowTextGUI {
        Gui(Screen screen) {
            super(screen, TextColor.ANSI.DEFAULT);
        }

        @Override
        protected synchronized KeyStroke readKeyStroke() throws IOException {
            return pollInput();
        }

        @Override
        protected KeyStroke pollInput() throws IOException {
            BlockingQueue<KeyStroke> queue = keys;
            return queue != null ? queue.poll() : super.pollInput();
        }
    }

    /** One turn of the loop: keys, finished background work, timers, and a repaint if needed. */
    boolean step() {
        try {
            tick();
            if (screen.doResizeIfNecessary() != null) {
                host.invalidate(); // the window follows the new size; the page lays itself out again
            }
            return gui.getGUIThread().processEventsAndUpdate();
        } catch (EOFException e) {
            exit(0); // the terminal went away: there is no one left to say goodbye to
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the app has finished, and with which code ({@code null} while it runs). */
    Integer exitCode() {
        return exitCode;
    }

    private void tick() {
        Instant now = ctx.clock().instant();
        if (session != null && now.isAfter(lastKey.plus(ctx.idleTimeout()))) {
            logout(true);
        }
        refreshIfChanged();
        Page top = pages.peek();
        if (top instanceof Ticking ticking && ticking.tick(now)) {
            host.invalidate();
        }
    }

    /**
     * Another session (over SSH, say) changed the store: the open page reloads, unless the user is
     * typing into it or answering a question, so nothing they typed is lost.
     */
    private void refreshIfChanged() {
        if (session == null || !ctx.services().isDone() || ctx.services().isCompletedExceptionally()) {
            return;
        }
        Page page = pages.peek();
        if (services().dataVersion() != seenVersion && overlay == null && page != null && !page.typing()) {
            reload(page);
            host.invalidate();
        }
    }

    /** Lets {@code page} load what it shows, and notes the store version it saw, so it is not loaded twice. */
    private void reload(Page page) {
        if (session != null && ctx.services().isDone() && !ctx.services().isCompletedExceptionally()) {
            seenVersion = services().dataVersion();
        }
        page.shown();
    }

    /** A page that changes with time, such as the farewell's countdown. */
    interface Ticking {
        /** Returns whether the page needs repainting. */
        boolean tick(Instant now);
    }

    void key(KeyStroke key) {
        lastKey = ctx.clock().instant();
        message = null;
        if (key.getKeyType() == KeyType.EOF) {
            exit(0);
            return;
        }
        if (key.getKeyType() == KeyType.Character && key.isCtrlDown() && key.getCharacter() == 'c') {
            overlay = null;
            if (session != null) {
                logout(false);
            } else {
                exit(0);
            }
            return;
        }
        try {
            if (overlay != null) {
                overlay.key(key);
                return;
            }
            Page page = pages.peek();
            if (page != null && page.framed() && key.getKeyType() == KeyType.F1) {
                overlay = new HelpOverlay(this, page, cut); // even where letters are typed
                return;
            }
            if (page == null || page.key(key)) {
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
        if (key.getKeyType() == KeyType.F1 || c == '?') {
            overlay = new HelpOverlay(this, page, cut);
        } else if (session != null && c == 'L') {
            logout(false);
        } else if (session != null && plain && tabPage(c) != null) {
            show(tabPage(c));
        } else if (c == 'q' && session != null && atDashboard()) {
            open(new ConfirmOverlay(this, "Log out", List.of("Log out? (y/n)"), () -> logout(false)));
        } else if (c == 'q' || key.getKeyType() == KeyType.Escape) {
            back();
        }
    }

    /** Whether the Dashboard alone is open: the one place from which there is no going back. */
    private boolean atDashboard() {
        return pages.size() == 1 && pages.peek() instanceof DashboardPage;
    }

    /**
     * Back one page: from a sub-screen to the screen it came from, from a top screen to the Dashboard,
     * and on the Dashboard nowhere (logging out is {@code L}, or {@code q} and a yes). Before login, quit.
     */
    void back() {
        if (pages.size() > 1) {
            pages.pop();
            reload(pages.peek());
            host.invalidate();
        } else if (session != null) {
            if (!atDashboard()) {
                show(tabPage('1'));
            }
        } else {
            exit(0);
        }
    }

    // ---- pages and overlays

    Page page() {
        return pages.peek();
    }

    Overlay overlay() {
        return overlay;
    }

    void push(Page page) {
        pages.push(page);
        reload(page);
        host.invalidate();
    }

    /** Shows {@code page} alone, as the bottom of the stack. */
    void show(Page page) {
        pages.clear();
        push(page);
    }

    void open(Overlay o) {
        overlay = o;
        host.invalidate();
    }

    void close(Overlay o) {
        if (overlay == o) {
            overlay = null;
        }
        host.invalidate();
    }

    List<Tab> tabs() {
        List<Tab> tabs = new ArrayList<>(List.of(
                new Tab('1', "Dashboard", DashboardPage::new),
                new Tab('2', "Transactions", TransactionsPage::new),
                new Tab('3', "Budgets", BudgetsPage::new),
                new Tab('4', "Analysis", AnalysisPage::new),
                new Tab('5', "Account", AccountPage::new)));
        if (admin) {
            tabs.add(new Tab('6', "Admin", AdminPage::new));
        }
        tabs.add(new Tab('7', "Categories", CategoriesPage::new));
        return tabs;
    }

    private Page tabPage(char key) {
        for (Tab tab : tabs()) {
            if (tab.key() == key) {
                return tabPages.computeIfAbsent(key, k -> tab.make().apply(this));
            }
        }
        return null;
    }

    // ---- the session

    void loggedIn(Session s) {
        this.session = s;
        var profile = services().accounts().profile(s);
        this.who = profile.username();
        this.admin = profile.role() == Role.ADMIN;
        this.view = new View(today());
        tabPages.clear();
        lastKey = ctx.clock().instant();
        show(tabPage('1'));
        noteRates();
        if (ctx.refreshRates() && !today().equals(ratesTried)
                && services().rates().newestRate().map(d -> d.isBefore(today().minusDays(1))).orElse(true)) {
            ratesTried = today();
            updateRates();
        }
    }

    /** Fetches the newest ECB rates in the background; without a network, says so and carries on. */
    void updateRates() {
        background("fetching exchange rates", () -> services().rates().updateRates(false), stored -> {
            noteRates(); // the open page reloads itself: the store changed
            say("exchange rates: " + stored.added() + " new, newest " + stored.newest());
        });
    }

    /** The date of the newest stored rate, for the status line. */
    void noteRates() {
        ratesNote = services().rates().newestRate().map(d -> "rates of " + d).orElse(null);
    }

    String ratesNote() {
        return ratesNote;
    }

    Session session() {
        return session;
    }

    String who() {
        return who;
    }

    View view() {
        return view;
    }

    LocalDate today() {
        return LocalDate.now(ctx.clock());
    }

    /** Ends the session and shows the farewell, which exits when it is done. */
    void logout(boolean idle) {
        logout(idle ? "You were logged out after " + Formats.count(ctx.idleTimeout().toMinutes(), "minute") + " without a key press." : null);
    }

    private void logout(String why) {
        Session s = session;
        session = null;
        overlay = null;
        tabPages.clear();
        services().accounts().logout(s);
        show(new FarewellPage(this, who, why, ctx.farewellSeconds(), ctx.clock().instant()));
    }

    /** The server is stopping: say so with the farewell, from any thread, and exit when it is done. */
    public void shutDown() {
        later(() -> {
            if (session != null) {
                logout("The server is shutting down.");
            } else {
                exit(0);
            }
        });
    }

    void exit(int code) {
        exitCode = code;
    }

    /** Ends the app from another thread (the SSH channel closed): the loop stops at its next turn. */
    public void close() {
        if (session != null) {
            services().accounts().logout(session);
        }
        exitCode = 0;
        wake();
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
        Page page = pages.peek();
        if (page != null && page.refused(e)) {
            host.invalidate();
            return;
        }
        if (e instanceof AccessDenied && session != null && session.ended() != null) {
            switch (session.ended()) {
                case IDLE -> logout(true);
                case ACCOUNT_REMOVED -> logout("Your account was removed by an administrator.");
                default -> logout(false);
            }
            return;
        }
        if (e instanceof FintermException) {
            message = e.getMessage();
        } else {
            log.error("unexpected error", e);
            message = "unexpected error: " + e.getClass().getSimpleName() + " (details are in the log)";
        }
        messageIsError = true;
        host.invalidate();
    }

    /** Runs {@code work} off the GUI thread, then {@code done} with its result on the GUI thread. */
    <T> void background(String what, Callable<T> work, Consumer<T> done) {
        busy = what;
        host.invalidate();
        ctx.background().execute(() -> {
            try {
                T result = work.call();
                later(() -> {
                    busy = null;
                    done.accept(result);
                    host.invalidate();
                });
            } catch (Exception e) {
                later(() -> {
                    busy = null;
                    fail(e);
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
