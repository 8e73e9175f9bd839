package io.finterm.format.bank;

import io.finterm.domain.Plural;
import io.finterm.domain.ValidationException;
import java.nio.charset.Charset;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A bank CSV whose layout is known: streams its rows. A record as wide as the header is a row (one
 * whose cells are all blank is passed over, as an empty line is). Two kinds of record are held back,
 * because they may be totals or closing-balance lines after the data: one of another width, and one
 * as wide as the header whose date cell is no date at all ({@link RowReader#dateless}), once a row
 * with a date came before it. When a row follows, each is that line's error ({@code row: 7 fields,
 * the header has 6}, {@code date: 'Total' is not a date …}); at the end of the file they were after
 * the data and are skipped. Fields are never dropped or shifted. {@link BankCsv} says the same lines were skipped, by the same limits.
 */
final class BankCsvFile implements BankFile {
    /** Held-back lines beyond this are errors at once, so memory stays flat on a file of nothing but wrong widths. */
    static final int MAX_HELD = 10_000;
    /** Held-back dateless rows beyond this are errors at once: each holds its error message, which may be long. */
    static final int MAX_HELD_ROWS = 100;

    private final ImportSource source;
    private final Charset charset;
    private final char separator;
    private final int skip;
    private final int width;
    private final List<String> detected;
    private final Layout layout;
    private final RowReader reader;

    BankCsvFile(ImportSource source, Charset charset, char separator, int skip, int width, List<String> detected, Layout layout,
                RowReader reader) {
        this.layout = layout;
        this.source = source;
        this.charset = charset;
        this.separator = separator;
        this.skip = skip;
        this.width = width;
        this.detected = detected;
        this.reader = reader;
    }

    @Override
    public List<String> detected() {
        return detected;
    }

    @Override
    public Optional<Layout> layout() {
        return Optional.of(layout);
    }

    @Override
    public void read(Consumer<BankRow> rows, BiConsumer<Long, String> errors) {
        Held held = new Held(errors);
        boolean[] header = {true};
        boolean[] dated = {false}; // dateless records are held back only after the data began: before, they are its rows' errors
        CsvRecords.each(source, charset, separator, skip, (r, line) -> {
            if (header[0]) {
                header[0] = false;
                return;
            }
            if (r.size() != width) {
                String why = "row: " + Plural.of(r.size(), "field") + ", the header has " + width
                        + (r.size() > width && separator == ',' ? " (a decimal comma in a comma-separated file?)" : "");
                if (reader.dated(r)) { // a row cut short or run over, even the last one: never a line after the data
                    held.flush();
                    errors.accept(line, why);
                } else {
                    held.add(line, why, false);
                }
                return;
            }
            if (r.blank()) {
                return;
            }
            BankRow row;
            try {
                row = reader.row(r, line);
            } catch (ValidationException e) {
                if (dated[0] && reader.dateless(r)) {
                    held.add(line, e.getMessage(), true);
                } else {
                    dated[0] = dated[0] || !reader.dateless(r);
                    held.flush();
                    errors.accept(line, e.getMessage());
                }
                return;
            }
            dated[0] = true;
            held.flush();
            rows.accept(row);
        });
    }

    /** The lines held back since the last row, oldest first, each with the error it is when a row follows. */
    private static final class Held {
        private record Line(long line, String error, boolean row) {
        }

        private final ArrayDeque<Line> lines = new ArrayDeque<>();
        private final BiConsumer<Long, String> errors;
        private int rows;

        Held(BiConsumer<Long, String> errors) {
            this.errors = errors;
        }

        void add(long line, String error, boolean row) {
            lines.addLast(new Line(line, error, row));
            rows += row ? 1 : 0;
            while (rows > MAX_HELD_ROWS || lines.size() > MAX_HELD) {
                release();
            }
        }

        void flush() {
            while (!lines.isEmpty()) {
                release();
            }
        }

        private void release() {
            Line l = lines.removeFirst();
            rows -= l.row() ? 1 : 0;
            errors.accept(l.line(), l.error());
        }
    }
}
