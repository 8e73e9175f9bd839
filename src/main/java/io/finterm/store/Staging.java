package io.finterm.store;

import io.finterm.files.SecureFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.CRC32C;

/**
 * New rows of a large write, checked and encoded while no lock is held, and committed later by
 * {@link Store#commit(Staging, java.util.function.Function)}. So one person's long import never
 * keeps the writer lock from another person's login.
 *
 * <p>Rows are encoded at once; every {@code partRows} of them become one part, written to a 0600
 * file in the store's own directory ({@value #PREFIX}…{@value #SUFFIX}, removed by {@link #close()},
 * and by the next open after a crash), so memory holds one part at most. A part's bytes are
 * exactly the payload of a journal part record, so the commit copies them as they are. Part records
 * cannot go to the journal before the commit: replay folds parts into the next complete record, so
 * no other commit may come between them.
 *
 * <p>Ids come from blocks that the store reserves for this staging under short holds of its writer
 * lock: other writers skip them. A block's unused ids are a harmless gap after a failure, and a
 * restart forgets the reservation, as it forgets the staging.
 */
public final class Staging implements AutoCloseable {
    static final String PREFIX = "staging-";
    static final String SUFFIX = ".tmp";

    private final Store store;
    private final Place files;
    private final int partRows;
    private final Map<Table<?>, Reserved> current = new HashMap<>();
    private final List<Reserved> blocks = new ArrayList<>();
    private final List<Commit.RowChange> pending = new ArrayList<>();
    private final List<Part> parts = new ArrayList<>();
    private final Map<Table<?>, Long> highest = new HashMap<>();
    private final Map<Table<?>, List<ForeignKey<?, ?>>> foreignKeys = new HashMap<>();
    /** One staged row per table and combination of parent ids, to check the foreign keys at the commit. */
    private final Map<Table<?>, Map<List<Object>, Object>> parentSamples = new HashMap<>();
    private Path file;
    private FileChannel channel;
    private long fileSize;
    private long rows;
    private boolean sealed;
    private boolean closed;

    /** Ids {@code [from, to)} of {@code table}, reserved for this staging; {@code next} is the first not yet drawn. */
    static final class Reserved {
        final Table<?> table;
        final long from;
        final long to;
        long next;

        Reserved(Table<?> table, long from, long to) {
            this.table = table;
            this.from = from;
            this.to = to;
            this.next = from;
        }
    }

    /** Where a staging's file goes: the store's directory, on the store's disk, checked for room like the journal. */
    record Place(Path dir, Disk disk, DiskRoom room) {
    }

    /** A staged part: in the file at {@code offset}, or in memory (an in-memory store, or the last part). */
    private record Part(long offset, int length, byte[] inMemory, int rows) {
    }

    /** @param files where parts go; {@code null} keeps them in memory (an in-memory store) */
    Staging(Store store, Place files, int partRows) {
        if (partRows < 1) {
            throw new IllegalArgumentException("a part holds at least one row");
        }
        this.store = store;
        this.files = files;
        this.partRows = partRows;
    }

    /**
     * Draws the next id of {@code table} for this staging, reserving {@code block} more under the
     * store's writer lock when the reserved ones are used up.
     */
    public long nextId(Table<?> table, int block) {
        ensureOpen();
        Reserved r = current.get(table);
        if (r == null || r.next == r.to) {
            r = store.write(tx -> tx.reserve(table, Math.max(1, block))); // a short hold of the writer lock; nothing to commit
            current.put(table, r);
            blocks.add(r);
        }
        return r.next++;
    }

    /**
     * Encodes {@code row} and stages it. Its id must come from {@link #nextId}, and rise from row to
     * row of a table (as drawn), which keeps the staged ids unique without remembering them.
     */
    public <T> void add(Table<T> table, T row) {
        ensureOpen();
        if (sealed) {
            throw new IllegalStateException("this staging is sealed");
        }
        List<ForeignKey<?, ?>> keys = foreignKeys.computeIfAbsent(table, Staging::stageable);
        long id = table.id(row);
        if (!reservedHere(table, id) || id <= highest.getOrDefault(table, 0L)) {
            throw new IllegalArgumentException(table.name() + " id " + id + " was not drawn for this staging, or not after the last one");
        }
        List<Object> parents = new ArrayList<>(keys.size());
        for (ForeignKey<?, ?> fk : keys) {
            parents.add(parentKey(fk, row));
        }
        parentSamples.computeIfAbsent(table, t -> new HashMap<>()).putIfAbsent(parents, row);
        pending.add(new Commit.RowChange(table, id, table.codec().encode(row), null));
        highest.put(table, id);
        rows++;
        if (pending.size() >= partRows) {
            flush(true);
        }
    }

    /** The foreign keys of {@code table}'s rows, if they may be staged: no constraint may look back at them. */
    private static List<ForeignKey<?, ?>> stageable(Table<?> table) {
        if (!WriteTx.spillable(table)) {
            throw new IllegalArgumentException(table.name() + " rows cannot be staged: a constraint looks back at them");
        }
        return Schema.FOREIGN_KEYS.stream().filter(fk -> fk.child() == table).toList();
    }

    @SuppressWarnings("unchecked")
    private static <C> Object parentKey(ForeignKey<C, ?> fk, Object row) {
        return fk.parentKey((C) row);
    }

    /** How many rows make one part. */
    public int partRows() {
        return partRows;
    }

