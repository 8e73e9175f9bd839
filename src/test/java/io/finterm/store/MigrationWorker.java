package io.finterm.store;

import java.nio.file.Path;

/**
 * The child process of {@link MigrationCrashTest}: prints {@code READY}, opens (and so migrates)
 * the store, and prints {@code OPENED} with the milliseconds the open took, unless it is killed
 * first. Not a test.
 */
public final class MigrationWorker {
    private MigrationWorker() {
    }

    public static void main(String[] args) {
        System.out.println("READY");
        System.out.flush();
        long started = System.nanoTime();
        try (Store store = Store.open(Path.of(args[0]))) {
            System.out.println("OPENED " + (System.nanoTime() - started) / 1_000_000);
            System.out.flush();
        }
    }
}
