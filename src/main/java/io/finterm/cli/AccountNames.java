package io.finterm.cli;

import io.finterm.service.Session;
import java.util.Map;

/** The names of the user's accounts by id, for commands that show or keep the account of a transaction. */
final class AccountNames {
    private AccountNames() {
    }

    /** As the services name them (one rule, {@code TransactionService.accountNames}), without the balances a list would compute. */
    static Map<Long, String> of(Cli cli, Session s) {
        return cli.backend().services().transactions().accountNames(s);
    }
}
