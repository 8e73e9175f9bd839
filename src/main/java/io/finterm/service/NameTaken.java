package io.finterm.service;

import io.finterm.domain.ValidationException;

/**
 * A refusal of a new schedule's name because one of the user's schedules has it already (in any case): a screen asks
 * for another name on this refusal alone (not on any other of the name field, such as the limit of schedules), and
 * names the existing schedule as it is spelled.
 */
public final class NameTaken extends ValidationException {
    private final String existing;

    NameTaken(String existing, String reason) {
        super("name", reason);
        this.existing = existing;
    }

    /** The existing schedule's name, as spelled: {@code NETFLIX} when a found {@code Netflix} clashes with it. */
    public String existing() {
        return existing;
    }
}
