package io.finterm.store;

/**
 * Stored bytes are damaged in a way that cannot be repaired silently without losing committed
 * data. The message names the file, the offset and what to do.
 */
public class StoreCorruptException extends StoreException {
    public StoreCorruptException(String message) {
        super(message);
    }

    public StoreCorruptException(String message, Throwable cause) {
        super(message, cause);
    }
}
