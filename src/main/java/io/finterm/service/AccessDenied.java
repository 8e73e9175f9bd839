package io.finterm.service;

import io.finterm.domain.FintermException;

/** The acting session may not do this; nothing was changed. */
public class AccessDenied extends FintermException {
    public AccessDenied(String message) {
        super(message);
    }
}
