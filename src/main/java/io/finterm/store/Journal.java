package io.finterm.store;

import io.finterm.files.SecureFiles;
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
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * The append-only journal, the store's source of truth.
 *
 * <pre>
 * file    := header record*
 * header  := "FTJ1" format:int32 baseSeq:int64
 * record  := length:int32 crc32c:int32 seq:int64 payload[length] trailer   (crc covers seq and payload)
 * trailer := seq:int64 length:int32                                        (from format 2 on)
 * </pre>
 *
 * A commit is acknowledged only after its record is written and {@link FileChannel#force} has
 * returned. Sequence numbers follow each other without gaps from {@code baseSeq + 1}. The trailer
 * repeats the header's number and length and is written last, so a record whose trailer matches
 * was written whole: {@link JournalScan} tells a torn append, which it cuts off, from damage to an
 * acknowledged commit, which it refuses. Only the current format is ever appended to; an older
 * journal is read to migrate it ({@link Migrations}).
 */
final class Journal implements AutoCloseable {
    static final int HEADER = 16;
    static final int RECORD_HEADER = 16;
    static final int TRAILER = 12;
    static final int MAX_PAYLOAD = 1 << 30;
    /** The largest last record whose checksum a clean open checks. */
    static final int CHECKED_AT_OPEN = 4 << 20;
    static final int MAGIC = 0x46544A31; // "FTJ1"

    private final Path file;
    private final FileChannel channel;
    private final int format;
    private long size;
    private long lastSeq;
    /** A last record too large to checksum at a clean open, checked before anything is appended after it. */
    private boolean lastRecordUnchecked;

    private Journal(Path file, FileChannel channel, int format, long size, long lastSeq) {
        this.file = file;
        this.channel = channel;
        this.format = format;
        this.size = size;
        this.lastSeq = lastSeq;
    }

    /** Creates an empty journal atomically: it either exists with a whole header or not at all. */
    static Journal create(Disk disk, Path file) throws IOException {
        return rewrite(disk, file, 0, sink -> { });
    }

    /** What a journal's header says: its format and the number its records count on from. */
    record Header(int format, long baseSeq) {
    }

    /**
     * The header of the journal {@code file}, or {@code null} when its first bytes are not a
     * journal header (replaying it says what is wrong).
     */
    static Header header(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer b = ByteBuffer.allocate(HEADER);
            while (b.hasRemaining() && ch.read(b) >= 0) {
                // read on until the header is whole or the file ends
            }
            return !b.hasRemaining() && b.getInt(0) == MAGIC ? new Header(b.getInt(4), b.getLong(8)) : null;
        }
    }

    /**
     * Opens a journal of the current format whose size and last sequence number a clean shutdown
     * recorded, after checking that its last record is intact: the tables stand in for the rest
     * until the next full scan ({@code finterm fsck} does one).
     */
    static Journal openKnown(Disk disk, Path file, long expectedSize, long lastSeq) throws IOException {
        FileChannel ch = disk.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            if (ch.size() != expectedSize) {
                throw new IOException("journal size changed");
            }
            Header header = header(file);
            if (header == null || header.format() != StoreFormat.CURRENT) {
                throw new IOException("the journal is not of format " + StoreFormat.CURRENT);
            }
            Journal journal = new Journal(file, ch, StoreFormat.CURRENT, expectedSize, lastSeq);
            journal.lastRecordUnchecked = !checkLastRecord(ch, expectedSize, lastSeq, CHECKED_AT_OPEN);
            return journal;
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /**
     * Finds the last record from its trailer and checks its header and number, and its checksum when
     * it is at most {@code checksumUpTo} bytes.
     *
     * @return whether the checksum was checked
     * @throws IOException naming what does not match
     */
    private static boolean checkLastRecord(FileChannel ch, long size, long seq, long checksumUpTo) throws IOException {
        if (size == HEADER) {
            return true;
        }
        ByteBuffer trailer = ByteBuffer.allocate(TRAILER);
        readFully(ch, trailer, size - TRAILER);
        int length = trailer.getInt(8);
        long start = size - TRAILER - length - RECORD_HEADER;
        if (trailer.getLong(0) != seq || length < 0 || start < HEADER) {
            throw new IOException("the last record's trailer does not match");
        }
        boolean whole = length <= checksumUpTo;
        ByteBuffer record = ByteBuffer.allocate(RECORD_HEADER + (whole ? length : 0));
        readFully(ch, record, start);
        if (record.getInt(0) != length || record.getLong(8) != seq) {
            throw new IOException("the last record's header does not match its trailer");
        }
        if (whole) {
            CRC32C crc = new CRC32C();
            crc.update(record.duplicate().position(8));
            if (record.getInt(4) != (int) crc.getValue()) {
                throw new IOException("the last record is damaged");
            }
        }
        return whole;
    }

    /**
     * Checks the checksum of a last record that a clean open left unchecked (every interactive commit
     * is checked at open; a large import's is checked here, once): nothing may be appended after a
     * damaged record, or salvaging it would drop what came after.
     */
    private void checkBeforeAppending() throws IOException {
        if (lastRecordUnchecked) {
            try {
                checkLastRecord(channel, size, lastSeq, Long.MAX_VALUE);
            } catch (IOException e) {
                throw new StoreCorruptException("the journal " + file + " is damaged (" + e.getMessage() + "): nothing was"
                        + " saved. Close finterm and run finterm fsck, which names the damage and how to keep what came before it");
            }
            lastRecordUnchecked = false;
        }
    }

    /**
     * Reads every record in order and hands each commit to {@code apply}, cuts off a torn tail
     * (never what {@code acknowledged} covers), and returns the journal ready for appending.
     */
    static Journal replay(Disk disk, Path file, Acknowledged acknowledged, Consumer<Commit> apply) throws IOException {
        FileChannel ch = disk.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE);
        try {
            long fileSize = ch.size();
            JournalScan scan = new JournalScan(file, ch, fileSize, acknowledged);
            DataInputStream in = stream(ch);
            scan.header(in);
            scan.records(in, apply);
            // Parts after the last complete record belong to a commit that never finished.
            long end = scan.completeEnd();
            if (end < fileSize) {
                ch.truncate(end);
                ch.force(true);
            }
            return new Journal(file, ch, scan.format(), end, scan.completeSeq());
        } catch (IOException | RuntimeException e) {
            ch.close();
            throw e;
        }
    }

    /**
     * Checks every record of the first {@code size} bytes of {@code file}, all of them acknowledged,
     * without changing anything: {@code finterm fsck}'s look at the journal of an open store.
     *
     * @throws StoreCorruptException naming the first damaged record
     */
    static void verify(Path file, long size) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            JournalScan scan = new JournalScan(file, ch, size, new Acknowledged(Long.MAX_VALUE, size));
            DataInputStream in = stream(ch);
            scan.header(in);
            scan.records(in, commit -> { });
        }
    }

    private static DataInputStream stream(FileChannel ch) throws IOException {
        ch.position(0);
        return new DataInputStream(new BufferedInputStream(Channels.newInputStream(ch), 1 << 16));
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
        if (format != StoreFormat.CURRENT) {
            throw new IllegalStateException("a journal of format " + format + " is migrated, never appended to");
        }
        checkBeforeAppending();
        int total = sealRecord(record, seq);
        ByteBuffer bb = ByteBuffer.wrap(record.buffer(), 0, total);
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
        size += total;
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
    static Commit readRecord(FileChannel channel, long offset) throws IOException {
        ByteBuffer header = ByteBuffer.allocate(RECORD_HEADER);
        readFully(channel, header, offset);
        int length = header.getInt(0);
        long seq = header.getLong(8);
        ByteBuffer payload = ByteBuffer.allocate(length);
        readFully(channel, payload, offset + RECORD_HEADER);
        return Commit.decode(seq, payload.array(), 0, length);
    }

    static void readFully(FileChannel channel, ByteBuffer b, long at) throws IOException {
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

    /**
     * Fills in the header of a record whose payload is written, appends its trailer, and returns
     * the record's whole length. A record is sealed once.
     */
    private static int sealRecord(RowWriter record, long seq) {
        int length = record.size() - RECORD_HEADER;
        if (length > MAX_PAYLOAD) {
            throw new StoreException("one transaction is too large for the journal (" + length + " bytes)");
        }
        ByteBuffer.wrap(record.buffer()).putLong(8, seq);
        CRC32C crc = new CRC32C();
        crc.update(record.buffer(), 8, 8 + length);
        record.int32At(0, length);
        record.int32At(4, (int) crc.getValue());
        record.int64(seq).int32(length);
        return record.size();
    }

    /**
     * The new journal took the old one's place but could not be opened: whoever still holds the old
     * journal holds a file that is gone, and must append nothing more to it.
     */
    static final class Replaced extends IOException {
        Replaced(Path file, Exception cause) {
            super("the journal " + file + " was rewritten but could not be opened again: " + cause.getMessage(), cause);
        }
    }

    /** Where {@link #rewrite} sends the records of a new journal, in order. */
    interface RecordSink {
        void add(RowWriter record) throws IOException;
    }

    /** The records of a new journal: a snapshot, or an older journal's commits in a new format. */
    interface RecordSource {
        void writeTo(RecordSink sink) throws IOException;
    }

    /**
     * Replaces the journal with a new one of the current format whose records, numbered from
     * {@code baseSeq + 1}, come from {@code records}: written to a temporary file, forced, and
     * renamed over the old journal, so a crash leaves either the old journal or the new one.
     */
    static Journal rewrite(Disk disk, Path file, long baseSeq, RecordSource records) throws IOException {
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.deleteIfExists(tmp);
        SecureFiles.ensureFile(tmp);
        try (FileChannel out = disk.open(tmp, StandardOpenOption.WRITE)) {
            ByteBuffer header = ByteBuffer.allocate(HEADER).putInt(MAGIC).putInt(StoreFormat.CURRENT).putLong(baseSeq).flip();
            writeFully(out, header);
            long[] seqAndSize = {baseSeq, HEADER};
            records.writeTo(r -> {
                int total = sealRecord(r, ++seqAndSize[0]);
                writeFully(out, ByteBuffer.wrap(r.buffer(), 0, total));
                seqAndSize[1] += total;
            });
            out.force(true);
            out.close();
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            try {
                SecureFiles.syncDirectory(file.getParent());
                return openKnown(disk, file, seqAndSize[1], seqAndSize[0]);
            } catch (IOException | RuntimeException e) {
                throw new Replaced(file, e);
            }
        } catch (Replaced e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(tmp); // a half-written journal only takes space, which may be what ran out
            throw e;
        }
    }

    private static void writeFully(FileChannel out, ByteBuffer b) throws IOException {
        while (b.hasRemaining()) {
            out.write(b);
        }
    }

    int format() {
        return format;
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
