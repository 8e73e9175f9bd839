package io.finterm.domain;

import java.util.Locale;

/**
 * Which way money went. Income and expense have categories; the two legs of a transfer between a
 * user's own accounts have none, and no report counts them as income or spending.
 */
public enum TxKind {
    INCOME("income"), EXPENSE("expense"), TRANSFER_OUT("transfer out"), TRANSFER_IN("transfer in");

    private final String label;

    TxKind(String label) {
        this.label = label;
    }

    /** Income or expense, as a person types it; a transfer is made with its own command, never by this word. */
    public static TxKind parse(String text) {
        String w = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        if (w.equals("income")) {
            return INCOME;
        }
        if (w.equals("expense")) {
            return EXPENSE;
        }
        if (w.startsWith("transfer")) {
            throw new ValidationException("type", "'" + Text.clean(text) + "' is not one of income, expense: a transfer between "
                    + "your own accounts is made as one, with both of its legs (finterm transfer, or the entry form's transfer type)");
        }
        throw new ValidationException("type", "'" + Text.clean(text) + "' is not one of income, expense");
    }

    public String label() {
        return label;
    }

    public boolean isTransfer() {
        return this == TRANSFER_OUT || this == TRANSFER_IN;
    }

    /** Whether money came into the account: income, or the receiving leg of a transfer. */
    public boolean isInflow() {
        return this == INCOME || this == TRANSFER_IN;
    }
}
