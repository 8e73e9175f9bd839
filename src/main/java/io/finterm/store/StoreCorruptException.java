package io.finterm.store;

/**
 * Stored bytes are damaged in a way that cannot be repaired silently without losing committed
 * data. The message names the file, the offset and what to do.
 */
public class StoreCorruptException extends StoreException {
    private final long goodPrefix;
    private final long lostRecords;

    public StoreCorruptException(String message) {
        this(message, -1, 0);
    }

    public StoreCorruptException(String message, Throwable cause) {
        super(message, cause);
        this.goodPrefix = -1;
        this.lostRecords = 0;
    }

    /**
     * @param goodPrefix  how many bytes at the start of the journal hold whole, intact commits; -1 if none can be kept
     * @param lostRecords how many journal records from the damage on are known to have been written (at least)
     */
    StoreCorruptException(String message, long goodPrefix, long lostRecords) {
        super(message);
        this.goodPrefix = goodPrefix;
        this.lostRecords = lostRecords;
    }

    /** The length of the journal's intact start, which {@code finterm fsck --salvage} keeps; -1 if there is none. */
    long goodPrefix() {
        return goodPrefix;
    }

    long lostRecords() {
        return lostRecords;
    }
}
