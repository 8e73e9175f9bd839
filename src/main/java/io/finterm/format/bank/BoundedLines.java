package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import java.io.IOException;
import java.io.Reader;

/**
 * A file's lines, each refused once it is over 64 KiB so that a file with no line breaks cannot
 * fill memory ({@link java.io.BufferedReader#readLine} has no such limit). LF, CR LF and a lone CR
 * each end a line.
 */
final class BoundedLines {
    static final int MAX_LINE = 64 * 1024;

    private final Reader in;
    private final String file;
    private final char[] buffer = new char[8192];
    private int at;
    private int end;
    private long line;
    private boolean afterCr;

    BoundedLines(Reader in, String file) {
        this.in = in;
        this.file = file;
    }

    /** The number of the line {@link #next} returned last. */
    long line() {
        return line;
    }

    /** The next line without its line break, or {@code null} at the end of the file. */
    String next() throws IOException {
        StringBuilder text = null;
        while (true) {
            if (at == end) {
                end = in.read(buffer);
                at = 0;
                if (end <= 0) {
                    end = 0;
                    if (text == null) {
                        return null;
                    }
                    line++;
                    return text.toString();
                }
            }
            char c = buffer[at++];
            if (afterCr && c == '\n') { // the LF of a CR LF: the line already ended
                afterCr = false;
                continue;
            }
            afterCr = c == '\r';
            if (c == '\n' || c == '\r') {
                line++;
                return text == null ? "" : text.toString();
            }
            if (text == null) {
                text = new StringBuilder();
            }
            if (text.length() >= MAX_LINE) {
                throw new FintermException(file + ", line " + (line + 1) + ": a line over 64 KiB, longer than any line of a bank file");
            }
            text.append(c);
        }
    }
}
