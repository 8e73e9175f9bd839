package io.finterm.cli;

import io.finterm.domain.FintermException;
import io.finterm.service.ReconciledChange;
import java.io.Console;
import java.util.Locale;

/**
 * Whether a change to a reconciled transaction goes ahead: with {@code --yes} it does; on a terminal,
 * when passwords are not read from standard input, the person is asked; otherwise it is refused with
 * a sentence that says how to confirm. A reconciled transaction is never changed silently.
 */
final class ReconciledConfirm {
    private ReconciledConfirm() {
    }

    /** Returns normally when the change is confirmed; throws a sentence when it is not. */
    static void require(Cli cli, boolean yes, ReconciledChange refused) {
        require(cli, yes, refused, refused.id(), "change");
    }

    /**
     * As {@link #require(Cli, boolean, ReconciledChange)}, for {@code verb} ("change" or "delete") of transaction
     * {@code asked}; when what is reconciled is the other leg of its transfer, the sentence says so.
     */
    static void require(Cli cli, boolean yes, ReconciledChange refused, long asked, String verb) {
        if (yes) {
            return;
        }
        String what = "transaction " + refused.id() + (refused.id() == asked ? "" : " (the other leg of transaction " + asked
                + "'s transfer)") + " is reconciled against a bank statement; " + (verb.equals("delete") ? "deleting" : "changing")
                + " it changes that statement's balance";
        Console console = System.console();
        if (console == null || cli.passwordsFromStdin()) {
            throw new FintermException(what + "; add --yes to " + verb + " it anyway");
        }
        String answer = console.readLine("%s. %s it anyway? [y/N] ", what,
                Character.toUpperCase(verb.charAt(0)) + verb.substring(1));
        if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
            throw new FintermException("left transaction " + asked + " as it was");
        }
    }
}
