package io.finterm.format.bank;

import io.finterm.domain.Plural;
import io.finterm.domain.ValidationException;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A bank CSV whose layout is known: streams its rows. A record as wide as the header is a row (one
 * whose cells are all blank is passed over, as an empty line is); a record of another width is held
 * back, because it may be a totals or closing-balance line after the data: when another row follows,
 * it is that line's error ({@code row: 7 fields, the header has 6}); at the end of the file, it was
 * after the data and is skipped. Fields are never dropped or shifted.
 */
final class BankCsvFile implements BankFile {
    /** Held-back lines beyond this are errors at once, so memory stays flat on a file of nothing but wrong widths. */
    private static final int MAX_HELD = 10_000;

    private final ImportSource source;
    private final Charset charset;
    private final char separator;
    private final int skip;
    private final int width;
    private final List<String> detected;
    private final RowReader reader;

    BankCsvFile(ImportSource source, Charset charset, char separator, int skip, int width, List<String> detected, RowReader reader) {
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
    public void read(Consumer<BankRow> rows, BiConsumer<Long, String> errors) {
        Held held = new Held();
        boolean[] header = {true};
        CsvRecords.each(source, charset, separator, skip, (r, line) -> {
            if (header[0]) {
                header[0] = false;
                return;
            }
            if (r.size() != width) {
                if (held.count == MAX_HELD) {
                    held.flush(errors);
                }
                held.add(line, r.size());
                return;
            }
            if (r.blank()) {
                return;
            }
            held.flush(errors);
            try {
                rows.accept(reader.row(r, line));
            } catch (ValidationException e) {
                errors.accept(line, e.getMessage());
            }
        });
    }

    /** The lines of another width seen since the last row, as (line, fields) pairs. */
    private final class Held {
        private long[] pairs = new long[16];
        private int count;

        void add(long line, int fields) {
            if (pairs.length < 2 * (count + 1)) {
                pairs = Arrays.copyOf(pairs, pairs.length * 2);
            }
            pairs[2 * count] = line;
            pairs[2 * count + 1] = fields;
            count++;
        }

        void flush(BiConsumer<Long, String> errors) {
            for (int i = 0; i < count; i++) {
                long fields = pairs[2 * i + 1];
                errors.accept(pairs[2 * i], "row: " + Plural.of(fields, "field") + ", the header has " + width
                        + (fields > width && separator == ',' ? " (a decimal comma in a comma-separated file?)" : ""));
            }
            count = 0;
        }
    }
}
