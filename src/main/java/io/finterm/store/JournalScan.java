package io.finterm.store;

import static io.finterm.store.Journal.HEADER;
import static io.finterm.store.Journal.RECORD_HEADER;
import static io.finterm.store.Journal.TRAILER;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.zip.CRC32C;

/**
 * Reads a journal from the front, checks every record, and knows where it is and what it saw.
 *
 * <p>A bad record (short, with an impossible length, or with a checksum that does not match) is
 * one of two things. A write that never finished damages only the end of the file and was never
 * acknowledged: it is cut off. A record that was written whole and damaged afterwards (bit rot, a
 * bad sector, a stray write) holds an acknowledged commit: opening is refused, with the offset, and
 * {@code finterm fsck --salvage} keeps what comes before it. The scan takes a record for one
 * written whole when a good record follows it, when its trailer (format 2 on) is there and matches
 * it, or when {@link Acknowledged} evidence covers it.
 */
final class JournalScan {
    private final Path file;
    private final FileChannel channel;
    private final long fileSize;
    private final Acknowledged acknowledged;
    private int format;
    private int trailer;
    private long pos;
    private long lastSeq;
    /** Where the last complete (not part) record ends, and its number. */
    private long completeEnd = HEADER;
    private long completeSeq;
    private long baseSeq;

    JournalScan(Path file, FileChannel channel, long fileSize, Acknowledged acknowledged) {
        this.file = file;
        this.channel = channel;
        this.fileSize = fileSize;
        this.acknowledged = acknowledged;
    }

    /** Reads the header and returns the journal's format. */
    int header(DataInputStream in) throws IOException {
        if (fileSize < HEADER) {
            throw corrupt(0, "the journal header is incomplete");
        }
        int magic = in.readInt();
        format = in.readInt();
        baseSeq = in.readLong();
        if (magic != Journal.MAGIC || format < StoreFormat.OLDEST) {
            throw corrupt(0, "this is not a finterm journal");
        }
        StoreFormat.refuseNewer(format);
        trailer = format >= 2 ? TRAILER : 0;
        pos = HEADER;
        lastSeq = baseSeq;
        completeSeq = baseSeq;
        return format;
    }

    /**
     * Applies every complete record, each preceded by its parts, and returns where the good
     * records end. Parts are remembered by offset and read again once their complete record
     * arrives, so a commit that never finished is never applied and memory stays flat.
     */
    long records(DataInputStream in, Consumer<Commit> apply) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] seqBytes = new byte[8];
        List<Long> parts = new ArrayList<>();
        while (pos < fileSize) {
            long remaining = fileSize - pos;
            if (remaining < RECORD_HEADER) {
                return tornTail("an incomplete record header", -1);
            }
            int length = in.readInt();
            int storedCrc = in.readInt();
            long seq = in.readLong();
            if (length < 0 || length > Journal.MAX_PAYLOAD || RECORD_HEADER + (long) length + trailer > remaining) {
                return tornTail("a record length of " + length + " bytes, with " + remaining + " bytes left", length);
            }
            byte[] payload = new byte[length];
            in.readFully(payload);
            crc.reset();
            ByteBuffer.wrap(seqBytes).putLong(0, seq);
            crc.update(seqBytes);
            crc.update(payload);
            if ((int) crc.getValue() != storedCrc) {
                return tornTail("a record's checksum does not match", length);
            }
            if (trailer > 0 && !new Trailer(in.readLong(), in.readInt()).equals(seq, length)) {
                // A whole, checksummed record with its trailer's bytes on disk: no torn append leaves that.
                throw corrupt(pos, "a record's trailer does not match its header");
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
                    apply.accept(Journal.readRecord(channel, at));
                }
                parts.clear();
                apply.accept(commit);
            }
            lastSeq = seq;
            pos += RECORD_HEADER + length + trailer;
            if (!commit.part()) {
                completeEnd = pos;
                completeSeq = seq;
            }
        }
        return pos;
    }

    /**
     * A bad record at {@code pos}, whose header gave {@code length} (which may itself be damaged).
     * It is cut off as a write that never finished, unless something shows that it was written
     * whole; then committed data is damaged and we refuse to guess.
     */
    private long tornTail(String what, int length) throws IOException {
        long next = lastSeq + 1;
        if (acknowledged.covers(next, pos) || writtenWhole(length) || lastGoodSeqAfter(pos) > next) {
            throw corrupt(pos, what);
        }
        return pos;
    }

    /**
     * Whether the trailer of the record at {@code pos} is on disk: where the header's length puts
     * it, or at the very end of the file when the length itself is damaged. An append writes the
     * trailer last, so a torn append never leaves one that matches.
     */
    private boolean writtenWhole(int length) throws IOException {
        if (trailer == 0) {
            return false;
        }
        long next = lastSeq + 1;
        if (length >= 0 && pos + RECORD_HEADER + (long) length + TRAILER <= fileSize
                && trailerAt(pos + RECORD_HEADER + length).equals(next, length)) {
            return true;
        }
        if (fileSize - pos < RECORD_HEADER + TRAILER) {
            return false;
        }
        Trailer last = trailerAt(fileSize - TRAILER);
        return last.equals(next, last.length) && pos + RECORD_HEADER + (long) last.length + TRAILER == fileSize;
    }

    private record Trailer(long seq, int length) {
        boolean equals(long expectedSeq, int expectedLength) {
            return seq == expectedSeq && length == expectedLength && length >= 0;
        }
    }

    private Trailer trailerAt(long offset) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(TRAILER);
        Journal.readFully(channel, b, offset);
        return new Trailer(b.getLong(0), b.getInt(8));
    }

    /** The highest number of a record with a matching checksum that starts after {@code from}, or 0. */
    private long lastGoodSeqAfter(long from) throws IOException {
        long size = fileSize - from;
        if (size <= RECORD_HEADER) {
            return 0;
        }
        ByteBuffer rest = channel.map(FileChannel.MapMode.READ_ONLY, from, size);
        CRC32C crc = new CRC32C();
        long best = 0;
        for (int at = 1; at + RECORD_HEADER <= size; at++) {
            long seq = rest.getLong(at + 8);
            if (seq <= Math.max(best, lastSeq) || seq - lastSeq > Integer.MAX_VALUE) {
                continue;
            }
            int length = rest.getInt(at);
            if (length < 0 || at + RECORD_HEADER + (long) length > size) {
                continue;
            }
            crc.reset();
            crc.update(rest.duplicate().position(at + 8).limit(at + RECORD_HEADER + length));
            if ((int) crc.getValue() == rest.getInt(at + 4)) {
                best = seq;
            }
        }
        return best;
    }

    private StoreCorruptException corrupt(long offset, String what) throws IOException {
        if (offset < HEADER) {
            return new StoreCorruptException("the journal " + file + " is damaged at byte " + offset + ": " + what
                    + ". Nothing was changed. Restore the store from a backup (finterm restore)", -1, 0);
        }
        long kept = completeSeq - baseSeq;
        long lost = Math.max(Math.max(lastSeq + 1, acknowledged.seq()), lastGoodSeqAfter(offset)) - completeSeq;
        return new StoreCorruptException("the journal " + file + " is damaged at byte " + offset + ": " + what
                + ". Nothing was changed. Restore the store from a backup (finterm restore), or keep "
                + (kept == 1 ? "the commit" : "the " + kept + " commits") + " before the damage with finterm fsck --salvage",
                completeEnd, lost);
    }

    int format() {
        return format;
    }

    long completeEnd() {
        return completeEnd;
    }

    long completeSeq() {
        return completeSeq;
    }

}
