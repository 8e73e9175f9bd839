package io.finterm.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.ReadableByteChannel;
import java.nio.channels.WritableByteChannel;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicLong;

/**
 * File channels on a disk with a set number of free bytes: a write that does not fit writes what
 * does, then fails with the operating system's ENOSPC message, as a real full disk does. Cutting a
 * file gives its bytes back. The free space it reports can differ from what it holds.
 */
final class FullDisk implements Disk {
    private final AtomicLong free = new AtomicLong(Long.MAX_VALUE);
    private volatile long reported = Long.MAX_VALUE;

    /** From now on only {@code bytes} more can be written, and the disk says so. */
    void leave(long bytes) {
        leave(bytes, bytes);
    }

    /** Only {@code bytes} more can be written, while the disk says {@code reported}: as when another program fills it meanwhile. */
    void leave(long bytes, long reported) {
        free.set(bytes);
        this.reported = reported;
    }

    void makeRoom() {
        leave(Long.MAX_VALUE);
    }

    @Override
    public long usableSpace(Path dir) {
        return reported;
    }

    @Override
    public FileChannel open(Path file, OpenOption... options) throws IOException {
        return new Channel(FileChannel.open(file, options));
    }

    private final class Channel extends FileChannel {
        private final FileChannel real;

        Channel(FileChannel real) {
            this.real = real;
        }

        private int room(int wanted) throws IOException {
            long left = free.get();
            if (left <= 0) {
                throw new IOException("No space left on device");
            }
            int n = (int) Math.min(wanted, left);
            free.addAndGet(-n);
            return n;
        }

        private int limited(ByteBuffer src, IoCall call) throws IOException {
            int n = room(src.remaining());
            int oldLimit = src.limit();
            src.limit(src.position() + n);
            try {
                return call.run(src);
            } finally {
                src.limit(oldLimit);
            }
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            return limited(src, real::write);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            return limited(src, b -> real.write(b, position));
        }

        @Override
        public long write(ByteBuffer[] srcs, int offset, int length) throws IOException {
            long n = 0;
            for (int i = offset; i < offset + length; i++) {
                n += write(srcs[i]);
            }
            return n;
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            long before = real.size();
            real.truncate(size);
            if (free.get() != Long.MAX_VALUE) {
                free.addAndGet(Math.max(0, before - real.size()));
            }
            return this;
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return real.read(dst);
        }

        @Override
        public long read(ByteBuffer[] dsts, int offset, int length) throws IOException {
            return real.read(dsts, offset, length);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return real.read(dst, position);
        }

        @Override
        public long position() throws IOException {
            return real.position();
        }

        @Override
        public FileChannel position(long newPosition) throws IOException {
            real.position(newPosition);
            return this;
        }

        @Override
        public long size() throws IOException {
            return real.size();
        }

        @Override
        public void force(boolean metaData) throws IOException {
            real.force(metaData);
        }

        @Override
        public long transferTo(long position, long count, WritableByteChannel target) throws IOException {
            return real.transferTo(position, count, target);
        }

        @Override
        public long transferFrom(ReadableByteChannel src, long position, long count) {
            throw new UnsupportedOperationException("the store does not transfer into its files");
        }

        @Override
        public MappedByteBuffer map(MapMode mode, long position, long size) throws IOException {
            if (mode != MapMode.READ_ONLY) {
                throw new UnsupportedOperationException("the store maps its journal only to read it");
            }
            return real.map(mode, position, size);
        }

        @Override
        public FileLock lock(long position, long size, boolean shared) throws IOException {
            return real.lock(position, size, shared);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return real.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            real.close();
        }
    }

    @FunctionalInterface
    private interface IoCall {
        int run(ByteBuffer b) throws IOException;
    }
}
