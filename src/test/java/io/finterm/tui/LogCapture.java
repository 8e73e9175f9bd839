package io.finterm.tui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/** The records one logger (SLF4J is bound to java.util.logging) receives while a test runs. */
final class LogCapture implements AutoCloseable {
    private final Logger logger; // held, so that the logger and its handler are not collected
    private final List<LogRecord> records = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            records.add(record);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private final Level level;
    private final boolean parents;

    /** Captures everything {@code name} and its children log; the tests' own console stays quiet meanwhile. */
    LogCapture(String name) {
        logger = Logger.getLogger(name);
        level = logger.getLevel();
        parents = logger.getUseParentHandlers();
        logger.setLevel(Level.ALL); // the tests' logging.properties passes only SEVERE
        logger.setUseParentHandlers(false);
        logger.addHandler(handler);
    }

    /** The records that carry {@code type} as their exception. */
    List<LogRecord> thrown(Class<? extends Throwable> type) {
        return records.stream().filter(r -> type.isInstance(r.getThrown())).toList();
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(parents);
        logger.setLevel(level);
    }
}
