package io.finterm.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.mapdb.DB;
import org.mapdb.DBMaker;
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
    static final String LOCK = "store.lock";
    private static final int SNAPSHOT_CHUNK = 50_000;
    private static final int BULK_MIN_CHANGES = 10_000;
    /** Heap a bulk load takes per row, measured with 1,000,000 transactions (fits 1 GiB, not 512 MiB). */
    private static final long BULK_BYTES_PER_ROW = 700;
    /** The fewest journal bytes a row takes, to estimate the rows of a journal from its size. */
    private static final long JOURNAL_BYTES_PER_ROW = 24;
    static final String HEAP_BUDGET = "finterm.store.heap.budget";
    /** A journal smaller than this is never worth compacting at close. */
    private static final long COMPACT_MIN_BYTES = 8L << 20;
    /** Journal bytes per row of a snapshot: 45 for a transaction, more for the few users. */
    private static final long SNAPSHOT_BYTES_PER_ROW = 64;
    /**
     * Room a commit must leave on the disk besides three times its journal record (the record, and
     * what the tables grow by): MapDB maps its file and grows it a megabyte at a time, and writing a
     * page the disk cannot hold kills the writing thread (SIGBUS) rather than failing with an error.
     */
    static final long DISK_HEADROOM = 8L << 20;
    static final String DISK_FULL = "disk full: your last change was not saved";
    private static final Logger log = LoggerFactory.getLogger(Store.class);

    private final Path dir;
    private final Disk disk;
    private final FileChannel lockChannel;
    private final ReentrantLock writer = new ReentrantLock();
    private final ReentrantReadWriteLock visible = new ReentrantReadWriteLock();
    private Journal journal;
    private DB db;
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
    }

    /** An empty store in memory, with no journal: for tests and throw-away work. */
    public static Store inMemory() {
        Store s = new Store(null, Disk.DEFAULT, null);
        try {
            s.rebuild(new Tables.State());
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

    /** Opens the store with its journal on {@code disk}: a test's way to fill the disk. */
    static Store open(Path dir, Disk disk) {
        FileChannel lockChannel = null;
        try {
            SecureFiles.ensureDirectory(dir);
            lockChannel = lock(dir);
            Store s = new Store(dir, disk, lockChannel);
            try {
                s.openFiles();
            } catch (IOException | RuntimeException e) {
                s.closeTables();
                closeQuietly(s.journal);
                throw e;
            }
            return s;
        } catch (IOException e) {
            closeQuietly(lockChannel);
            throw new StoreException("cannot open the store in " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(lockChannel);
            throw e;
        }
    }

    /**
     * What {@link #salvage} did: the journal's intact start it kept, the damaged rest it dropped (at
     * least {@code droppedRecords} journal records: commits, or parts of a large one), and where the
     * whole damaged journal was set aside.
     */
    public record Salvaged(long keptBytes, long droppedBytes, long droppedRecords, Path setAside) {
    }

    /**
     * Keeps the intact start of a damaged journal: the whole journal is first copied aside (0600,
     * forced to disk), then cut back to its last whole commit before the damage, and the tables are
     * rebuilt on the next open. Commits after the damage are lost, which is why this only runs
     * when asked ({@code finterm fsck --salvage}).
     *
     * @return what was done, or {@code null} when the journal is not damaged
     * @throws StoreCorruptException when not even the journal's header is intact
     */
    public static Salvaged salvage(Path dir) {
        Path journalFile = dir.resolve(JOURNAL);
        if (!Files.exists(journalFile)) {
            return null;
        }
        FileChannel lockChannel = null;
        try {
            lockChannel = lock(dir);
            Journal.Header header = Journal.header(journalFile);
            if (header != null) {
                StoreFormat.refuseNewer(header.format());
            }
            try {
                Journal.replay(Disk.DEFAULT, journalFile, acknowledged(dir, CleanMarker.read(dir)), commit -> { }).close();
                return null;
            } catch (StoreCorruptException e) {
                if (e.goodPrefix() < 0) {
                    throw e;
                }
                long size = Files.size(journalFile);
                Path aside = journalFile.resolveSibling(JOURNAL + ".damaged");
                for (int n = 2; Files.exists(aside); n++) {
                    aside = journalFile.resolveSibling(JOURNAL + ".damaged-" + n);
                }
                Files.copy(journalFile, SecureFiles.ensureFile(aside), StandardCopyOption.REPLACE_EXISTING);
                try (FileChannel copy = FileChannel.open(aside, StandardOpenOption.WRITE)) {
                    copy.force(true);
                }
                try (FileChannel ch = FileChannel.open(journalFile, StandardOpenOption.WRITE)) {
                    ch.truncate(e.goodPrefix());
                    ch.force(true);
                }
                Files.deleteIfExists(dir.resolve(CLEAN_MARKER));
                Files.deleteIfExists(dir.resolve(TABLES));
                SecureFiles.syncDirectory(dir);
                log.warn("salvaged the journal of {}: kept {} bytes, dropped {}; the damaged journal is {}", dir,
                        e.goodPrefix(), size - e.goodPrefix(), aside);
                return new Salvaged(e.goodPrefix(), size - e.goodPrefix(), e.lostRecords(), aside);
            }
        } catch (IOException e) {
            throw new StoreException("cannot salvage the store in " + dir + ": " + e.getMessage(), e);
        } finally {
            closeQuietly(lockChannel);
        }
    }

    private static FileChannel lock(Path dir) throws IOException {
        FileChannel ch = FileChannel.open(SecureFiles.ensureFile(dir.resolve(LOCK)),
                StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            FileLock lock = ch.tryLock();
            if (lock == null) {
                throw new StoreInUseException(dir);
            }
            return ch;
        } catch (OverlappingFileLockException e) {
            ch.close();
            throw new StoreInUseException(dir);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private void openFiles() throws IOException {
        Path journalFile = dir.resolve(JOURNAL);
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
            rebuild(new Tables.State());
            opened = Opened.CREATED;
        } else if (header != null && header.format() < StoreFormat.CURRENT) {
            ensureRoomToMigrate(journalFile);
            migration = Migrations.run(dir, disk, acknowledged(dir, marker));
            rebuildFromJournal(acknowledged(dir, null));
            opened = Opened.REBUILT;
        } else if (marker != null && openClean(journalFile, marker.journalSize(), marker.seq())) {
            opened = Opened.CLEAN;
        } else {
            rebuildFromJournal(acknowledged(dir, marker));
            opened = Opened.REBUILT;
        }
        lastSeq = journal.lastSeq();
        log.info("store {} opened ({}, format {}), journal at commit {}", dir, opened, journal.format(), lastSeq);
    }

    /**
     * What the clean-shutdown marker (if any) and the tables' record of the last commit they saw
     * prove was acknowledged; read before a rebuild replaces the tables.
     */
    private static Acknowledged acknowledged(Path dir, CleanMarker marker) {
        Acknowledged tables = new Acknowledged(Tables.journalSeqOf(dir.resolve(TABLES)), 0);
        return marker == null ? tables : tables.and(marker.acknowledged());
    }

    private boolean openClean(Path journalFile, long size, long seq) {
        if (!Files.exists(dir.resolve(TABLES))) {
            return false;
        }
        try {
            journal = Journal.openKnown(disk, journalFile, size, seq);
            db = openDb();
            tables = Tables.open(db);
            if (tables.journalSeq() == seq && tables.format() == StoreFormat.CURRENT) {
                return true;
            }
        } catch (IOException | RuntimeException e) {
            log.warn("tables in {} could not be opened after a clean close; rebuilding: {}", dir, e.toString());
        }
        closeTables();
        closeQuietly(journal);
        journal = null;
        return false;
    }

    /**
     * Rebuilds the tables from the journal: in one sorted bulk load when the heap can hold every
     * row, otherwise commit by commit, which is slower but needs little memory.
     */
    private void rebuildFromJournal(Acknowledged acknowledged) throws IOException {
        Path journalFile = dir.resolve(JOURNAL);
        ensureRoomToRebuild(journalFile);
        long estimatedRows = Files.size(journalFile) / JOURNAL_BYTES_PER_ROW;
        if (estimatedRows * BULK_BYTES_PER_ROW < availableHeap()) {
            Tables.State state = new Tables.State();
            journal = Journal.replay(disk, journalFile, acknowledged, state::apply);
            rebuild(state);
        } else {
            log.info("tables in {} are rebuilt commit by commit: the heap is too small to load them at once", dir);
            // The journal is checked whole first: the old tables are evidence of what was acknowledged until then.
            Journal.replay(disk, journalFile, acknowledged, commit -> { }).close();
            rebuild(new Tables.State());
            journal = Journal.replay(disk, journalFile, acknowledged, tables::apply);
        }
    }

    /** A migration keeps a copy of the old journal and writes a new one beside it before the tables are rebuilt. */
    private void ensureRoomToMigrate(Path journalFile) throws IOException {
        long free = disk.usableSpace(dir);
        long needed = 2 * Files.size(journalFile) + DISK_HEADROOM;
        if (free < needed) {
            throw new StoreException(String.format("disk full: upgrading the store in %s to format %d needs about %d MB"
                    + " free and %d MB are; free some space and start finterm again", dir, StoreFormat.CURRENT, mb(needed), mb(free)));
        }
    }

    /** Replaces the MapDB file with one bulk-loaded from {@code state}. */
    private void rebuild(Tables.State state) throws IOException {
        long started = System.nanoTime();
        closeTables();
        if (dir == null) {
            db = DBMaker.memoryDB().make();
            tables = Tables.load(db, state);
            return;
        }
        Path file = dir.resolve(TABLES);
        Files.deleteIfExists(file);
        db = openDb(); // MapDB refuses a file that exists but is empty, so restrict it once created
        SecureFiles.ensureFile(file);
        tables = Tables.load(db, state);
        log.info("tables in {} rebuilt from the journal in {} ms", dir, (System.nanoTime() - started) / 1_000_000);
    }

    private DB openDb() {
        return DBMaker.fileDB(dir.resolve(TABLES).toFile())
                .fileMmapEnableIfSupported()
                .fileMmapPreclearDisable()
                .cleanerHackEnable()
                .fileLockDisable() // the store's own lock already keeps other processes out
                .make();
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
        writer.lock();
        try {
            ensureUsable();
            Parts parts = journal == null ? null : new Parts();
            WriteTx tx = new WriteTx(tables, parts, lastSeq);
            try {
                R result = work.apply(tx);
                if (!tx.isEmpty()) {
                    commit(tx.toCommit((journal == null ? lastSeq : journal.lastSeq()) + 1), parts, tx.spilled());
                }
                return result;
            } catch (RuntimeException | Error e) {
                if (parts != null) {
                    parts.abandon();
                }
                throw e;
            }
        } finally {
            writer.unlock();
        }
    }

    /**
     * The parts a large write transaction has handed to the journal ahead of its commit
     * ({@link WriteTx#spill()}): appended without a force, counted only once the complete record
     * follows, and cut off again if the transaction fails.
     */
    private final class Parts implements WriteTx.Spiller {
        private final long startSize = journal.size();
        private final long startSeq = journal.lastSeq();
        private final List<Long> offsets = new ArrayList<>();
        private boolean sealed;

        /**
         * Whether to spill: when the rows held so far, together with a bulk load of the whole store
         * that would follow, would not fit in the free heap. Twice the bulk estimate leaves room for both.
         */
        @Override
        public boolean wanted(long pendingRows) {
            return !offsets.isEmpty() || (rowCount() + pendingRows) * BULK_BYTES_PER_ROW * 2 > availableHeap();
        }

        @Override
        public void write(List<Commit.RowChange> changes) {
            long seq = journal.lastSeq() + 1;
            RowWriter record = Journal.newRecord(changes.size() * 48);
            new Commit(seq, changes, Map.of(), true).writePayload(record);
            long at = journal.size();
            ensureRoom(record.size());
            try {
                journal.append(record, seq, false);
            } catch (IOException e) {
                throw new StoreException(writeFailure(e), e);
            }
            offsets.add(at);
        }

        /** Cuts the parts off again; a transaction whose complete record was written is never abandoned. */
        void abandon() {
            if (sealed || offsets.isEmpty()) {
                return;
            }
            try {
                journal.truncateTo(startSize, startSeq);
            } catch (IOException e) {
                broken = true; // the parts stay, harmless without a complete record; a restart cuts them
                log.warn("could not cut an abandoned commit off the journal of {}: {}", dir, e.toString());
            }
        }
    }

    private void commit(Commit commit, Parts parts, long spilled) {
        if (journal != null) {
            RowWriter record = Journal.newRecord(64 + commit.changes().size() * 48);
            commit.writePayload(record);
            ensureRoom(record.size());
            try {
                journal.append(record, commit.seq());
            } catch (IOException e) {
                throw new StoreException(writeFailure(e), e);
            }
            parts.sealed = true;
        }
        visible.writeLock().lock();
        try {
            List<Long> partOffsets = parts == null ? List.of() : parts.offsets;
            if (isBulk(commit.changes().size() + spilled)) {
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
     * Whether to apply a commit of {@code changes} rows by bulk loading every row again rather than row by row:
     * MapDB's sorted bulk load is over ten times faster per row than its random inserts, when the
     * commit is large next to the store, and when the heap can hold the whole store while loading it
     * (a smaller heap is slower, never broken).
     */
    private boolean isBulk(long changes) {
        long rows = rowCount();
        return changes >= BULK_MIN_CHANGES && changes * 8L >= rows
                && (rows + changes) * BULK_BYTES_PER_ROW < availableHeap();
    }

    private long rowCount() {
        long rows = 0;
        for (Table<?> t : Schema.TABLES) {
            rows += tables.count(t);
        }
        return rows;
    }

    /** The free heap, or the system property {@value #HEAP_BUDGET} (bytes) where it is set, to test the frugal paths. */
    private static long availableHeap() {
        Runtime r = Runtime.getRuntime();
        return Long.getLong(HEAP_BUDGET, r.maxMemory() - (r.totalMemory() - r.freeMemory()));
    }

    /** The tables take about twice the journal's bytes; the old tables file is deleted before the new one is written. */
    private void ensureRoomToRebuild(Path journalFile) throws IOException {
        Path tablesFile = dir.resolve(TABLES);
        long free = disk.usableSpace(dir) + (Files.exists(tablesFile) ? Files.size(tablesFile) : 0);
        long needed = 2 * Files.size(journalFile) + DISK_HEADROOM;
        if (free < needed) {
            throw new StoreException(String.format("disk full: rebuilding the tables of the store in %s needs about %d MB"
                    + " free and %d MB are; free some space and start finterm again", dir, mb(needed), mb(free)));
        }
    }

    private static long mb(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    /** Refuses a record of {@code bytes} before any of it is written when the disk could not hold it and the tables' growth. */
    private void ensureRoom(long bytes) {
        long free;
        try {
            free = disk.usableSpace(dir);
        } catch (IOException e) {
            return; // the write itself will say what is wrong
        }
        if (free < 3 * bytes + DISK_HEADROOM) {
            throw new StoreException(DISK_FULL);
        }
    }

    private static String writeFailure(IOException e) {
        String why = String.valueOf(e.getMessage());
        if (why.contains("No space left")) {
            return DISK_FULL;
        }
        return "could not write to the journal (" + why + "): your last change was not saved";
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
            Iterator<RowWriter> records = snapshot();
            journal = Journal.rewrite(disk, old.file(), old.lastSeq(), sink -> {
                while (records.hasNext()) {
                    sink.add(records.next());
                }
            });
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
        } catch (IOException e) {
            throw new StoreException(writeFailure(e).replace("your last change", "the compaction"), e);
        } finally {
            writer.unlock();
        }
    }

    /** Every row as puts, in chunks of {@value #SNAPSHOT_CHUNK}; the last chunk carries the sequences. */
    private Iterator<RowWriter> snapshot() {
        List<Commit.RowChange> all = new ArrayList<>();
        Map<Table<?>, Long> sequences = new LinkedHashMap<>();
        for (Table<?> table : Schema.TABLES) {
            tables.rows(table).forEach((id, bytes) -> all.add(new Commit.RowChange(table, id, bytes, null)));
            sequences.put(table, tables.nextId(table));
        }
        int chunks = Math.max(1, (all.size() + SNAPSHOT_CHUNK - 1) / SNAPSHOT_CHUNK);
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return next < chunks;
            }

            @Override
            public RowWriter next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                int from = next * SNAPSHOT_CHUNK;
                List<Commit.RowChange> part = all.subList(from, Math.min(all.size(), from + SNAPSHOT_CHUNK));
                next++;
                Commit c = new Commit(0, part, next == chunks ? sequences : Map.of(), false);
                RowWriter record = Journal.newRecord(part.size() * 48);
                c.writePayload(record);
                return record;
            }
        };
    }

    /** Checks every row against every index, foreign key and aggregate. */
    public IntegrityReport check() {
        writer.lock();
        try {
            ensureUsable();
            IntegrityReport tablesReport = new IntegrityCheck(tables).run();
            if (journal == null) {
                return tablesReport;
            }
            List<String> problems = new ArrayList<>(tablesReport.problems());
            try {
                Journal.verify(journal.file(), journal.size());
            } catch (StoreCorruptException e) {
                problems.add(0, e.getMessage());
            } catch (IOException e) {
                problems.add(0, "the journal " + journal.file() + " could not be read: " + e.getMessage());
            }
            return new IntegrityReport(problems, tablesReport.rowCounts());
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
            closeQuietly(journal);
            rebuildFromJournal(new Acknowledged(lastSeq, journal.size()));
            lastSeq = journal.lastSeq();
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
            if (clean && migration == null && journalOutgrewRows()) { // a migration never starts a compaction
                try {
                    compact();
                } catch (StoreException e) {
                    log.warn("the journal of {} was not compacted: {}", dir, e.getMessage());
                }
            }
            closed = true;
            if (clean) {
                db.commit(); // forces the MapDB file to disk
            }
            closeTables();
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

    /**
     * Whether edits and deletes have left the journal more than twice the size of a snapshot of
     * the rows (about {@value #SNAPSHOT_BYTES_PER_ROW} bytes each), and worth a compaction at close.
     */
    private boolean journalOutgrewRows() {
        return journal.size() > COMPACT_MIN_BYTES && journal.size() > 2 * SNAPSHOT_BYTES_PER_ROW * rowCount();
    }

    private void closeTables() {
        if (db != null && !db.isClosed()) {
            db.close();
        }
        db = null;
        tables = null;
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
