package io.finterm.service;

import io.finterm.domain.FintermException;

/** Undo or redo asked of a person with no step to take back or apply again. */
public final class NothingToUndo extends FintermException {
    NothingToUndo(String message) {
        super(message);
    }
}
