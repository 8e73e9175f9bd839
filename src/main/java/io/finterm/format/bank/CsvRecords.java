package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import io.finterm.domain.Text;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;

/**
 * Streams a bank CSV's records from the header on with a {@link CsvScanner}: the lines before it are
 * passed over as they are (the bank's title lines, not CSV), and every record comes with the file's
 * own line number.
 */
final class CsvRecords {
    /** What is done with each record: the scanner holds it until the next one. */
    interface Sink {
        void accept(CsvScanner record, long line);
    }

    private CsvRecords() {
    }

    static void each(ImportSource source, Charset charset, char delimiter, int skip, Sink sink) {
        try (Reader in = new InputStreamReader(source.open(), charset)) {
            CsvScanner scanner = new CsvScanner(in, delimiter);
            scanner.skipLines(skip);
            while (scanner.next()) {
                sink.accept(scanner, scanner.line());
            }
        } catch (IOException e) {
            throw new FintermException("cannot read " + Text.clean(source.name()) + ": " + Text.clean(String.valueOf(e.getMessage())));
        }
    }
}
