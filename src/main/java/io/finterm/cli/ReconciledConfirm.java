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
        if (yes) {
            return;
        }
        Console console = System.console();
        if (console == null || cli.passwordsFromStdin()) {
            throw new FintermException(refused.getMessage() + "; add --yes to change it anyway");
        }
        String answer = console.readLine("%s. Change it anyway? [y/N] ", refused.getMessage());
        if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).startsWith("y")) {
            throw new FintermException("left transaction " + refused.id() + " as it was");
        }
    }
}
