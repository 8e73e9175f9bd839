package io.finterm.format.bank;

import io.finterm.domain.Text;

/**
 * What the OFX, QIF and camt readers share about a value they refuse: {@link Bad}, the reason for a
 * row's {@code "field: reason"}, and {@link #shown}, the value quoted in that reason.
 */
final class BankValues {
    private static final int SHOWN = 40;

    private BankValues() {
    }

    /** Why a value cannot be read: the reason part of a row's {@code "field: reason"}. */
    static final class Bad extends IllegalArgumentException {
        Bad(String reason) {
            super(reason);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this; // a reason, not a failure: a file of bad rows should not pay for a stack trace per row
        }
    }

    /** A value quoted in a message with double quotes: cleaned and cut short, since it may be a whole file's worth. */
    static String shown(String text) {
        return shown(text, '"');
    }

    /** As {@link #shown(String)}, within {@code quote}s. */
    static String shown(String text, char quote) {
        String clean = Text.clean(text);
        return quote + (clean.length() > SHOWN ? clean.substring(0, SHOWN) + "…" : clean) + quote;
    }
}
