package io.finterm.files;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.stream.Stream;

/** Creates files readable only by their owner (0600) and directories only they can enter (0700). */
public final class SecureFiles {
    private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> DIR = PosixFilePermissions.fromString("rwx------");

    private SecureFiles() {
    }

    public static Path ensureDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            restrict(dir, DIR);
        }
        return dir;
    }

    /**
     * Creates {@code dir} (0700) if needed, and makes an existing one 0700 as well: for a directory
     * that holds private data, such as a store, whoever made it.
     */
    public static Path ensurePrivateDirectory(Path dir) throws IOException {
        ensureDirectory(dir);
        restrict(dir, DIR);
        return dir;
    }

    /** Creates {@code file} empty with mode 0600 if it does not exist yet, and restricts it if it does. */
    public static Path ensureFile(Path file) throws IOException {
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } catch (FileAlreadyExistsException e) {
            restrict(file, FILE);
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        restrict(file, FILE);
        return file;
    }

    private static void restrict(Path p, Set<PosixFilePermission> perms) throws IOException {
        try {
            Files.setPosixFilePermissions(p, perms);
        } catch (UnsupportedOperationException e) {
            // Not a POSIX file system (Windows): the user's profile directory is private already.
        }
    }

    /** Makes a rename or a file creation in {@code dir} durable. */
    public static void syncDirectory(Path dir) throws IOException {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException e) {
            if (!System.getProperty("os.name", "").toLowerCase().contains("win")) {
                throw e;
            }
        }
    }

    /** Deletes {@code dir} and everything under it (a temporary store), children first. */
    public static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
