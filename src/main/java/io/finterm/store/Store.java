package io.finterm.store;

import io.finterm.files.SecureFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store: one writer at a time, any number of concurrent readers.
 *
 * <p>A commit is appended to the journal and forced to disk before it is applied to the MapDB
 * tables, and is acknowledged only then. MapDB is never synced on commit; after anything but a
 * clean close (whose marker is written last) it is rebuilt from the journal, so a torn MapDB file
 * is never served. An in-memory store ({@link #inMemory()}) has the same tables and constraints
 * and no journal.
 */
public final class Store implements AutoCloseable {
    /** How a store came to be open. */
    public enum Opened { CREATED, CLEAN, REBUILT, IN_MEMORY }

    static final String JOURNAL = "journal.log";
    static final String TABLES = "tables.db";
    static final String CLEAN_MARKER = CleanMarker.FILE;
    static final String LOCK = StoreLock.FILE;
    private static final Logger log = LoggerFactory.getLogger(Store.class);

    private final Path dir;
    private final Disk disk;
    private final FileChannel lockChannel;
    private final DiskRoom room;
    private final ReentrantLock writer = new ReentrantLock();
    private final ReentrantReadWriteLock visible = new ReentrantReadWriteLock();
    private final IdReservations reservations = new IdReservations();
    private Journal journal;
    private Tables tables;
    private long lastSeq;
    private Opened opened;
    private Migrations.Migrated migration;
    private volatile boolean broken;
    private boolean closed;

    private Store(Path dir, Disk disk, FileChannel lockChannel) {
        this.dir = dir;
        this.disk = disk;
        this.lockChannel = lockChannel;
        this.room = new DiskRoom(dir, disk);
    }

    /** An empty store in memory, with no journal: for tests and throw-away work. */
    public static Store inMemory() {
        Store s = new Store(null, Disk.DEFAULT, null);
        try {
            s.tables = TablesFile.load(null, new Tables.State());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        s.opened = Opened.IN_MEMORY;
        return s;
    }

    /**
     * Opens the store in {@code dir}, creating it if needed.
     *
     * @throws StoreInUseException if another process has it open
     * @throws StoreCorruptException if the journal is damaged before its last record
     */
    public static Store open(Path dir) {
        return open(dir, Disk.DEFAULT);
    }

    /** Whether {@code dir} holds a store: its journal is the source of truth. */
    public static boolean exists(Path dir) {
        return Files.isRegularFile(dir.resolve(JOURNAL));
    }

    /** Opens the store with its journal on {@code disk}: a test's way to fill the disk. */
    static Store open(Path dir, Disk disk) {
        FileChannel lockChannel = null;
        try {
            SecureFiles.ensurePrivateDirectory(dir);
            lockChannel = StoreLock.acquire(dir);
            Staging.removeStale(dir); // what a killed import staged was never committed
            Store s = new Store(dir, disk, lockChannel);
            s.take(new StoreOpening(dir, disk).open());
            log.info("store {} opened ({}, format {}), journal at commit {}", dir, s.opened, StoreFormat.CURRENT, s.lastSeq);
            return s;
        } catch (IOException e) {
            closeQuietly(lockChannel);
            throw new StoreException("cannot open the store in " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(lockChannel);
            throw e;
        }
    }

    private void take(StoreOpening.Handles handles) {
        journal = handles.journal();
        tables = handles.tables();
        opened = handles.how();
        if (handles.migration() != null) {
            migration = handles.migration();
        }
        lastSeq = journal.lastSeq();
    }

    /** Replaces the tables with ones bulk-loaded from {@code state}. */
    private void rebuild(Tables.State state) throws IOException {
        closeTables();
        tables = TablesFile.load(dir == null ? null : dir.resolve(TABLES), state);
    }

    public Opened opened() {
        return opened;
    }

    /** The format of the store on disk: {@link StoreFormat#CURRENT} once it is open. */
    public int format() {
        return StoreFormat.CURRENT;
    }

    /** The migration this open did, or {@code null}: the caller tells the person once. */
    public Migrations.Migrated migration() {
        return migration;
    }

    /**
     * A number that grows with every commit: what a reader caches is current while it is unchanged.
     * Compaction rewrites the journal but keeps it.
     */
    public long version() {
        visible.readLock().lock();
        try {
            return lastSeq;
        } finally {
            visible.readLock().unlock();
        }
    }

    /** Runs {@code work} against a consistent view; no commit is half-visible to it. */
    public <R> R read(Function<ReadTx, R> work) {
        visible.readLock().lock();
        try {
            ensureUsable();
            return work.apply(new TablesReader(tables, lastSeq));
        } finally {
            visible.readLock().unlock();
        }
    }

    /**
     * Runs {@code work} as one write transaction and commits it. If {@code work} throws (a
     * constraint violation, say), nothing is written and the exception propagates.
     */
    public <R> R write(Function<WriteTx, R> work) {
        return write(null, work);
    }

    /** Starts staging a large write's rows ({@link Staging}), {@code partRows} to a part; close it when done. */
    public Staging stage(int partRows) {
        return new Staging(this, dir == null ? null : new Staging.Place(dir, disk, room), partRows);
    }

    /**
     * Commits {@code work} and every row {@code staged} holds as one transaction, all or nothing.
     * {@code work} runs first, under the writer lock, to check again what the staging relied on and
     * to add what its rows point to; the staged parts then go to the journal as they are.
     */
    public <R> R commit(Staging staged, Function<WriteTx, R> work) {
        staged.seal(); // the last rows are encoded before the lock is taken
        return write(staged, work);
    }

    private <R> R write(Staging staged, Function<WriteTx, R> work) {
        writer.lock();
        try {
            ensureUsable();
            JournalParts parts = journal == null ? null : new JournalParts(journal, room, tables::rowCount);
            WriteTx tx = new WriteTx(tables, parts, lastSeq, reservations);
            try {
                R result = work.apply(tx);
                if (staged != null) {
                    staged.handTo(tx);
                }
                tx.finishStep();
                if (!tx.isEmpty()) {
                    commit(CommitEncoder.encode(tx, (journal == null ? lastSeq : journal.lastSeq()) + 1), parts, tx.spilled());
                }
                return result;
            } catch (RuntimeException | Error e) {
                abandon(parts);
                throw e;
            }
        } finally {
            writer.unlock();
        }
    }

    private void abandon(JournalParts parts) {
        try {
            if (parts != null) {
                parts.abandon();
            }
        } catch (IOException e) {
            broken = true; // the parts stay, harmless without a complete record; a restart cuts them
            log.warn("could not cut an abandoned commit off the journal of {}: {}", dir, e.toString());
        }
    }

    private void commit(Commit commit, JournalParts parts, long spilled) {
        if (parts != null) {
            parts.complete(commit);
        }
        visible.writeLock().lock();
        try {
            List<Long> partOffsets = parts == null ? List.of() : parts.offsets();
            if (HeapBudget.bulk(commit.changes().size() + spilled, tables.rowCount())) {
                Tables.State state = tables.state();
                for (long at : partOffsets) {
                    state.apply(journal.read(at));
                }
                state.apply(commit);
                rebuild(state);
            } else {
                for (long at : partOffsets) {
                    tables.apply(journal.read(at));
                }
                tables.apply(commit);
            }
            lastSeq = commit.seq();
        } catch (IOException | RuntimeException | InternalError e) { // InternalError: a mapped page the disk could not hold
            broken = true;
            throw new StoreException("a saved change could not be applied to the tables; "
                    + "restart finterm, which rebuilds them from the journal", e);
        } finally {
            visible.writeLock().unlock();
        }
    }

    /**
     * Rewrites the journal as a snapshot of the current rows, so that it stops growing with every
     * edit. The new journal is complete on disk before it replaces the old one.
     */
    public void compact() {
        writer.lock();
        try {
            ensureUsable();
            if (journal == null) {
                return;
            }
            Journal old = journal;
            journal = Compactor.compact(disk, old, tables);
            closeQuietly(old);
            visible.writeLock().lock();
            try {
                tables.setJournalSeq(journal.lastSeq());
                lastSeq = journal.lastSeq();
            } finally {
                visible.writeLock().unlock();
            }
            log.info("journal of {} compacted to {} bytes", dir, journal.size());
            Migrations.removeOldBackups(dir, java.time.Instant.now());
        } catch (Journal.Replaced e) {
            broken = true; // the journal in hand is the old file, gone from the directory: nothing more goes to it
            throw new StoreException("the journal was compacted but could not be opened again; restart finterm,"
                    + " which rebuilds the tables from it", e);
        } catch (IOException e) {
            throw new StoreException(DiskRoom.writeFailure(e).replace("your last change", "the compaction"), e);
        } finally {
            writer.unlock();
        }
    }

    /** Checks every row against every index, foreign key and aggregate. */
    public IntegrityReport check() {
        writer.lock();
        try {
            ensureUsable();
            return IntegrityCheck.withJournal(tables, journal);
        } finally {
            writer.unlock();
        }
    }

    /** Throws the tables away and rebuilds them from the journal. */
    public void repair() {
        writer.lock();
        visible.writeLock().lock();
        try {
            ensureOpen();
            if (journal == null) {
                throw new StoreException("an in-memory store has no journal to rebuild from");
            }
            Acknowledged everything = new Acknowledged(lastSeq, journal.size());
            closeQuietly(journal);
            journal = null;
            closeTables();
            broken = true; // until the tables are back; a store whose rebuild failed can only be closed
            take(new StoreOpening(dir, disk).rebuild(everything));
            broken = false;
        } catch (IOException e) {
            throw new StoreException("cannot rebuild the store in " + dir + ": " + e.getMessage(), e);
        } finally {
            visible.writeLock().unlock();
            writer.unlock();
        }
    }

    /** Journal bytes on disk plus MapDB bytes on disk; 0 for an in-memory store. */
    public long bytesOnDisk() {
        if (dir == null) {
            return 0;
        }
        try {
            return Files.size(dir.resolve(JOURNAL)) + Files.size(dir.resolve(TABLES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("the store is closed");
        }
    }

    private void ensureUsable() {
        ensureOpen();
        if (broken) {
            throw new StoreException("the store needs a restart after an earlier error; nothing saved was lost");
        }
    }

    /** Closes the store; after a clean close the next open skips the rebuild. */
    @Override
    public void close() {
        writer.lock();
        visible.writeLock().lock();
        try {
            if (closed) {
                return;
            }
            boolean clean = journal != null && !broken;
            if (clean && migration == null && Compactor.worthIt(journal, tables.rowCount())) { // a migration never starts a compaction
                try {
                    compact();
                } catch (StoreException e) {
                    log.warn("the journal of {} was not compacted: {}", dir, e.getMessage());
                }
            }
            closed = true;
            if (tables != null) { // none after a repair that failed
                tables.close(clean);
                tables = null;
            }
            if (journal != null) {
                journal.close();
                if (clean) {
                    new CleanMarker(journal.size(), lastSeq).write(dir);
                }
            }
        } catch (IOException e) {
            throw new StoreException("the store in " + dir + " could not be closed cleanly; it will be rebuilt on next open", e);
        } finally {
            closeQuietly(lockChannel);
            visible.writeLock().unlock();
            writer.unlock();
        }
    }

    private void closeTables() {
        if (tables != null) {
            tables.close(false);
            tables = null;
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        if (c != null) {
            try {
                c.close();
            } catch (Exception e) {
                log.debug("ignored while closing", e);
            }
        }
    }
}
