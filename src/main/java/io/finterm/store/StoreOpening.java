package io.finterm.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the files of a store: creates a new one, migrates one of an older format, trusts the
 * tables that a clean close left, or rebuilds them from the journal. Whatever it opened is closed
 * again if it fails.
 */
final class StoreOpening {
    /** The journal and tables of an open store, how they came to be, and the migration this open did, if any. */
    record Handles(Journal journal, Tables tables, Store.Opened how, Migrations.Migrated migration) {
    }

    private static final Logger log = LoggerFactory.getLogger(StoreOpening.class);
    private final Path dir;
    private final Disk disk;
    private final DiskRoom room;
    private final Path journalFile;
    private final Path tablesFile;
    private Journal journal;
    private Tables tables;

    StoreOpening(Path dir, Disk disk) {
        this.dir = dir;
        this.disk = disk;
        this.room = new DiskRoom(dir, disk);
        this.journalFile = dir.resolve(Store.JOURNAL);
        this.tablesFile = dir.resolve(Store.TABLES);
    }

    Handles open() throws IOException {
        try {
            return openFiles();
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private Handles openFiles() throws IOException {
        Journal.Header header = Files.exists(journalFile) ? Journal.header(journalFile) : null;
        if (header != null) {
            StoreFormat.refuseNewer(header.format()); // before anything in the store is changed
        }
        CleanMarker marker = CleanMarker.read(dir);
        // The marker goes before anything is written, so that a crash from here on forces a rebuild.
        CleanMarker.delete(dir);
        if (!Files.exists(journalFile)) {
            // A new store, or one killed before its journal existed: nothing was ever acknowledged.
            journal = Journal.create(disk, journalFile);
            tables = TablesFile.load(tablesFile, new Tables.State());
            return new Handles(journal, tables, Store.Opened.CREATED, null);
        }
        if (header != null && header.format() < StoreFormat.CURRENT) {
            room.forMigration(journalFile, tablesFile);
            // Read the tables' evidence once: the migration keeps every commit's number, so it holds for
            // the new journal too; the marker's byte count was about the old one only.
            Acknowledged byTables = Acknowledged.inStore(dir, null);
            Migrations.Migrated migration = Migrations.run(dir, disk, marker == null ? byTables : byTables.and(marker.acknowledged()));
            rebuildFromJournal(byTables);
            return new Handles(journal, tables, Store.Opened.REBUILT, migration);
        }
        if (marker != null && openClean(marker)) {
            return new Handles(journal, tables, Store.Opened.CLEAN, null);
        }
        rebuildFromJournal(Acknowledged.inStore(dir, marker));
        return new Handles(journal, tables, Store.Opened.REBUILT, null);
    }

    private boolean openClean(CleanMarker marker) {
        if (!Files.exists(tablesFile)) {
            return false;
        }
        try {
            journal = Journal.openKnown(disk, journalFile, marker.journalSize(), marker.seq());
            tables = TablesFile.open(tablesFile);
            if (tables.journalSeq() == marker.seq() && tables.format() == StoreFormat.CURRENT) {
                return true;
            }
        } catch (IOException | RuntimeException e) {
            log.warn("tables in {} could not be opened after a clean close; rebuilding: {}", dir, e.toString());
        }
        close();
        return false;
    }

    /**
     * Rebuilds the tables from the journal, for an open or a repair: in one sorted bulk load when
     * the heap can hold every row, otherwise commit by commit, which is slower but needs little memory.
     */
    Handles rebuild(Acknowledged acknowledged) throws IOException {
        try {
            return rebuildFromJournal(acknowledged);
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    private Handles rebuildFromJournal(Acknowledged acknowledged) throws IOException {
        room.forRebuild(journalFile, tablesFile);
        if (HeapBudget.canRebuildAtOnce(Files.size(journalFile))) {
            Tables.State state = new Tables.State();
            journal = Journal.replay(disk, journalFile, acknowledged, state::apply);
            tables = TablesFile.load(tablesFile, state);
        } else {
            log.info("tables in {} are rebuilt commit by commit: the heap is too small to load them at once", dir);
            // The journal is checked whole first: the old tables are evidence of what was acknowledged until then.
            Journal.replay(disk, journalFile, acknowledged, commit -> { }).close();
            tables = TablesFile.load(tablesFile, new Tables.State());
            journal = Journal.replay(disk, journalFile, acknowledged, tables::apply);
        }
        return new Handles(journal, tables, Store.Opened.REBUILT, null);
    }

    private void close() {
        if (tables != null) {
            tables.close(false);
            tables = null;
        }
        if (journal != null) {
            try {
                journal.close();
            } catch (IOException e) {
                log.debug("ignored while closing", e);
            }
            journal = null;
        }
    }
}
