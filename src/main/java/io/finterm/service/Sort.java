package io.finterm.service;

/** The orders a transaction list can be shown in. Ties are broken by date, then by id. */
public enum Sort {
    DATE_ASC, DATE_DESC, AMOUNT_ASC, AMOUNT_DESC, CATEGORY_ASC, CATEGORY_DESC;

    boolean byDate() {
        return this == DATE_ASC || this == DATE_DESC;
    }

    boolean descending() {
        return name().endsWith("DESC");
    }
}
