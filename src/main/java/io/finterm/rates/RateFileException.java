package io.finterm.rates;

import io.finterm.domain.FintermException;

/** A rates file or download could not be read; the message names the source and where in it. */
public final class RateFileException extends FintermException {
    public RateFileException(String message) {
        super(message);
    }

    public RateFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
