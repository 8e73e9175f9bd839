package io.finterm.store;

import java.nio.file.Path;

/** A second process for {@link CrashTest}: tries to open a store and prints what it was told. */
public final class OpenProbe {
    private OpenProbe() {
    }

    public static void main(String[] args) {
        try (Store store = Store.open(Path.of(args[0]))) {
            System.out.println("opened");
        } catch (StoreException e) {
            System.out.println(e.getMessage());
            System.exit(1);
        }
    }
}
