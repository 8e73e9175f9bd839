package io.finterm.service;

import io.finterm.domain.Money;

/**
 * One row of an account's register: the transaction as lists show it, and the account's balance
 * just after it, in the account's currency.
 *
 * @param otherAccount for a transfer leg, the name of the account on the other side; otherwise {@code null}
 */
public record RegisterLine(Listed listed, String otherAccount, Money balance) {
}
