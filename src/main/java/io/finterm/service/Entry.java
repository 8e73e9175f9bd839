package io.finterm.service;

import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import java.time.LocalDate;

/**
 * Income or an expense as a person enters it: the category and the account by name, the owner
 * implied by the session. The amount is in the account's currency.
 *
 * @param account the account's name; {@code null} or blank for the user's default account
 */
public record Entry(LocalDate date, TxKind kind, String category, Money amount, String description, String account) {
    /** An entry in the default account. */
    public Entry(LocalDate date, TxKind kind, String category, Money amount, String description) {
        this(date, kind, category, amount, description, null);
    }
}
