package io.finterm.domain;

/** Base of every error finterm reports to a person: the message is one clear sentence. */
public class FintermException extends RuntimeException {
    public FintermException(String message) {
        super(message);
    }

    public FintermException(String message, Throwable cause) {
        super(message, cause);
    }
}
