package io.finterm.domain;

/** A value was refused; {@link #field()} names what was wrong and the message says why. */
public class ValidationException extends FintermException {
    private final String field;
    private final String reason;

    public ValidationException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    public String field() {
        return field;
    }

    public String reason() {
        return reason;
    }
}