    /** How many rows are staged. */
    public long rows() {
        return rows;
    }

    private boolean reservedHere(Table<?> table, long id) {
        Reserved r = current.get(table);
        if (r != null && id >= r.from && id < r.next) {
            return true; // nearly always: the rows follow the ids as they are drawn
        }
        for (Reserved b : blocks) {
            if (b.table == table && id >= b.from && id < b.next) {
                return true;
            }
        }
        return false;
    }

    /** Turns the pending rows into a part: to the file, or (the last part, or in memory) kept as bytes. */
    private void flush(boolean toFile) {
        if (pending.isEmpty()) {
            return;
        }
        RowWriter payload = new RowWriter(pending.size() * 48);
        new Commit(0, pending, Map.of(), true).writePayload(payload);
        int n = pending.size();
        pending.clear();
        if (!toFile || files == null) {
            parts.add(new Part(0, payload.size(), java.util.Arrays.copyOf(payload.buffer(), payload.size()), n));
            return;
        }
        try {
            if (channel == null) {
                file = files.dir().resolve(PREFIX + UUID.randomUUID() + SUFFIX);
                SecureFiles.ensureFile(file);
                channel = files.disk().open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
            }
            files.room().forRecord(payload.size());
            ByteBuffer frame = ByteBuffer.allocate(8);
            CRC32C crc = new CRC32C();
            crc.update(payload.buffer(), 0, payload.size());
            frame.putInt(0, payload.size()).putInt(4, (int) crc.getValue());
            write(frame, fileSize);
            write(ByteBuffer.wrap(payload.buffer(), 0, payload.size()), fileSize + 8);
            parts.add(new Part(fileSize + 8, payload.size(), null, n));
            fileSize += 8 + payload.size();
        } catch (IOException e) {
            throw new StoreException(writeFailure(e), e);
        }
    }

    private void write(ByteBuffer b, long at) throws IOException {
        while (b.hasRemaining()) {
            channel.write(b, at + b.position());
        }
    }

    private static String writeFailure(IOException e) {
        String why = String.valueOf(e.getMessage());
        return why.contains("No space left") ? DiskRoom.FULL
                : "could not write the staging file in the store's directory (" + why + "): nothing was saved";
    }

    /** Encodes the last rows; done before the commit takes the lock. */
    void seal() {
        ensureOpen();
        if (!sealed) {
            flush(false);
            sealed = true;
        }
    }

    /** The reserved blocks, given back when this staging closes. */
    List<Reserved> blocks() {
        return blocks;
    }

    /**
     * Adds the staged rows to {@code tx}, under the writer lock: each part goes to the journal now
     * (or, for a store without one, into the commit), and each table's sequence moves past them.
     *
     * @throws StoreException if a committed row took an id reserved here (only a restore names its
     *                        own ids); nothing was written then
     */
    void handTo(WriteTx tx) {
        // Every row with the same parents (a user and a category) gets the same answer: one of each is checked.
        parentSamples.forEach((table, samples) -> samples.values().forEach(row -> checkParents(tx, table, row)));
        for (Reserved r : blocks) {
            if (tx.committedRowIn(r.table, r.from, r.to)) {
                throw new StoreException("ids reserved for this change were taken by another one meanwhile; nothing was saved");
            }
        }
        try {
            for (Part p : parts) {
                tx.addStagedPart(p.inMemory() != null ? p.inMemory() : readPart(p), p.rows());
            }
        } catch (IOException e) {
            throw new StoreException("could not read the staging file " + file + " back (" + e.getMessage() + "): nothing was saved", e);
        }
        highest.forEach((table, id) -> tx.advanceSequence(table, id + 1));
    }

    @SuppressWarnings("unchecked")
    private static <T> void checkParents(WriteTx tx, Table<T> table, Object row) {
        tx.checkParents(table, (T) row);
    }

    private byte[] readPart(Part p) throws IOException {
        ByteBuffer frame = ByteBuffer.allocate(8);
        Journal.readFully(channel, frame, p.offset() - 8);
        ByteBuffer payload = ByteBuffer.allocate(p.length());
        Journal.readFully(channel, payload, p.offset());
        CRC32C crc = new CRC32C();
        crc.update(payload.array(), 0, p.length());
        if (frame.getInt(0) != p.length() || frame.getInt(4) != (int) crc.getValue()) {
            throw new StoreCorruptException("the staging file " + file + " changed on disk at byte " + (p.offset() - 8)
                    + "; nothing was saved");
        }
        return payload.array();
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("this staging is closed");
        }
    }

    /** Removes the staging file and gives the unused reserved ids back where nobody reserved after them. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        pending.clear();
        parts.clear();
        try {
            if (!blocks.isEmpty()) {
                store.write(tx -> {
                    tx.release(blocks);
                    return null;
                });
            }
        } catch (StoreException e) {
            // a closed or broken store: the reservation is forgotten with it
        }
        try {
            if (channel != null) {
                channel.close();
            }
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new StoreException("could not remove the staging file " + file + ": " + e.getMessage(), e);
        }
    }

    /** Removes the staging files that a process killed mid-import left: nothing in them was ever committed. */
    static void removeStale(Path dir) throws IOException {
        try (DirectoryStream<Path> stale = Files.newDirectoryStream(dir, PREFIX + "*" + SUFFIX)) {
            for (Path p : stale) {
                Files.deleteIfExists(p);
            }
        }
    }
}
