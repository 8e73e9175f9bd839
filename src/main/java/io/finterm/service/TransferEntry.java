package io.finterm.service;

import java.time.LocalDate;

/**
 * A transfer between two of the user's own accounts, as a person enters it; the service reads the
 * amounts in the accounts' currencies.
 *
 * @param amount   what left {@code from}, such as {@code 250.00}
 * @param toAmount what arrived in {@code to}; {@code null} or blank when both accounts share a currency
 */
public record TransferEntry(String from, String to, String amount, String toAmount, LocalDate date, String description) {
}
