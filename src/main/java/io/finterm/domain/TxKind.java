package io.finterm.domain;

import java.util.Locale;

/** Whether money came in or went out. */
public enum TxKind {
    INCOME, EXPENSE;

    public static TxKind parse(String text) {
        try {
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new ValidationException("type", "'" + Text.clean(text) + "' is not one of income, expense");
        }
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
