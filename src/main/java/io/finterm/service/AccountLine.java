package io.finterm.service;

import io.finterm.domain.Account;
import io.finterm.domain.Money;

/** One account as the list shows it: its balance today, in its own currency, and whether it is the default. */
public record AccountLine(Account account, Money balance, boolean isDefault) {
}
