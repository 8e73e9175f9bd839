package io.finterm.service;

import io.finterm.domain.Money;
import io.finterm.domain.TxKind;
import java.time.LocalDate;

/** A transaction as a person enters it: the category by name, the owner implied by the session. */
public record Entry(LocalDate date, TxKind kind, String category, Money amount, String description) {
}
