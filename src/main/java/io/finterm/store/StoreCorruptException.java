package io.finterm.store;

/**
 * Stored bytes are damaged in a way that cannot be repaired silently without losing committed
 * data. The message names the file, the offset and what to do.
 */
public class StoreCorruptException extends StoreException {
    private final long goodPrefix;

    public StoreCorruptException(String message) {
        this(message, -1);
    }

    public StoreCorruptException(String message, Throwable cause) {
        super(message, cause);
        this.goodPrefix = -1;
    }

    /** @param goodPrefix how many bytes at the start of the journal hold whole, intact commits; -1 if none can be kept */
    StoreCorruptException(String message, long goodPrefix) {
        super(message);
        this.goodPrefix = goodPrefix;
    }

    /** The length of the journal's intact start, which {@code finterm fsck --salvage} keeps; -1 if there is none. */
    long goodPrefix() {
        return goodPrefix;
    }
}
