package io.finterm.app;

import io.finterm.files.SecureFiles;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.ErrorManager;
import java.util.logging.LogRecord;
import java.util.logging.StreamHandler;

/**
 * Appends the log to one file and, once it has grown past a limit, renames it to {@code NAME.1}
 * (and {@code NAME.1} to {@code NAME.2}, and so on), keeping a set number of files in all, so that
 * a server that runs for months does not fill the disk. JUL's own {@code FileHandler} rotates too,
 * but it would create each new file with the umask's mode and rename the current file to
 * {@code NAME.0}; here every file is created 0600 and the current one keeps its name.
 */
final class RotatingLogHandler extends StreamHandler {
    private final Path file;
    private final long limit;
    private final int files;
    private long size;

    /**
     * @param limit the size in bytes past which the file is rotated
     * @param files how many files to keep, the current one included
     */
    RotatingLogHandler(Path file, long limit, int files) throws IOException {
        this.file = file;
        this.limit = limit;
        this.files = files;
        open();
    }

    private void open() throws IOException {
        SecureFiles.ensureFile(file); // 0600 before anything is written to it
        size = Files.size(file);
        setOutputStream(new FilterOutputStream(new FileOutputStream(file.toFile(), true)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                size += len;
            }

            @Override
            public void write(int b) throws IOException {
                out.write(b);
                size++;
            }
        });
    }

    @Override
    public synchronized void publish(LogRecord record) {
        if (size >= limit) {
            rotate();
        }
        super.publish(record);
        flush(); // a log that is read after a crash must hold the lines before it
    }

    private void rotate() {
        try {
            for (int n = files - 1; n >= 1; n--) {
                Path older = n == 1 ? file : generation(n - 1);
                if (Files.exists(older)) {
                    Files.move(older, generation(n), StandardCopyOption.REPLACE_EXISTING);
                }
            }
            open(); // closes the stream of the file that was just renamed
        } catch (IOException e) {
            reportError("cannot rotate " + file, e, ErrorManager.OPEN_FAILURE);
        }
    }

    private Path generation(int n) {
        return file.resolveSibling(file.getFileName() + "." + n);
    }
}
