package io.finterm.cli;

import io.finterm.domain.FintermException;
import io.finterm.format.bank.ImportSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
    static ImportSources of(String file, InputStream stdin, java.util.function.Consumer<byte[]> passwordLine) {
        if (STDIN.equals(file)) {
            try {
                if (passwordLine != null) {
                    passwordLine.accept(firstLine(stdin));
                }
                Path tmp = Files.createTempFile("finterm-import-", ".tmp"); // 0600 where permissions exist
                Files.copy(stdin, tmp, StandardCopyOption.REPLACE_EXISTING);
                return new ImportSources(tmp, true, "(standard input)");
            } catch (IOException e) {
                throw new FintermException("cannot read standard input: " + e.getMessage());
            }
        }
        Path path = Path.of(file);
        if (!Files.isRegularFile(path)) {
            throw new FintermException("there is no file " + file + (Files.isDirectory(path) ? " (it is a directory)" : ""));
        }
        return new ImportSources(path, false, path.getFileName().toString());
    }

    /** The bytes up to and with the first newline, read one at a time so that not a byte of the file after it is taken. */
    private static byte[] firstLine(InputStream in) throws IOException {
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        for (int b = in.read(); b >= 0; b = in.read()) {
            line.write(b);
            if (b == '\n' || line.size() > 4096) {
                break;
            }
        }
        return line.toByteArray();
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
