package io.finterm.testdata;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

/**
 * The committed stores of earlier formats under {@code src/test/resources/stores/}, each written by
 * the finterm of its time. A test works on a copy, never on the committed files.
 */
public final class StoreFixtures {
    private StoreFixtures() {
    }

    /** The directory of the fixture {@code name} (for example {@code format1}): its store and the inputs it was made from. */
    public static Path resources(String name) {
        try {
            return Path.of(StoreFixtures.class.getResource("/stores/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies the store of fixture {@code name} into {@code target} (created 0700, files 0600) and returns it. */
    public static Path copyStore(String name, Path target) {
        try {
            Files.createDirectories(target);
            Files.setPosixFilePermissions(target, PosixFilePermissions.fromString("rwx------"));
            try (Stream<Path> files = Files.list(resources(name).resolve("store"))) {
                for (Path f : (Iterable<Path>) files::iterator) {
                    Path copy = Files.copy(f, target.resolve(f.getFileName().toString()));
                    Files.setPosixFilePermissions(copy, PosixFilePermissions.fromString("rw-------"));
                }
            }
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
