package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import io.finterm.domain.Text;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.util.Iterator;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Streams a bank CSV's records with Commons CSV from the header on: the lines before it are passed
 * over by hand (they are the bank's title lines, not CSV), and every record comes with the file's
 * own line number. A record that runs past 64 KiB (a quote never closed) is refused while reading,
 * so memory stays flat whatever the file holds.
 */
final class CsvRecords {
    /** What is done with each record. */
    interface Sink {
        void accept(CSVRecord record, long line);
    }

    private static final int MAX_RECORD = 1 << 16;

    private CsvRecords() {
    }

    static void each(ImportSource source, Charset charset, char delimiter, int skip, Sink sink) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setIgnoreSurroundingSpaces(true)
                .setIgnoreEmptyLines(true).get();
        try (Reader raw = new BufferedReader(new InputStreamReader(source.open(), charset), 1 << 16)) {
            raw.mark(1);
            if (raw.read() != '\uFEFF') {
                raw.reset();
            }
            for (int skipped = 0; skipped < skip; skipped++) {
                skipLine(raw);
            }
            Bounded bounded = new Bounded(raw);
            CSVParser parser = CSVParser.parse(bounded, format);
            Iterator<CSVRecord> it = parser.iterator();
            while (next(it, parser, skip)) {
                CSVRecord r = it.next();
                bounded.recordEnded();
                sink.accept(r, skip + parser.getCurrentLineNumber());
            }
        } catch (IOException e) {
            throw new FintermException("cannot read " + Text.clean(source.name()) + ": " + Text.clean(e.getMessage()));
        }
    }

    /** Reads up to and including the next line break (CR LF, LF or CR); a BufferedReader is marked before each read. */
    private static void skipLine(Reader in) throws IOException {
        for (int c; (c = in.read()) >= 0; ) {
            if (c == '\n') {
                return;
            }
            if (c == '\r') {
                in.mark(1);
                if (in.read() != '\n') {
                    in.reset();
                }
                return;
            }
        }
    }

    /** Advances, turning Commons CSV's broken-quoting errors into a sentence with the line. */
    private static boolean next(Iterator<CSVRecord> it, CSVParser parser, int skip) {
        try {
            return it.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            for (Throwable c = e.getCause(); c != null; c = c.getCause()) {
                if (c instanceof FintermException f) {
                    throw f;
                }
            }
            long line = skip + Math.max(1, parser.getCurrentLineNumber());
            String why = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
            if (why.contains("EOF reached before encapsulated token finished")) {
                why = "a quoted field is never closed";
            } else if (why.contains("invalid char between encapsulated token and delimiter")) {
                why = "text after a closing quote";
            }
            throw new FintermException("line " + line + ": the CSV quoting is broken (" + Text.clean(why) + ")");
        }
    }

    /** Refuses a record longer than {@value #MAX_RECORD} characters (counted loosely, by the reads since the last record). */
    private static final class Bounded extends Reader {
        private final Reader in;
        private long since;

        Bounded(Reader in) {
            this.in = in;
        }

        void recordEnded() {
            since = 0;
        }

        @Override
        public int read(char[] buf, int off, int len) throws IOException {
            int n = in.read(buf, off, len);
            since += Math.max(n, 0);
            if (since > 4L * MAX_RECORD) { // Commons CSV reads ahead a buffer or two; a real record is far below this
                throw new IOException(new FintermException("a CSV record runs over 64 KiB (a quote never closed?): this is not a bank's CSV file"));
            }
            return n;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
