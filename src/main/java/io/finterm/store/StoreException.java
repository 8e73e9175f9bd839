package io.finterm.store;

import io.finterm.domain.FintermException;

/** Base of the store's typed errors. */
public class StoreException extends FintermException {
    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
