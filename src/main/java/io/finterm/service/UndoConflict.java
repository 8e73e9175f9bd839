package io.finterm.service;

import io.finterm.domain.FintermException;

/** Undo or redo refused because rows the step changed were changed since; it names them, and nothing changed. */
public final class UndoConflict extends FintermException {
    UndoConflict(String message) {
        super(message);
    }
}
