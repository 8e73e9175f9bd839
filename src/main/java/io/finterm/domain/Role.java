package io.finterm.domain;

import java.util.Locale;

/** What a person may do: a USER keeps their own books; an ADMIN also manages accounts. */
public enum Role {
    USER, ADMIN;

    public static Role parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new ValidationException("role", "'" + Text.clean(text) + "' is not one of user, admin");
        }
    }
}
