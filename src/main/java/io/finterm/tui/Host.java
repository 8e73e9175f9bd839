package io.finterm.tui;

import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.gui2.AbstractInteractableComponent;
import com.googlecode.lanterna.gui2.InteractableRenderer;
import com.googlecode.lanterna.gui2.TextGUIGraphics;
import com.googlecode.lanterna.input.KeyStroke;
import java.util.List;
import org.slf4j.LoggerFactory;

/**
 * The one component of the one full-screen window: it draws the top page inside the app's frame
 * (tab bar, status line), then any overlay, and hands every key to the {@link Tui}. Below 80×24 it
 * shows only a request to enlarge the terminal.
 */
final class Host extends AbstractInteractableComponent<Host> {
    static final int MIN_COLUMNS = 80;
    static final int MIN_ROWS = 24;

    private final Tui tui;
    private TerminalPosition cursor;

    Host(Tui tui) {
        this.tui = tui;
    }

    @Override
    protected Result handleKeyStroke(KeyStroke key) {
        tui.key(key);
        invalidate();
        return Result.HANDLED;
    }

    @Override
    protected InteractableRenderer<Host> createDefaultRenderer() {
        return new InteractableRenderer<>() {
            @Override
            public TerminalSize getPreferredSize(Host host) {
                return new TerminalSize(MIN_COLUMNS, MIN_ROWS);
            }

            @Override
            public void drawComponent(TextGUIGraphics graphics, Host host) {
                List<String> cut = new java.util.ArrayList<>();
                Painter painter = new Painter(graphics, tui.ascii(), cut::add);
                try {
                    cursor = paint(painter);
                    if (!(tui.overlay() instanceof HelpOverlay)) {
                        tui.cut(cut);
                    }
                } catch (RuntimeException e) {
                    // A page that cannot draw must not take the terminal down with a stack trace.
                    LoggerFactory.getLogger(Host.class).error("drawing failed", e);
                    cursor = null;
                    painter.clear().text(1, 1, "This screen could not be drawn (the details are in the log). q goes back.", Style.ERROR);
                }
            }

            @Override
            public TerminalPosition getCursorLocation(Host host) {
                return cursor;
            }
        };
    }

    /** Draws everything; returns where the caret goes, or {@code null}. */
    private TerminalPosition paint(Painter screen) {
        screen.clear();
        if (screen.width() < MIN_COLUMNS || screen.height() < MIN_ROWS) {
            screen.centre(screen.height() / 2 - 1, "Please enlarge the terminal", Style.BOLD);
            screen.centre(screen.height() / 2, "to at least " + MIN_COLUMNS + "×" + MIN_ROWS + " (it is "
                    + screen.width() + "×" + screen.height() + ")", Style.NORMAL);
            return null;
        }
        Page page = tui.page();
        TerminalPosition at = null;
        if (page != null) {
            int top = page.framed() ? 1 : 0;
            int bottom = page.framed() ? 1 : 0;
            if (page.framed()) {
                tabs(screen, page);
            }
            Painter area = screen.area(0, top, screen.width(), screen.height() - top - bottom);
            page.draw(area);
            if (page.framed()) {
                status(screen, page); // after the page: a long message wraps onto the page's last line
            }
            TerminalPosition c = page.cursor();
            at = c == null ? null : c.withRelativeRow(top);
        }
        Overlay overlay = tui.overlay();
        if (overlay != null) {
            int w = Math.min(screen.width() - 4, 72);
            int h = screen.height() - 4;
            Painter box = screen.area((screen.width() - w) / 2, 2, w, h);
            overlay.draw(box);
            TerminalPosition c = overlay.cursor();
            at = c == null ? null : c.withRelative((screen.width() - w) / 2, 2);
        }
        return at;
    }

    /**
     * The tab bar: the brand and every screen by key and name; where that does not fit beside the
     * user's name, the brand goes, then the screens not shown are shown by their key alone: a name cut
     * to a few letters and an ellipsis names nothing. The help lists them in full.
     */
    private void tabs(Painter screen, Page current) {
        String who = tui.who() + " ";
        int room = screen.width() - who.length() - 1;
        List<Navigation.Tab> tabs = tui.tabs();
        String brand = " finterm ";
        boolean named = true;
        if (brand.length() + tabsWidth(tabs, current, true) > room) {
            brand = "";
            named = tabsWidth(tabs, current, true) <= room;
        }
        screen.text(0, 0, brand, Style.TITLE);
        int col = brand.length();
        for (Navigation.Tab tab : tabs) {
            String label = label(tab, current, named);
            screen.text(col, 0, label, tab.title().equals(current.title()) ? Style.REVERSE : Style.NORMAL);
            col += label.length();
        }
        screen.right(0, who, Style.MUTED);
    }

    /** A screen's key and name; a screen not shown goes by its key alone unless {@code named}. */
    private static String label(Navigation.Tab tab, Page current, boolean named) {
        boolean shown = tab.title().equals(current.title());
        return shown || named ? " " + tab.key() + " " + tab.title() + " " : " " + tab.key() + " ";
    }

    private static int tabsWidth(List<Navigation.Tab> tabs, Page current, boolean named) {
        int width = 0;
        for (Navigation.Tab tab : tabs) {
            width += label(tab, current, named).length();
        }
        return width;
    }

    /**
     * A message on the status line; a long one wraps onto the line above, and one longer still ends at a
     * word with an ellipsis and a pointer to the help, which shows it in full.
     */
    private void message(Painter screen, int row, String message, Style style) {
        int lines = Math.min(2, Formats.wrap(message, screen.width() - 2).size());
        for (int i = 0; i < lines; i++) {
            screen.text(0, row - i, " ".repeat(screen.width()), Style.NORMAL);
        }
        screen.wrapped(1, row - lines + 1, message, style, 2);
    }

    private void status(Painter screen, Page page) {
        int row = screen.height() - 1;
        String message = tui.message();
        if (message != null) {
            message(screen, row, message, tui.messageIsError() ? Style.ERROR : Style.BOLD);
        } else if (tui.busy() != null) {
            screen.text(0, row, " " + tui.busy() + "…", Style.MUTED);
        } else {
            String hints = " " + page.hints() + "  ? help  L log out";
            String undo = " " + page.hints() + "  " + UndoKeys.HINT + "  ? help  L log out";
            if (tui.session() != null && !page.typing() && undo.length() < screen.width()) {
                hints = undo; // where it fits: the help lists it always
            }
            screen.wrapped(0, row, hints, Style.MUTED, 1);
            if (tui.ratesNote() != null && hints.length() + tui.ratesNote().length() + 3 <= screen.width()) {
                screen.right(row, tui.ratesNote() + " ", Style.MUTED);
            }
        }
    }
}
