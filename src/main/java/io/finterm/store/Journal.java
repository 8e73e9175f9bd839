package io.finterm.store;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Iterator;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * The append-only journal, the store's source of truth.
 *
 * <pre>
 * file   := header record*
 * header := "FTJ1" version:int32 baseSeq:int64
 * record := length:int32 crc32c:int32 seq:int64 payload[length]     (crc covers seq and payload)
 * </pre>
 *
 * A commit is acknowledged only after its record is written and {@link FileChannel#force} has
 * returned. Sequence numbers follow each other without gaps from {@code baseSeq + 1}. On open, a
 * damaged <em>last</em> record is a write that was never acknowledged and is cut off; a damaged
 * record with more data after it is committed data we cannot read, and opening is refused.
 */
final class Journal implements AutoCloseable {
    static final int HEADER = 16;
    static final int RECORD_HEADER = 16;
    static final int MAX_PAYLOAD = 1 << 30;
    private static final int MAGIC = 0x46544A31; // "FTJ1"
    /** The journal holds rows in the codecs of this schema version; older journals are migrated as they are read. */
    private static final int VERSION = Schema.VERSION;

    private final Path file;
    private final FileChannel channel;
    private long size;
    private long lastSeq;

    private Journal(Path file, FileChannel channel, long size, long lastSeq) {
        this.file = file;
        this.channel = channel;
        this.size = size;
        this.lastSeq = lastSeq;
    }

    /** Creates an empty journal atomically: it either exists with a whole header or not at all. */
    static Journal create(Disk disk, Path file) throws IOException {
        return writeAtomically(disk, file, 0, java.util.Collections.emptyIterator());
    }

    /** Opens a journal whose size and last sequence number a clean shutdown recorded. */
    static Journal openKnown(Disk disk, Path file, long expectedSize, long lastSeq) throws IOException {
        FileChannel ch = disk.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        if (ch.size() != expectedSize) {
            ch.close();
            throw new IOException("journal size changed");
        }
        return new Journal(file, ch, expectedSize, lastSeq);
    }

    /**
     * Reads every record in order and hands each commit to {@code apply}, cuts off a torn tail,
     * and returns the journal ready for appending.
     */
    static Journal replay(Disk disk, Path file, Consumer<Commit> apply) throws IOException {
        FileChannel ch = disk.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            long fileSize = ch.size();
            Scan scan = new Scan(file, ch, fileSize);
            scan.records(scan.header(stream(ch)), apply);
            // Parts after the last complete record belong to a commit that never finished.
            long end = scan.completeEnd;
            if (end < fileSize) {
                ch.truncate(end);
                ch.force(true);
            }
            return new Journal(file, ch, end, scan.completeSeq);
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    private static DataInputStream stream(FileChannel ch) throws IOException {
        ch.position(0);
        return new DataInputStream(new BufferedInputStream(Channels.newInputStream(ch), 1 << 16));
    }

    /** Reads the journal from the front and knows where it is and what it saw. */
    private static final class Scan {
        private final Path file;
        private final FileChannel channel;
        private final long fileSize;
        private long pos;
        private long lastSeq;
        /** Where the last complete (not part) record ends, and its number. */
        private long completeEnd = HEADER;
        private long completeSeq;
        private long baseSeq;

        Scan(Path file, FileChannel channel, long fileSize) {
            this.file = file;
            this.channel = channel;
            this.fileSize = fileSize;
        }

        DataInputStream header(DataInputStream in) throws IOException {
            if (fileSize < HEADER) {
                throw corrupt(0, "the journal header is incomplete");
            }
            int magic = in.readInt();
            int version = in.readInt();
            long baseSeq = in.readLong();
            if (magic != MAGIC) {
                throw corrupt(0, "this is not a finterm journal");
            }
            if (version > VERSION) {
                throw new StoreCorruptException("the journal " + file + " was written by a newer finterm (schema "
                        + version + "); this one reads schema " + VERSION + " and older. Upgrade finterm to open it");
            }
            if (version < VERSION) {
                // The migration hook: when Schema.VERSION goes up, convert older commits here as they are read.
                throw corrupt(4, "no migration from schema version " + version + " to " + VERSION);
            }
            pos = HEADER;
            lastSeq = baseSeq;
            completeSeq = baseSeq;
            this.baseSeq = baseSeq;
            return in;
        }

        /**
         * Applies every complete record, each preceded by its parts, and returns where the good
         * records end. Parts are remembered by offset and read again once their complete record
         * arrives, so a commit that never finished is never applied and memory stays flat.
         */
        long records(DataInputStream in, Consumer<Commit> apply) throws IOException {
            CRC32C crc = new CRC32C();
            byte[] seqBytes = new byte[8];
            java.util.List<Long> parts = new java.util.ArrayList<>();
            while (pos < fileSize) {
                long remaining = fileSize - pos;
                if (remaining < RECORD_HEADER) {
                    return tornTail("an incomplete record header");
                }
                int length = in.readInt();
                int storedCrc = in.readInt();
                long seq = in.readLong();
                if (length < 0 || length > MAX_PAYLOAD || RECORD_HEADER + (long) length > remaining) {
                    return tornTail("a record length of " + length + " bytes, with " + remaining + " bytes left");
                }
                byte[] payload = new byte[length];
                in.readFully(payload);
                crc.reset();
                ByteBuffer.wrap(seqBytes).putLong(0, seq);
                crc.update(seqBytes);
                crc.update(payload);
                if ((int) crc.getValue() != storedCrc) {
                    return tornTail("a record's checksum does not match");
                }
                if (seq != lastSeq + 1) {
                    throw corrupt(pos, "record " + seq + " follows record " + lastSeq);
                }
                Commit commit;
                try {
                    commit = Commit.decode(seq, payload, 0, length);
                } catch (StoreCorruptException e) {
                    throw corrupt(pos, e.getMessage());
                }
                if (commit.part()) {
                    parts.add(pos);
                } else {
                    for (long at : parts) {
                        apply.accept(readRecord(channel, at));
                    }
                    parts.clear();
                    apply.accept(commit);
                }
                lastSeq = seq;
                pos += RECORD_HEADER + length;
                if (!commit.part()) {
                    completeEnd = pos;
                    completeSeq = seq;
                }
            }
            return pos;
        }

        /**
         * A bad record at {@code pos}. An append that never finished damages only the end of the
         * file, so if no good record follows, this is that append, never acknowledged, and it is
         * cut off. If a good record does follow, committed data is damaged and we refuse to guess.
         */
        private long tornTail(String what) throws IOException {
            if (goodRecordAfter(pos, lastSeq + 2)) {
                throw corrupt(pos, what);
            }
            return pos;
        }

        /** Whether a record numbered {@code seq}, with a matching checksum, starts after {@code from}. */
        private boolean goodRecordAfter(long from, long seq) throws IOException {
            long size = fileSize - from;
            if (size <= RECORD_HEADER) {
                return false;
            }
            ByteBuffer rest = channel.map(FileChannel.MapMode.READ_ONLY, from, size);
            CRC32C crc = new CRC32C();
            for (int at = 1; at + RECORD_HEADER <= size; at++) {
                if (rest.getLong(at + 8) != seq) {
                    continue;
                }
                int length = rest.getInt(at);
                if (length < 0 || at + RECORD_HEADER + (long) length > size) {
                    continue;
                }
                crc.reset();
                crc.update(rest.duplicate().position(at + 8).limit(at + RECORD_HEADER + length));
                if ((int) crc.getValue() == rest.getInt(at + 4)) {
                    return true;
                }
            }
            return false;
        }

        private StoreCorruptException corrupt(long offset, String what) {
            boolean salvageable = offset >= HEADER;
            return new StoreCorruptException("the journal " + file + " is damaged at byte " + offset + ": " + what
                    + ". Nothing was changed. Restore the store from a backup (finterm restore)"
                    + (salvageable ? ", or keep " + (completeSeq - baseSeq == 1 ? "the commit" : "the " + (completeSeq - baseSeq) + " commits")
                            + " before the damage with finterm fsck --salvage" : ""),
                    salvageable ? completeEnd : -1);
        }
    }

    /**
     * Appends {@code record} (made by {@link #newRecord}) as commit {@code seq}, which must be the
     * next number, and forces it to disk. On failure the journal is cut back to where it was, so a
     * failed commit leaves no trace.
     */
    void append(RowWriter record, long seq) throws IOException {
        append(record, seq, true);
    }

    /**
     * Appends a record; with {@code force} false it is not yet durable (a part of a large commit,
     * made durable by the force of the complete record that ends it).
     */
    void append(RowWriter record, long seq, boolean force) throws IOException {
        if (seq != lastSeq + 1) {
            throw new IllegalStateException("commit " + seq + " does not follow " + lastSeq);
        }
        byte[] buf = record.buffer();
        int length = record.size() - RECORD_HEADER;
        sealRecord(record, seq);
        ByteBuffer bb = ByteBuffer.wrap(buf, 0, record.size());
        try {
            while (bb.hasRemaining()) {
                channel.write(bb, size + bb.position());
            }
            if (force) {
                channel.force(false);
            }
        } catch (IOException e) {
            try {
                channel.truncate(size);
                channel.force(true);
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw e;
        }
        size += RECORD_HEADER + length;
        lastSeq = seq;
    }

    /** Cuts the journal back to {@code size}, whose last record is {@code seq}: a commit abandoned after its parts. */
    void truncateTo(long size, long seq) throws IOException {
        channel.truncate(size);
        channel.force(true);
        this.size = size;
        this.lastSeq = seq;
    }

    /** Reads back the record at {@code offset}, written earlier by this process. */
    Commit read(long offset) throws IOException {
        return readRecord(channel, offset);
    }

    /** The record at {@code offset}, which was read and checked before. */
    private static Commit readRecord(FileChannel channel, long offset) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(RECORD_HEADER);
        readFully(channel, header, offset);
        int length = header.getInt(0);
        long seq = header.getLong(8);
        ByteBuffer payload = ByteBuffer.allocate(length);
        readFully(channel, payload, offset + RECORD_HEADER);
        return Commit.decode(seq, payload.array(), 0, length);
    }

    private static void readFully(FileChannel channel, ByteBuffer b, long at) throws IOException {
        while (b.hasRemaining()) {
            if (channel.read(b, at + b.position()) < 0) {
                throw new IOException("the journal ends before byte " + (at + b.limit()));
            }
        }
    }

    /** A record buffer with room for the header; the caller writes the payload after it. */
    static RowWriter newRecord(int payloadHint) {
        RowWriter w = new RowWriter(RECORD_HEADER + payloadHint);
        w.int32(0).int32(0).int64(0);
        return w;
    }

    private static void sealRecord(RowWriter record, long seq) {
        byte[] buf = record.buffer();
        int length = record.size() - RECORD_HEADER;
        if (length > MAX_PAYLOAD) {
            throw new StoreException("one transaction is too large for the journal (" + length + " bytes)");
        }
        ByteBuffer.wrap(buf).putLong(8, seq);
        CRC32C crc = new CRC32C();
        crc.update(buf, 8, 8 + length);
        record.int32At(0, length);
        record.int32At(4, (int) crc.getValue());
    }

    /**
     * Replaces the journal with {@code snapshot}: written to a temporary file, forced, and renamed
     * over the old journal, so a crash leaves either the old journal or the new one.
     */
    static Journal writeAtomically(Disk disk, Path file, long baseSeq, Iterator<RowWriter> records)
            throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        SecureFiles.ensureFile(tmp);
        try (FileChannel out = disk.open(tmp, StandardOpenOption.WRITE)) {
            ByteBuffer header = ByteBuffer.allocate(HEADER).putInt(MAGIC).putInt(VERSION).putLong(baseSeq).flip();
            writeFully(out, header);
            long seq = baseSeq;
            long size = HEADER;
            while (records.hasNext()) {
                RowWriter r = records.next();
                sealRecord(r, ++seq);
                writeFully(out, ByteBuffer.wrap(r.buffer(), 0, r.size()));
                size += r.size();
            }
            out.force(true);
            out.close();
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            SecureFiles.syncDirectory(file.getParent());
            return openKnown(disk, file, size, seq);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp); // a half-written snapshot only takes space, which may be what ran out
            throw e;
        }
    }

    private static void writeFully(FileChannel out, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            out.write(b);
        }
    }

    long size() {
        return size;
    }

    long lastSeq() {
        return lastSeq;
    }

    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        channel.close();
    }
}
