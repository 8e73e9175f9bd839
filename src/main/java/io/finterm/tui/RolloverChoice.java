package io.finterm.tui;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.Overspending;
import io.finterm.service.BudgetService.Rolling;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * {@code r} on the Budgets screen: whether the selected category's budget rolls over from the shown
 * month on. Four choices, each with its letter: {@code a} roll over absorbing overspending (the
 * default), {@code c} roll over carrying overspending, {@code s} stop rolling over, Esc cancel; or ↑ ↓
 * (j k) and Enter. The highlighted choice is explained in a sentence, so nobody has to know the terms.
 */
final class RolloverChoice implements Overlay {
    private record Choice(char key, String text, String explained, Rolling rolling) {
    }

    private final Tui tui;
    private final String title;
    private final String now;
    private final List<Choice> choices;
    private final String keys;
    private final Consumer<Rolling> chosen;
    private int selected;

    /**
     * @param now    the category's rollover as it is, in words
     * @param rolls  whether it rolls over at {@code from}: only then is "stop rolling over" offered
     * @param chosen hears the choice; cancel closes without a word
     */
    RolloverChoice(Tui tui, String category, YearMonth from, String now, boolean rolls, Consumer<Rolling> chosen) {
        this.tui = tui;
        this.now = now;
        this.chosen = chosen;
        String next = name(from.plusMonths(1));
        List<Choice> offered = new java.util.ArrayList<>(List.of(
                new Choice('a', "roll over, absorbing overspending", "Next month gets what is left; an overspent month passes nothing on.", Rolling.ON),
                new Choice('c', "roll over, carrying overspending", "Next month gets what is left, or loses what was overspent.",
                        Rolling.on(Overspending.CARRY))));
        if (rolls) { // stopping what does not roll over would change nothing
            offered.add(new Choice('s', "stop rolling over", name(from) + " keeps what came in, but passes nothing on to " + next + ".", Rolling.OFF));
        }
        offered.add(new Choice('n', "cancel", "Nothing changes.", null));
        this.choices = List.copyOf(offered);
        this.keys = rolls ? "a c s or ↑ ↓ Enter choose   Esc cancel" : "a c or ↑ ↓ Enter choose   Esc cancel";
        this.title = "Rollover: " + category + ", from " + name(from) + " on";
    }

    private static String name(YearMonth m) {
        return m.getMonth().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + m.getYear();
    }

    @Override
    public void draw(Painter p) {
        int height = choices.size() + 9;
        Painter box = p.area(0, Math.max(0, (p.height() - height) / 2), p.width(), height);
        Painter in = box.clear().frame(title).inner();
        in.text(2, 1, "Now: " + now, Style.MUTED);
        for (int i = 0; i < choices.size(); i++) {
            Choice c = choices.get(i);
            String key = c.key() == 'n' ? "Esc" : String.valueOf(c.key());
            in.text(2, 3 + i, Formats.pad((i == selected ? "› " : "  ") + Formats.pad(key, 4) + c.text(), in.width() - 4),
                    i == selected ? Style.REVERSE : Style.NORMAL);
        }
        in.wrapped(2, choices.size() + 4, choices.get(selected).explained(), Style.NORMAL, 2);
        in.text(2, in.height() - 1, keys, Style.KEY);
    }

    @Override
    public void key(KeyStroke key) {
        KeyType type = key.getKeyType();
        char c = type == KeyType.Character ? Character.toLowerCase(key.getCharacter()) : 0;
        if (type == KeyType.Escape || c == 'n' || c == 'q') {
            tui.close(this);
        } else if (type == KeyType.ArrowDown || c == 'j') {
            selected = Math.min(choices.size() - 1, selected + 1);
        } else if (type == KeyType.ArrowUp || c == 'k') {
            selected = Math.max(0, selected - 1);
        } else if (type == KeyType.Enter) {
            choose(choices.get(selected));
        } else {
            choices.stream().filter(o -> o.key() == c).findFirst().ifPresent(this::choose);
        }
    }

    /** Closes first, so that a refusal from the service shows on the status line over the screen, as a confirmation's does. */
    private void choose(Choice c) {
        tui.close(this);
        if (c.rolling() != null) {
            chosen.accept(c.rolling());
        }
    }
}
