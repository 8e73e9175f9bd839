package io.finterm.tui;

import io.finterm.domain.TxKind;

/**
 * The entry form's Type field: income, expense or transfer, chosen by {@code i}, {@code e}, {@code t},
 * or in turn with Space (income → expense → transfer → income). An edit keeps to its kind: income and
 * an expense swap, a transfer stays one, since turning one into the other is a delete and an add.
 */
final class EntryTypes {
    static final String TRANSFER = "transfer";

    private EntryTypes() {
    }

    /** What the form means for an entry being edited; {@code null} for a new one. */
    enum Editing { ENTRY, TRANSFER }

    /** The type that key {@code c} chooses after {@code now}; {@code null} for a key that chooses none. */
    static String next(String now, char c, Editing editing) {
        String income = TxKind.INCOME.label();
        String expense = TxKind.EXPENSE.label();
        return switch (c) {
            case 'i' -> income;
            case 'e' -> expense;
            case 't' -> TRANSFER;
            case ' ' -> editing == Editing.TRANSFER ? TRANSFER
                    : now.equals(income) ? expense : now.equals(expense) && editing == null ? TRANSFER : income;
            default -> null;
        };
    }

    /** Why an edit cannot take type {@code next}, or {@code null} when it can. */
    static String refusal(String next, Editing editing) {
        if (editing == Editing.TRANSFER && !next.equals(TRANSFER)) {
            return "a transfer stays a transfer; delete it (d) to book it otherwise";
        }
        if (editing == Editing.ENTRY && next.equals(TRANSFER)) {
            return "to make it a transfer, delete it (d) and add the transfer";
        }
        return null;
    }
}
