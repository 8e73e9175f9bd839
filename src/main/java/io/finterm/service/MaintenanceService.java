package io.finterm.service;

import io.finterm.store.IntegrityReport;
import io.finterm.store.Salvage;
import io.finterm.store.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The local operator's care of the store: its format, a check of everything against everything, a
 * rebuild of its tables from the journal, and salvaging a damaged journal. None of it needs a
 * login: whoever can read the data directory can check it, and no remote client reaches it.
 */
public final class MaintenanceService {
    private final Store store;

    public MaintenanceService(Store store) {
        this.store = store;
    }

    /** What a check found: every problem in words, and how many rows each table has. */
    public record Check(List<String> problems, Map<String, Long> rowCounts) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    /** What a salvage kept and dropped, and where the whole damaged journal was set aside. */
    public record Salvaged(long keptBytes, long droppedBytes, long droppedCommits, Path setAside) {
    }

    /** Whether {@code dataDirectory} holds a store, without opening or creating anything there. */
    public static boolean storeExists(Path dataDirectory) {
        return Store.exists(dataDirectory);
    }

    /** How the store came to be open, in words: "created", "opened", or why its tables were rebuilt. */
    public String howOpened() {
        return switch (store.opened()) {
            case CREATED -> "created";
            case CLEAN -> "opened";
            case REBUILT -> "opened; the tables were rebuilt from the journal after an unclean shutdown";
            case IN_MEMORY -> "in memory";
        };
    }

    public int format() {
        return store.format();
    }

    public Check check() {
        IntegrityReport report = store.check();
        return new Check(report.problems(), report.rowCounts());
    }

    /** Throws the tables away and rebuilds them from the journal. */
    public void repair() {
        store.repair();
    }

    /**
     * Keeps every commit of the damaged journal in {@code dataDirectory} before the damage; run before
     * the store is opened, which a damaged journal refuses.
     *
     * @return what was done, or {@code null} when the journal is not damaged
     */
    public static Salvaged salvage(Path dataDirectory) {
        Salvage.Salvaged done = Salvage.run(dataDirectory);
        return done == null ? null : new Salvaged(done.keptBytes(), done.droppedBytes(), done.droppedRecords(), done.setAside());
    }
}
