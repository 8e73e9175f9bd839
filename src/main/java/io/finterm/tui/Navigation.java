package io.finterm.tui;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Where the user is: the stack of pages, the tabs of the logged-in app (each page made once per
 * login and kept), and the overlay on top. GUI thread only.
 */
final class Navigation {
    /** A tab of the logged-in app: its key, and how to make its page. */
    record Tab(char key, String title, Function<Tui, Page> make) {
    }

    private final Tui tui;
    private final Deque<Page> pages = new ArrayDeque<>();
    private final Map<Character, Page> tabPages = new LinkedHashMap<>();
    private Overlay overlay;
    private long seenVersion;

    Navigation(Tui tui) {
        this.tui = tui;
    }

    Page page() {
        return pages.peek();
    }

    Overlay overlay() {
        return overlay;
    }

    void push(Page page) {
        pages.push(page);
        reload(page);
        tui.repaint();
    }

    /** Shows {@code page} alone, as the bottom of the stack. */
    void show(Page page) {
        pages.clear();
        push(page);
    }

    void open(Overlay o) {
        overlay = o;
        tui.repaint();
    }

    void close(Overlay o) {
        if (overlay == o) {
            overlay = null;
        }
        tui.repaint();
    }

    /** Forgets the logged-in app's pages and overlay: the user logged out, or in as someone else. */
    void forget() {
        overlay = null;
        tabPages.clear();
    }

    /** Whether the Dashboard alone is open: the one place from which there is no going back. */
    boolean atDashboard() {
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
            tui.repaint();
        } else if (tui.session() != null) {
            if (!atDashboard()) {
                show(tabPage('1'));
            }
        } else {
            tui.exit(0);
        }
    }

    List<Tab> tabs(boolean admin) {
        List<Tab> tabs = new ArrayList<>(List.of(
                new Tab('1', "Dashboard", DashboardPage::new),
                new Tab('2', "Transactions", TransactionsPage::new),
                new Tab('3', "Budgets", BudgetsPage::new),
                new Tab('4', "Analysis", AnalysisPage::new),
                new Tab('5', "Settings", AccountPage::new)));
        if (admin) {
            tabs.add(new Tab('6', "Admin", AdminPage::new));
        }
        tabs.add(new Tab('7', "Categories", CategoriesPage::new));
        tabs.add(new Tab('8', "Accounts", AccountsPage::new));
        tabs.add(new Tab('9', "Import", ImportPage::new));
        tabs.add(new Tab('0', "Schedules", SchedulesPage::new));
        return tabs;
    }

    /** The page of the tab on {@code key}, made on first use; {@code null} if no tab has that key. */
    Page tabPage(char key) {
        for (Tab tab : tui.tabs()) {
            if (tab.key() == key) {
                return tabPages.computeIfAbsent(key, k -> tab.make().apply(tui));
            }
        }
        return null;
    }

    /**
     * Another session (over SSH, say) changed the store: the open page reloads, unless the user is
     * typing into it or answering a question, so nothing they typed is lost.
     */
    void refreshIfChanged() {
        if (!storeReady()) {
            return;
        }
        Page page = pages.peek();
        if (tui.services().dataVersion() != seenVersion && overlay == null && page != null && !page.typing()) {
            reload(page);
            tui.repaint();
        }
    }

    /** Lets {@code page} load what it shows, and notes the store version it saw, so it is not loaded twice. */
    private void reload(Page page) {
        if (storeReady()) {
            seenVersion = tui.services().dataVersion();
        }
        page.shown();
    }

    private boolean storeReady() {
        var services = tui.ctx().services();
        return tui.session() != null && services.isDone() && !services.isCompletedExceptionally();
    }
}
