package io.finterm.service;

import io.finterm.domain.FintermException;

/**
 * A login was refused. The message is the same whether the user exists or the password was
 * wrong, so that it tells an attacker nothing.
 */
public class LoginFailed extends FintermException {
    public static final String MESSAGE = "wrong username or password";

    public LoginFailed() {
        super(MESSAGE);
    }

    protected LoginFailed(String message) {
        super(message);
    }
}
