package io.finterm.service;

import io.finterm.domain.Account;
import java.util.List;

/** One page of an account's register, and how many transactions the account has in all (for scrolling). */
public record RegisterPage(Account account, long total, List<RegisterLine> rows) {
    public RegisterPage {
        rows = List.copyOf(rows);
    }
}
