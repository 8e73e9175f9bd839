package io.finterm.app;

import io.finterm.store.SecureFiles;
import java.io.IOException;
import java.nio.file.Path;

/** Sends SLF4J's simple logger to a file, so that nothing is ever printed over the screen. */
final class Logging {
    private Logging() {
    }

    /** Must run before the first logger is created. */
    static void toFile(Path file) throws IOException {
        SecureFiles.ensureFile(file);
        System.setProperty("org.slf4j.simpleLogger.logFile", file.toString());
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "info");
    }
}
