package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.finterm.domain.ValidationException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PasswordPolicyTest {
    static final PasswordPolicy POLICY = PasswordPolicy.bundled();

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "short|password: at least 10 characters",
        "alice.smith|password: must not be the username",
        "ALICE.SMITH|password: must not be the username",
        "Password123|password: is one of the most common passwords; choose another",
        "qwertyuiop|password: is one of the most common passwords; choose another",
    })
    void weakPasswordsAreRefusedWithTheRuleThatFailed(String password, String message) {
        ValidationException e = assertThrows(ValidationException.class, () -> POLICY.check("alice.smith", password.toCharArray()));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"tulip-marmalade-42", "0123456789a", "ok ok ok ok"})
    void reasonablePasswordsPass(String password) {
        assertDoesNotThrow(() -> POLICY.check("alice.smith", password.toCharArray()));
    }

    @org.junit.jupiter.api.Test
    void overlyLongPasswordsAreRefused() {
        assertEquals("password: at most 128 characters", assertThrows(ValidationException.class,
                () -> POLICY.check("alice", "x".repeat(129).toCharArray())).getMessage());
        assertDoesNotThrow(() -> POLICY.check("alice", "x".repeat(128).toCharArray()));
    }
}
