package io.finterm.cli;

import io.finterm.domain.FintermException;
import io.finterm.format.bank.ImportSource;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.function.Consumer;

/**
 * The file an import reads: a path, or {@code -} for standard input, which is first saved to a
 * private temporary file (0600) so that detection can read it twice; the copy is removed on close.
 */
final class ImportSources implements AutoCloseable {
    static final String STDIN = "-";
    private final Path path;
    private final boolean spooled;
    private final ImportSource source;

    private ImportSources(Path path, boolean spooled, String name) {
        this.path = path;
        this.spooled = spooled;
        this.source = new ImportSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(path);
            }
        };
    }

    /**
     * @param passwordLine when the file is standard input, first take one line off it and hand it to
     *                     this (the password of {@code --password-stdin}); {@code null} when passwords are asked on a terminal
     */
    static ImportSources of(String file, InputStream stdin, Consumer<byte[]> passwordLine) {
        if (STDIN.equals(file)) {
            return spooled(stdin, passwordLine);
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new FintermException("there is no file " + file + (Files.isDirectory(path) ? " (it is a directory)" : ""));
        }
        return new ImportSources(path, false, path.getFileName().toString());
    }

    /** The most standard input may hold: as much as the readers take from a file. */
    static final long MAX_BYTES = 512L << 20;
    private static final int MAX_PASSWORD_LINE = 4096;

    private static ImportSources spooled(InputStream stdin, Consumer<byte[]> passwordLine) {
        Path tmp = null;
        try {
            if (passwordLine != null) {
                passwordLine.accept(firstLine(stdin));
            }
            tmp = Files.createTempFile("finterm-import-", ".tmp"); // 0600 where permissions exist
            try (OutputStream out = Files.newOutputStream(tmp)) {
                stdin.transferTo(new FilterOutputStream(out) {
                    private long written;

                    @Override
                    public void write(byte[] b, int off, int len) throws IOException {
                        written += len;
                        if (written > MAX_BYTES) {
                            throw new FintermException("standard input holds more than " + (MAX_BYTES >> 20)
                                    + " MiB; save it to a file and split it");
                        }
                        out.write(b, off, len);
                    }
                });
            }
            ImportSources spooled = new ImportSources(tmp, true, "(standard input)");
            tmp = null;
            return spooled;
        } catch (IOException e) {
            throw new FintermException("cannot read standard input: " + e.getMessage());
        } finally {
            if (tmp != null) { // what was read of a failed copy is somebody's bank data: it goes
                try {
                    Files.deleteIfExists(tmp);
                } catch (IOException ignored) {
                    // 0600 in the temporary directory; the system clears it in time
                }
            }
        }
    }

    /** The bytes up to and with the first newline, read one at a time so that not a byte of the file after it is taken. */
    private static byte[] firstLine(InputStream in) throws IOException {
        byte[] buffer = new byte[MAX_PASSWORD_LINE + 1];
        int n = 0;
        try {
            for (int b = in.read(); b >= 0 && b != '\n'; b = in.read()) {
                if (n == MAX_PASSWORD_LINE) {
                    throw new FintermException("the first line of standard input, the password under --password-stdin, is longer than "
                            + MAX_PASSWORD_LINE + " bytes; nothing was read after it");
                }
                buffer[n++] = (byte) b;
            }
            buffer[n++] = '\n';
            return Arrays.copyOf(buffer, n);
        } finally {
            Arrays.fill(buffer, (byte) 0); // a password: no copy of it is left behind
        }
    }

    ImportSource source() {
        return source;
    }

    /** The file's size in bytes, for progress; 1 when it cannot be told. */
    long size() {
        try {
            return Math.max(1, Files.size(path));
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    @Override
    public void close() {
        if (spooled) {
            try {
                Files.deleteIfExists(path);
            } catch (IOException ignored) {
                // a temporary file of 0600 in the temporary directory: the system removes it in time
            }
        }
    }
}
