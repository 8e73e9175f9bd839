package io.finterm.store;

import io.finterm.files.SecureFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.mapdb.DB;
import org.mapdb.DBMaker;
import org.mapdb.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The MapDB file that holds the tables ({@code tables.db}), or a MapDB in memory: how it is made
 * from the journal's state, opened after a clean close, and read without trusting it.
 */
final class TablesFile {
    private static final Logger log = LoggerFactory.getLogger(TablesFile.class);
    private TablesFile() {
    }

    /** Replaces {@code file} with tables bulk-loaded from {@code state}; a {@code null} file is memory. */
    static Tables load(Path file, Tables.State state) throws IOException {
        if (file == null) {
            return Tables.load(DBMaker.memoryDB().make(), state);
        }
        long started = System.nanoTime();
        Files.deleteIfExists(file);
        DB db = mapdb(file); // MapDB refuses a file that exists but is empty, so restrict it once created
        SecureFiles.ensureFile(file);
        Tables tables = Tables.load(db, state);
        log.info("{} rebuilt from the journal in {} ms", file, (System.nanoTime() - started) / 1_000_000);
        return tables;
    }

    /** The tables a clean close left in {@code file}. */
    static Tables open(Path file) {
        return Tables.open(mapdb(file));
    }

    private static DB mapdb(Path file) {
        return DBMaker.fileDB(file.toFile())
                .fileMmapEnableIfSupported()
                .fileMmapPreclearDisable()
                .cleanerHackEnable()
                .fileLockDisable() // the store's own lock already keeps other processes out
                .make();
    }

    /**
     * The last commit that the tables in {@code file} reflect, read without trusting the file to
     * have been closed: evidence of what was acknowledged ({@link Acknowledged}), or 0 when the
     * file is missing or cannot be read. It is read before a rebuild replaces the file.
     */
    static long journalSeqOf(Path file) {
        if (!Files.isRegularFile(file)) {
            return 0;
        }
        try (DB db = DBMaker.fileDB(file.toFile()).readOnly().checksumHeaderBypass().fileLockDisable().make()) {
            Long seq = db.treeMap("meta", Serializer.STRING, Serializer.LONG).open().get(Tables.JOURNAL_SEQ);
            return seq == null ? 0 : seq;
        } catch (RuntimeException | InternalError | AssertionError e) {
            return 0; // torn beyond reading: no evidence either way
        }
    }
}
