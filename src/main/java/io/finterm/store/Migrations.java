package io.finterm.store;

import io.finterm.files.SecureFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a store of an older format up to {@link StoreFormat#CURRENT}, in place, before it is
 * opened. The old journal is first copied aside ({@code journal.formatN.bak}, 0600, forced to
 * disk); then every commit goes through the steps from its format on, one step after another, into
 * a new journal that is written the way compaction writes one (temporary file, fsync, atomic
 * rename). A crash at any moment leaves the old journal, which migrates again on the next open, or
 * the new one; never a mix. Commit numbers are kept, so the tables' record of the last commit they
 * saw stays true, and the tables are rebuilt from the new journal.
 */
final class Migrations {
    /** How long the copy of the old journal is kept at least; the first compaction after that removes it. */
    static final Duration KEEP_BACKUP = Duration.ofDays(30);
    private static final String BACKUP_PREFIX = Store.JOURNAL.replace(".log", ".format");
    private static final Logger log = LoggerFactory.getLogger(Migrations.class);

    private Migrations() {
    }

    /**
     * One step from format {@code from()} to the next: how a commit of the older format reads in the
     * newer one. A step may keep state across the commits of one run.
     */
    interface Step {
        int from();

        /**
         * Sees every commit of the old journal once, in order, before the first {@link #migrate}: for
         * a step that needs the journal's end state. Its rows are in the journal's own format.
         */
        default void survey(Commit commit) {
        }

        Commit migrate(Commit commit);
    }

    /**
     * Every step, oldest first, new for each run. A step that changes rows decodes them with a copy
     * of the old layout that it keeps to itself; the codecs in {@link Codecs} are always the current format's.
     */
    static List<Step> steps() {
        return List.of(
                // 1 → 2: the commits are unchanged; Journal.rewrite gives every record its trailer.
                new Step() {
                    @Override
                    public int from() {
                        return 1;
                    }

                    @Override
                    public Commit migrate(Commit commit) {
                        return commit;
                    }
                },
                new AccountsMigration(),
                new DetailsMigration(),
                new OriginsMigration(),
                new RulesMigration(),
                new SchedulesMigration(),
                new RolloversMigration(),
                new HistoryMigration());
    }

    /** A migration that was done: from which format, and where the old journal was kept. */
    public record Migrated(int from, int to, Path backup) {
        /** One sentence for the person who opened the store. */
        public String describe() {
            return "the store was upgraded from format " + from + " to format " + to + "; the old journal is kept as "
                    + backup + " for at least " + KEEP_BACKUP.toDays() + " days";
        }
    }

    /**
     * Migrates the store in {@code dir} if its journal is of an older format. The caller has deleted
     * the clean-shutdown marker already: the tables no longer match the journal once it is renamed.
     *
     * @param acknowledged what is known to have been acknowledged, so that reading the old journal
     *                     never takes damage for a torn tail
     * @return what was done, or {@code null} when the journal is current (or not a journal at all:
     *         opening it says what is wrong)
     */
    static Migrated run(Path dir, Disk disk, Acknowledged acknowledged) throws IOException {
        Path journal = dir.resolve(Store.JOURNAL);
        Journal.Header header = Journal.header(journal);
        if (header == null || header.format() >= StoreFormat.CURRENT || header.format() < StoreFormat.OLDEST) {
            return null;
        }
        int from = header.format();
        Path backup = dir.resolve(BACKUP_PREFIX + from + ".bak");
        copyDurably(journal, backup);
        List<Step> steps = steps().stream().filter(step -> step.from() >= from).toList();
        // Surveys read the commits as the old journal holds them: the steps before accounts change no row.
        try (Journal surveyed = Journal.replay(disk, journal, acknowledged, commit -> steps.forEach(step -> step.survey(commit)))) {
            log.info("migrating {}: surveyed {} commits", journal, surveyed.lastSeq() - header.baseSeq());
        }
        long[] expected = {header.baseSeq()};
        try {
            Journal.rewrite(disk, journal, header.baseSeq(), sink -> {
                try (Journal old = Journal.replay(disk, journal, acknowledged, commit -> {
                    if (commit.seq() != ++expected[0]) {
                        throw new IllegalStateException("commit " + commit.seq() + " read where " + expected[0] + " belongs");
                    }
                    Commit migrated = commit;
                    for (Step step : steps) {
                        migrated = step.migrate(migrated);
                    }
                    RowWriter record = Journal.newRecord(64 + migrated.changes().size() * 48);
                    migrated.writePayload(record);
                    try {
                        sink.add(record);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                })) {
                    log.info("migrating {}: read {} commits of format {}", journal, old.lastSeq() - header.baseSeq(), from);
                }
            }).close();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        Migrated done = new Migrated(from, StoreFormat.CURRENT, backup);
        log.warn("{}", done.describe());
        return done;
    }

    /** Copies {@code from} to {@code to} (0600) through a temporary file that is forced before it is renamed. */
    private static void copyDurably(Path from, Path to) throws IOException {
        Path tmp = to.resolveSibling(to.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        SecureFiles.ensureFile(tmp);
        try (FileChannel in = FileChannel.open(from, StandardOpenOption.READ);
             FileChannel out = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            long size = in.size();
            for (long done = 0; done < size; ) {
                done += in.transferTo(done, size - done, out);
            }
            out.force(true);
        }
        Files.move(tmp, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        SecureFiles.syncDirectory(to.getParent());
    }

    /**
     * Removes the copies of old journals that were made at least {@link #KEEP_BACKUP} before {@code now}.
     * A tidy-up after a compaction that has succeeded: a copy that cannot be removed is logged and left
     * for the next one, never a reason to report the compaction failed.
     */
    static void removeOldBackups(Path dir, Instant now) {
        FileTime cutoff = FileTime.from(now.minus(KEEP_BACKUP));
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (name.startsWith(BACKUP_PREFIX) && name.endsWith(".bak")
                        && Files.getLastModifiedTime(p).compareTo(cutoff) <= 0) {
                    Files.delete(p);
                    log.info("removed {}, the copy of a journal from before a migration, kept for {} days", p, KEEP_BACKUP.toDays());
                }
            }
        } catch (IOException e) {
            log.warn("could not remove the old journal copies in {}: {}", dir, e.toString());
        }
    }
}
