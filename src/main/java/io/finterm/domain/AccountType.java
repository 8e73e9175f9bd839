package io.finterm.domain;

import java.util.Locale;

/** What kind of place money is kept in. The word is what the command line takes and shows. */
public enum AccountType {
    CHECKING("checking"), SAVINGS("savings"), CREDIT("credit"), CASH("cash"), LOAN("loan"),
    INVESTMENT("investment"), OTHER("other");

    private final String word;

    AccountType(String word) {
        this.word = word;
    }

    public String word() {
        return word;
    }

    public static AccountType parse(String text) {
        String w = Text.clean(text).toLowerCase(Locale.ROOT);
        for (AccountType t : values()) {
            if (t.word.equals(w)) {
                return t;
            }
        }
        throw new ValidationException("type", "'" + Text.clean(text)
                + "' is not one of checking, savings, credit, cash, loan, investment, other");
    }
}
