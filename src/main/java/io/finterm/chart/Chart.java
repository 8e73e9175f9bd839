package io.finterm.chart;

import java.util.AbstractList;
import java.util.List;

/**
 * A drawn chart: lines of plain text, never wider than asked and never more than asked, with no
 * escape codes; plus colour hints for the TUI, which plain output ignores.
 */
public final class Chart extends AbstractList<String> {
    /** Colour {@code length} characters of line {@code row} from {@code column} with {@code hue}. */
    public record Hint(int row, int column, int length, Hue hue) {
    }

    private final List<String> lines;
    private final List<Hint> hints;

    Chart(List<String> lines, List<Hint> hints) {
        this.lines = List.copyOf(lines);
        this.hints = List.copyOf(hints);
    }

    /** What every renderer draws when there is nothing to draw, or no room to draw it. */
    static Chart message(String text, int width, int height) {
        if (width < 1 || height < 1) {
            return new Chart(List.of(), List.of());
        }
        return new Chart(List.of(text.length() > width ? text.substring(0, width) : text), List.of());
    }

    static Chart noData(int width, int height) {
        return message("no data", width, height);
    }

    @Override
    public String get(int index) {
        return lines.get(index);
    }

    @Override
    public int size() {
        return lines.size();
    }

    public List<Hint> hints() {
        return hints;
    }
}
