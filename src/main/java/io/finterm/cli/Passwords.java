package io.finterm.cli;

import io.finterm.domain.FintermException;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/** Where passwords come from: the terminal, without echo, or standard input one per line. */
final class Passwords {
    private final BufferedReader stdin;
    private final Console console;
    private int line;

    private Passwords(BufferedReader stdin, Console console) {
        this.stdin = stdin;
        this.console = console;
    }

    static Passwords fromStdin(InputStream in) {
        return new Passwords(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), null);
    }

    static Passwords fromTerminal(Console console) {
        return new Passwords(null, console);
    }

    char[] ask(String prompt) {
        if (stdin != null) {
            try {
                line++;
                String s = stdin.readLine();
                if (s == null) {
                    throw new FintermException("standard input ended before " + prompt.toLowerCase(java.util.Locale.ROOT)
                            + " (line " + line + ")");
                }
                return s.toCharArray();
            } catch (IOException e) {
                throw new FintermException("cannot read standard input: " + e.getMessage());
            }
        }
        if (console == null) {
            throw new FintermException("there is no terminal to ask for the password on; use --password-stdin");
        }
        char[] p = console.readPassword("%s: ", prompt);
        if (p == null) {
            throw new FintermException("no password was given");
        }
        return p;
    }

    /** A new password, asked twice on a terminal so a typo is caught; once from standard input. */
    char[] askNew(String prompt) {
        char[] first = ask(prompt);
        if (stdin != null) {
            return first;
        }
        char[] again = ask(prompt + " (again)");
        try {
            if (!java.util.Arrays.equals(first, again)) {
                java.util.Arrays.fill(first, '\0');
                throw new FintermException("the two passwords differ; nothing was changed");
            }
            return first;
        } finally {
            java.util.Arrays.fill(again, '\0');
        }
    }
}
