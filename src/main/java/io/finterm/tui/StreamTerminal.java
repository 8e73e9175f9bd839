package io.finterm.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.terminal.ansi.ANSITerminal;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A Lanterna terminal over a pair of streams (an SSH channel's), in UTF-8. Its size is the one the client's pty
 * request and window-change signals report, never asked of the terminal with a cursor-position query
 * (a client may not answer). Enter arrives as a bare carriage return, which becomes the newline
 * Lanterna reads as Enter.
 */
final class StreamTerminal extends ANSITerminal {
    private volatile TerminalSize size;

    StreamTerminal(InputStream in, OutputStream out, TerminalSize size) {
        super(new CarriageReturns(in), out, StandardCharsets.UTF_8);
        this.size = size;
    }

    @Override
    protected TerminalSize findTerminalSize() {
        return size;
    }

    /** The client's window changed. */
    void resize(TerminalSize newSize) {
        size = newSize;
        onResized(newSize);
    }

    /** Maps each {@code \r} to {@code \n}, and drops the {@code \n} of a {@code \r\n} pair. */
    static final class CarriageReturns extends FilterInputStream {
        private boolean afterReturn;

        CarriageReturns(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            while (true) {
                int b = super.read();
                boolean pairedNewline = b == '\n' && afterReturn;
                afterReturn = b == '\r';
                if (!pairedNewline) {
                    return b == '\r' ? '\n' : b;
                }
            }
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n <= 0) {
                return n;
            }
            int out = offset;
            for (int i = offset; i < offset + n; i++) {
                byte b = buffer[i];
                boolean pairedNewline = b == '\n' && afterReturn;
                afterReturn = b == '\r';
                if (!pairedNewline) {
                    buffer[out++] = b == '\r' ? (byte) '\n' : b;
                }
            }
            return out == offset ? read(buffer, offset, length) : out - offset;
        }
    }
}
