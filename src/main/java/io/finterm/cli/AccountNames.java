package io.finterm.cli;

import io.finterm.service.AccountLine;
import io.finterm.service.Session;
import java.util.HashMap;
import java.util.Map;

/** The names of the user's accounts by id, for commands that show or keep the account of a transaction. */
final class AccountNames {
    private AccountNames() {
    }

    static Map<Long, String> of(Cli cli, Session s) {
        Map<Long, String> names = new HashMap<>();
        for (AccountLine line : cli.backend().services().accountBook().list(s)) {
            names.put(line.account().id(), line.account().name());
        }
        return names;
    }
}
