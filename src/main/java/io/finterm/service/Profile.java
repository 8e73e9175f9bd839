package io.finterm.service;

import io.finterm.domain.Role;
import java.util.Currency;

/** What a person may see of their own account. */
public record Profile(String username, Role role, Currency baseCurrency) {
}
