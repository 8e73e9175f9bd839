package io.finterm.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The disk under the store: the journal's file channels and the free space. The store takes one so
 * that a test can hand it a disk that fills up; everything else uses {@link #DEFAULT}.
 */
interface Disk {
    Disk DEFAULT = new Disk() {
        /** Finding a directory's file system reads the mount table; asking it for free space is one statvfs. */
        private final Map<Path, FileStore> fileSystems = new ConcurrentHashMap<>();

        @Override
        public FileChannel open(Path file, OpenOption... options) throws IOException {
            return FileChannel.open(file, options);
        }

        @Override
        public long usableSpace(Path dir) throws IOException {
            FileStore fs = fileSystems.get(dir);
            if (fs == null) {
                fs = Files.getFileStore(dir);
                fileSystems.put(dir, fs);
            }
            return fs.getUsableSpace();
        }
    };

    FileChannel open(Path file, OpenOption... options) throws IOException;

    /** Bytes this process may still write on the file system that holds {@code dir}. */
    long usableSpace(Path dir) throws IOException;
}
