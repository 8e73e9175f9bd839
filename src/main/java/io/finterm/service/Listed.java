package io.finterm.service;

import io.finterm.domain.Transaction;

/** A transaction with its category's name, as tables and exports show it. */
public record Listed(Transaction transaction, String category) {
}
