package io.finterm.store;

import java.nio.file.Path;

/** Another process (or another open {@link Store} in this one) holds the store's lock. */
public class StoreInUseException extends StoreException {
    public StoreInUseException(Path dir) {
        super("the store in " + dir + " is in use by another finterm process");
    }
}
