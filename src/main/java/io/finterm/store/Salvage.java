package io.finterm.store;

import io.finterm.files.SecureFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code finterm fsck --salvage}: keeps the intact start of a damaged journal. The whole journal is
 * first copied aside (0600, forced to disk), then cut back to its last whole commit before the
 * damage, and the tables are rebuilt on the next open. Commits after the damage are lost, which is
 * why this only runs when asked.
 */
public final class Salvage {
    private static final Logger log = LoggerFactory.getLogger(Salvage.class);

    private Salvage() {
    }

    /**
     * What was done: the journal's intact start that was kept, the damaged rest that was dropped (at
     * least {@code droppedRecords} journal records: commits, or parts of a large one), and where the
     * whole damaged journal was set aside.
     */
    public record Salvaged(long keptBytes, long droppedBytes, long droppedRecords, Path setAside) {
    }

    /**
     * Salvages the journal of the store in {@code dir}.
     *
     * @return what was done, or {@code null} when the journal is not damaged
     * @throws StoreCorruptException when not even the journal's header is intact
     */
    public static Salvaged run(Path dir) {
        Path journalFile = dir.resolve(Store.JOURNAL);
        if (!Files.exists(journalFile)) {
            return null;
        }
        try (FileChannel lock = StoreLock.acquire(dir)) {
            Journal.Header header = Journal.header(journalFile);
            if (header != null) {
                StoreFormat.refuseNewer(header.format());
            }
            try {
                Journal.replay(Disk.DEFAULT, journalFile, Acknowledged.inStore(dir, CleanMarker.read(dir)), commit -> { }).close();
                return null;
            } catch (StoreCorruptException e) {
                if (e.goodPrefix() < 0) {
                    throw e;
                }
                return cut(dir, journalFile, e);
            }
        } catch (IOException e) {
            throw new StoreException("cannot salvage the store in " + dir + ": " + e.getMessage(), e);
        }
    }

    private static Salvaged cut(Path dir, Path journalFile, StoreCorruptException damage) throws IOException {
        long size = Files.size(journalFile);
        Path aside = journalFile.resolveSibling(Store.JOURNAL + ".damaged");
        for (int n = 2; Files.exists(aside); n++) {
            aside = journalFile.resolveSibling(Store.JOURNAL + ".damaged-" + n);
        }
        Files.copy(journalFile, SecureFiles.ensureFile(aside), StandardCopyOption.REPLACE_EXISTING);
        try (FileChannel copy = FileChannel.open(aside, StandardOpenOption.WRITE)) {
            copy.force(true);
        }
        SecureFiles.syncDirectory(dir); // the copy's name is on disk before the journal loses anything
        try (FileChannel ch = FileChannel.open(journalFile, StandardOpenOption.WRITE)) {
            ch.truncate(damage.goodPrefix());
            ch.force(true);
        }
        Files.deleteIfExists(dir.resolve(CleanMarker.FILE));
        Files.deleteIfExists(dir.resolve(Store.TABLES));
        SecureFiles.syncDirectory(dir);
        log.warn("salvaged the journal of {}: kept {} bytes, dropped {}; the damaged journal is {}", dir,
                damage.goodPrefix(), size - damage.goodPrefix(), aside);
        return new Salvaged(damage.goodPrefix(), size - damage.goodPrefix(), damage.lostRecords(), aside);
    }
}
