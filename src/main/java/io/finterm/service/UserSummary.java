package io.finterm.service;

import io.finterm.domain.Role;
import java.time.Instant;

/** What an admin sees of an account: no financial data and no password hash. */
public record UserSummary(String username, Role role, Instant createdAt, Instant lastLoginAt, boolean locked) {
}
