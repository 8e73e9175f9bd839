package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Goodbye by name, the data is saved, and a countdown to exit; any key skips it. */
final class FarewellPage extends Page implements Ticking {
    private final String name;
    private final String why;
    private final Instant started;
    private final int seconds;
    private long left;

    /** {@code why} is shown above the goodbye when the logout was not the user's own (idle, shutdown), else {@code null}. */
    FarewellPage(Tui tui, String name, String why, int seconds, Instant started) {
        super(tui);
        this.name = name;
        this.why = why;
        this.seconds = seconds;
        this.started = started;
        this.left = seconds;
        if (seconds <= 0) {
            tui.exit(0);
        }
    }

    @Override
    String title() {
        return "Goodbye";
    }

    @Override
    boolean framed() {
        return false;
    }

    @Override
    public boolean tick(Instant now) {
        long remaining = seconds - Duration.between(started, now).toSeconds();
        if (remaining <= 0) {
            tui.exit(0);
        }
        boolean changed = remaining != left;
        left = Math.max(0, remaining);
        return changed;
    }

    @Override
    boolean key(KeyStroke key) {
        tui.exit(0);
        return true;
    }

    @Override
    void draw(Painter p) {
        int row = p.height() / 2 - 3;
        if (why != null) {
            p.centre(row - 2, why, Style.WARN);
        }
        p.centre(row, "Goodbye, " + name + ".", Style.TITLE);
        p.centre(row + 2, "Your data is saved.", Style.NORMAL);
        p.centre(row + 4, "Closing in " + left + "…   (any key closes now)", Style.MUTED);
    }

    @Override
    List<KeyHelp> keys() {
        return List.of(new KeyHelp("any key", "close now"));
    }

    @Override
    String hints() {
        return "any key closes";
    }
}
