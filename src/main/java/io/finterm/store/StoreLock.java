package io.finterm.store;

import io.finterm.files.SecureFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The lock that keeps a store to one process: a MapDB file can be opened by only one, and the
 * journal has one writer. A second process is told so in a sentence, never with a stack trace.
 */
final class StoreLock {
    static final String FILE = "store.lock";

    private StoreLock() {
    }

    /**
     * Takes the lock of the store in {@code dir}; closing the returned channel gives it back.
     *
     * @throws StoreInUseException if another process holds it
     */
    static FileChannel acquire(Path dir) throws IOException {
        FileChannel ch = FileChannel.open(SecureFiles.ensureFile(dir.resolve(FILE)),
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
}
