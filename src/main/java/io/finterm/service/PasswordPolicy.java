package io.finterm.service;

import io.finterm.domain.ValidationException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which passwords are acceptable: 10 to 128 characters, not the username, and not one of a small
 * bundled list of the most common passwords. The message says which rule failed and never repeats
 * the password. Passwords are compared as {@code char[]}, never made into Strings.
 */
public final class PasswordPolicy {
    public static final int MIN_LENGTH = 10;
    public static final int MAX_LENGTH = 128;
    /** A short description of the rules, for the screens that ask for a new password. */
    public static final String RULES = "10 to 128 characters, not your username and not a common password";

    private final List<char[]> common;

    private PasswordPolicy(List<char[]> common) {
        this.common = common;
    }

    /** The policy with the bundled list of common passwords. */
    public static PasswordPolicy bundled() {
        List<char[]> common = new ArrayList<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("common-passwords.txt is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    common.add(line.strip().toLowerCase(java.util.Locale.ROOT).toCharArray());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PasswordPolicy(common);
    }

    public void check(String username, char[] password) {
        if (password.length < MIN_LENGTH) {
            throw new ValidationException("password", "at least " + MIN_LENGTH + " characters");
        }
        if (password.length > MAX_LENGTH) {
            throw new ValidationException("password", "at most " + MAX_LENGTH + " characters");
        }
        char[] folded = fold(password);
        try {
            if (username != null && Arrays.equals(folded, fold(username.toCharArray()))) {
                throw new ValidationException("password", "must not be the username");
            }
            for (char[] c : common) {
                if (Arrays.equals(folded, c)) {
                    throw new ValidationException("password", "is one of the most common passwords; choose another");
                }
            }
        } finally {
            Arrays.fill(folded, '\0');
        }
    }

    private static char[] fold(char[] chars) {
        char[] out = new char[chars.length];
        for (int i = 0; i < chars.length; i++) {
            out[i] = Character.toLowerCase(chars[i]);
        }
        return out;
    }
}
