package io.finterm.cli;

import io.finterm.domain.Plural;
import io.finterm.format.bank.ImportSource;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress on standard error for big files: a bar redrawn in place on a terminal, a plain line
 * now and then otherwise (a log, a pipe). Measured in bytes read, so no second pass is needed;
 * a file read twice (detection, then the rows) counts its last reading.
 */
final class ImportProgress {
    private final Cli cli;
    private final long size;
    private final boolean terminal = System.console() != null;
    private final AtomicLong read = new AtomicLong();
    private boolean drawn;

    ImportProgress(Cli cli, long size) {
        this.cli = cli;
        this.size = Math.max(1, size);
    }

    /** {@code source}, counting the bytes each opening reads. */
    ImportSource counting(ImportSource source) {
        return new ImportSource() {
            @Override
            public String name() {
                return source.name();
            }

            @Override
            public InputStream open() throws IOException {
                read.set(0);
                return new FilterInputStream(new BufferedInputStream(source.open(), 1 << 16)) {
                    @Override
                    public int read(byte[] b, int off, int len) throws IOException {
                        int n = super.read(b, off, len);
                        if (n > 0) {
                            read.addAndGet(n);
                        }
                        return n;
                    }
                };
            }
        };
    }

    void rows(long rows) {
        int percent = (int) Math.min(100, read.get() * 100 / size);
        if (terminal) {
            int filled = percent / 5;
            cli.err.printf("\r[%s%s] %3d%%  %s", "#".repeat(filled), " ".repeat(20 - filled), percent, Plural.grouped(rows, "row"));
            drawn = true;
        } else {
            cli.err.printf("… %s read (%d%%)%n", Plural.grouped(rows, "row"), percent);
        }
    }

    void done() {
        if (drawn) {
            cli.err.println();
        }
    }
}
