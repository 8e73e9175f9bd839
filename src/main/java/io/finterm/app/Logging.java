package io.finterm.app;

import io.finterm.store.SecureFiles;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends the log (SLF4J, bound to java.util.logging) to {@code finterm.log} in the data directory,
 * a file that grows across runs, so that nothing is ever printed over the screen.
 */
final class Logging {
    private Logging() {
    }

    /** Creates the data directory (0700) if needed and starts logging into it. */
    static void toDirectory(Path dir) {
        try {
            SecureFiles.ensureDirectory(dir);
            Path file = SecureFiles.ensureFile(dir.resolve("finterm.log")); // 0600 before the handler appends to it
            System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tFT%1$tT.%1$tL%1$tz %4$s %3$s: %5$s%6$s%n");
            LogManager.getLogManager().reset();
            Handler handler = new FileHandler(file.toString(), true);
            Path lock = dir.resolve("finterm.log.lck"); // made by the handler with the umask's mode
            if (Files.exists(lock)) {
                Files.setPosixFilePermissions(lock, PosixFilePermissions.fromString("rw-------"));
            }
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
