package io.finterm.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Refuses work the disk could not hold before any of it is written. MapDB maps its file and grows
 * it a megabyte at a time, and writing a page the disk cannot hold kills the writing thread
 * (SIGBUS) rather than failing with an error, so every check leaves room for the tables too.
 */
final class DiskRoom {
    /** Room a commit must leave besides three times its journal record (the record, and what the tables grow by). */
    static final long HEADROOM = 8L << 20;
    static final String FULL = "disk full: your last change was not saved";

    private final Path dir;
    private final Disk disk;

    DiskRoom(Path dir, Disk disk) {
        this.dir = dir;
        this.disk = disk;
    }

    /** Refuses a journal record of {@code bytes}. */
    void forRecord(long bytes) {
        long free;
        try {
            free = disk.usableSpace(dir);
        } catch (IOException e) {
            return; // the write itself will say what is wrong
        }
        if (free < 3 * bytes + HEADROOM) {
            throw new StoreException(FULL);
        }
    }

    /** The tables take about twice the journal's bytes; the old tables file is deleted before the new one is written. */
    void forRebuild(Path journal, Path tables) throws IOException {
        long free = disk.usableSpace(dir) + (Files.exists(tables) ? Files.size(tables) : 0);
        long needed = 2 * Files.size(journal) + HEADROOM;
        if (free < needed) {
            throw new StoreException(String.format("disk full: rebuilding the tables of the store in %s needs about %d MB"
                    + " free and %d MB are; free some space and start finterm again", dir, mb(needed), mb(free)));
        }
    }

    /**
     * A migration keeps a copy of the old journal, writes a new one beside it, and then rebuilds the
     * tables (about twice the journal, less the old tables file it replaces): all of it is checked
     * before the first byte is written, so that a full disk never stops a migration half-way.
     */
    void forMigration(Path journal, Path tables) throws IOException {
        long free = disk.usableSpace(dir) + (Files.exists(tables) ? Files.size(tables) : 0);
        long needed = 4 * Files.size(journal) + HEADROOM;
        if (free < needed) {
            throw new StoreException(String.format("disk full: upgrading the store in %s to format %d needs about %d MB"
                    + " free and %d MB are; free some space and start finterm again", dir, StoreFormat.CURRENT, mb(needed), mb(free)));
        }
    }

    private static long mb(long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }

    /** What to tell the person when a write to the journal failed. */
    static String writeFailure(IOException e) {
        String why = String.valueOf(e.getMessage());
        if (why.contains("No space left")) {
            return FULL;
        }
        return "could not write to the journal (" + why + "): your last change was not saved";
    }
}
