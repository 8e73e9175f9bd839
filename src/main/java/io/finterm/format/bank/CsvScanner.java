package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import java.io.IOException;
import java.io.Reader;
import java.util.Arrays;

/**
 * Reads CSV records one at a time, by hand, as RFC 4180 and Commons CSV's default do (double quotes,
 * {@code ""} for a quote inside them, line breaks inside quotes, CR LF, LF or CR between records,
 * empty lines passed over) but without making a string of a field nobody asks for: a bank row has
 * a dozen columns and finterm reads five. A record over 64 KiB is refused (a quote never closed, or
 * not a CSV), so memory stays flat. Not thread-safe; the fields are valid until the next record.
 */
final class CsvScanner {
    static final int MAX_RECORD = 1 << 16;
    /** The double quote, as a number: a quote in a char literal misleads tools that scan the source for string literals. */
    static final char QUOTE = 0x22;

    private final Reader in;
    private final char separator;
    private final char[] buf = new char[1 << 16];
    private int pos;
    private int limit;
    private char[] chars = new char[256]; // the current record's field contents, unquoted
    private int length;
    private int[] ends = new int[32];      // where each field ends in chars (field i starts at ends[i - 1])
    private int fields;
    private long line = 1;                 // the line the scanner is on
    private long recordLine;

    CsvScanner(Reader in, char separator) {
        this.in = in;
        this.separator = separator;
    }

    /** Passes over {@code n} lines as they are (a bank's title lines before the header), and a byte order mark before them. */
    void skipLines(int n) throws IOException {
        if (peek() == '\uFEFF') {
            pos++;
        }
        for (int skipped = 0; skipped < n && peek() >= 0; skipped++) {
            for (int c; (c = read()) >= 0; ) {
                if (c == '\n' || c == '\r') {
                    if (c == '\r' && peek() == '\n') {
                        pos++;
                    }
                    line++;
                    break;
                }
            }
        }
    }

    /** Reads the next record; {@code false} at the end of the file. */
    boolean next() throws IOException {
        while (true) {
            int c = peek();
            if (c < 0) {
                return false;
            }
            if (c == '\n' || c == '\r') { // an empty line
                endLine(read());
                continue;
            }
            break;
        }
        recordLine = line;
        length = 0;
        fields = 0;
        while (true) {
            int c = read();
            while (c == ' ') {
                c = read(); // spaces around a field are not the field's (cells are stripped anyway)
            }
            if (c == QUOTE) {
                c = quoted();
            } else {
                int start = length;
                while (c >= 0 && c != separator && c != '\n' && c != '\r') {
                    append((char) c);
                    c = read();
                }
                while (length > start && chars[length - 1] == ' ') {
                    length--;
                }
            }
            endField();
            if (c == separator) {
                continue;
            }
            if (c >= 0) {
                endLine(c);
            }
            return true;
        }
    }

    /** Reads a quoted field's content after its opening quote; returns the character after the field. */
    private int quoted() throws IOException {
        while (true) {
            int c = read();
            if (c < 0) {
                throw new FintermException("line " + recordLine + ": the CSV quoting is broken (a quoted field is never closed)");
            }
            if (c == QUOTE) {
                if (peek() == QUOTE) {
                    pos++;
                    append(QUOTE);
                    continue;
                }
                c = read();
                while (c == ' ') {
                    c = read();
                }
                if (c >= 0 && c != separator && c != '\n' && c != '\r') {
                    throw new FintermException("line " + line + ": the CSV quoting is broken (text after a closing quote)");
                }
                return c;
            }
            if (c == '\n' || c == '\r' && peek() != '\n') {
                line++;
            }
            append((char) c);
        }
    }

    private void endLine(int c) throws IOException {
        if (c == '\r' && peek() == '\n') {
            pos++;
        }
        line++;
    }

    private void append(char c) {
        if (length == chars.length) {
            if (length >= MAX_RECORD) {
                throw new FintermException("line " + recordLine + ": a CSV record runs over 64 KiB (a quote never closed?):"
                        + " this is not a bank's CSV file");
            }
            chars = Arrays.copyOf(chars, length * 2);
        }
        chars[length++] = c;
    }

    private void endField() {
        if (fields == ends.length) {
            ends = Arrays.copyOf(ends, fields * 2);
        }
        ends[fields++] = length;
    }

    private int peek() throws IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        return buf[pos];
    }

    private int read() throws IOException {
        if (pos == limit && !fill()) {
            return -1;
        }
        return buf[pos++];
    }

    private boolean fill() throws IOException {
        int n = in.read(buf, 0, buf.length);
        pos = 0;
        limit = Math.max(n, 0);
        return n > 0;
    }

    /** The number of fields in the current record. */
    int size() {
        return fields;
    }

    /** Field {@code i} of the current record, unquoted. */
    String get(int i) {
        int start = i == 0 ? 0 : ends[i - 1];
        return new String(chars, start, ends[i] - start);
    }

    /** Whether every field of the current record is blank (spaces only). */
    boolean blank() {
        for (int k = 0; k < length; k++) {
            if (!Character.isWhitespace(chars[k]) && !AmountText.space(chars[k])) {
                return false;
            }
        }
        return true;
    }

    /** The line the current record starts on (1-based, counting the lines skipped). */
    long line() {
        return recordLine;
    }
}
