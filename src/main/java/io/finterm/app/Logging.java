package io.finterm.app;

import io.finterm.files.SecureFiles;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Path;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends the log (SLF4J, bound to java.util.logging) to {@code finterm.log} in the data directory,
 * so that nothing is ever printed over the screen. It grows across runs up to {@value #LIMIT} bytes,
 * then rotates; {@value #FILES} files are kept ({@code finterm.log}, {@code finterm.log.1}, …).
 */
final class Logging {
    static final long LIMIT = 10L << 20;
    static final int FILES = 5;

    private Logging() {
    }

    /** Creates the data directory (0700) if needed and starts logging into it. */
    static void toDirectory(Path dir) {
        try {
            SecureFiles.ensureDirectory(dir);
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tL%1$tz %4$s %3$s: %5$s%6$s%n");
            LogManager.getLogManager().reset();
            Handler handler = new RotatingLogHandler(dir.resolve("finterm.log"), LIMIT, FILES);
            handler.setFormatter(new SimpleFormatter());
            Logger root = Logger.getLogger("");
            root.addHandler(handler);
            root.setLevel(Level.INFO);
        } catch (FileAlreadyExistsException e) {
            throw new ConfigException("cannot use " + dir + " as the data directory: it is a file");
        } catch (IOException e) {
            throw new ConfigException("cannot use " + dir + " as the data directory: " + e.getMessage());
        }
    }
}
