package io.finterm.store;

import io.finterm.files.SecureFiles;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.zip.CRC32C;

/**
 * The clean-shutdown marker, written last by a clean close: the journal's length and last commit
 * then, which the tables reflect. It lets the next open skip the rebuild, and it is evidence of
 * what was acknowledged. It is deleted before anything else is written, so that a crash from then
 * on forces a rebuild.
 */
record CleanMarker(long journalSize, long seq) {
    static final String FILE = "clean-shutdown";
    private static final int MAGIC = 0x46544D31; // "FTM1"
    private static final int LENGTH = 24;

    /** The marker in {@code dir}, or {@code null} when there is none or it is not whole. */
    static CleanMarker read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.exists(file)) {
            return null;
        }
        byte[] bytes = Files.readAllBytes(file);
        if (bytes.length != LENGTH) {
            return null;
        }
        ByteBuffer b = ByteBuffer.wrap(bytes);
        CRC32C crc = new CRC32C();
        crc.update(bytes, 0, 20);
        if (b.getInt(0) != MAGIC || b.getInt(20) != (int) crc.getValue()) {
            return null;
        }
        return new CleanMarker(b.getLong(4), b.getLong(12));
    }

    /** What the marker proves was acknowledged. */
    Acknowledged acknowledged() {
        return new Acknowledged(seq, journalSize);
    }

    /** Writes the marker atomically (temporary file, fsync, rename). */
    void write(Path dir) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(LENGTH).putInt(MAGIC).putLong(journalSize).putLong(seq);
        CRC32C crc = new CRC32C();
        crc.update(b.array(), 0, 20);
        b.putInt((int) crc.getValue()).flip();
        Path tmp = dir.resolve(FILE + ".tmp");
        Files.deleteIfExists(tmp);
        SecureFiles.ensureFile(tmp);
        try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
            while (b.hasRemaining()) {
                ch.write(b);
            }
            ch.force(true);
        }
        Files.move(tmp, dir.resolve(FILE), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        SecureFiles.syncDirectory(dir);
    }

    /** Removes the marker durably. */
    static void delete(Path dir) throws IOException {
        Files.deleteIfExists(dir.resolve(FILE));
        SecureFiles.syncDirectory(dir);
    }
}
