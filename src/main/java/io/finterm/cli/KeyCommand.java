package io.finterm.cli;

import io.finterm.domain.SshKey;
import io.finterm.domain.Text;
import io.finterm.report.Table;
import io.finterm.report.TableFormat;
import io.finterm.service.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code finterm user key add|list|remove --as USER}: your own public keys for {@code finterm serve}. */
@Command(name = "key", description = "Your public keys for logging in over SSH (finterm serve).",
        subcommands = {KeyCommand.Add.class, KeyCommand.ListKeys.class, KeyCommand.Remove.class})
final class KeyCommand {
    @ParentCommand
    UserCommand user;

    abstract static class KeyAction implements Callable<Integer> {
        @ParentCommand
        KeyCommand key;

        @Option(names = "--as", required = true, paramLabel = "USER", description = "Whose keys (asks for their password).")
        String as;

        Cli cli() {
            return key.user.root.cli;
        }

        Session login() {
            return cli().login(as);
        }
    }

    @Command(name = "add", description = "Register a key: one line of an authorized_keys file, in quotes.")
    static final class Add extends KeyAction {
        @Parameters(paramLabel = "\"TYPE BASE64 [COMMENT]\"")
        String line;

        @Override
        public Integer call() {
            SshKey k = cli().backend().services().ownAccount().addKey(login(), line);
            cli().out.println("added " + k.type() + " " + k.fingerprint() + (k.comment().isEmpty() ? "" : " " + k.comment()));
            return 0;
        }
    }

    @Command(name = "list", description = "Your registered keys.")
    static final class ListKeys extends KeyAction {
        @Override
        public Integer call() {
            List<List<String>> rows = new ArrayList<>();
            for (SshKey k : cli().backend().services().ownAccount().listKeys(login())) {
                rows.add(List.of(k.type(), k.fingerprint(), k.comment()));
            }
            if (rows.isEmpty()) {
                cli().err.println("no keys yet: finterm user key add \"$(cat ~/.ssh/id_ed25519.pub)\" --as " + as);
                return 0;
            }
            cli().out.print(TableFormat.TABLE.render(Table.of(List.of("type", "fingerprint", "comment"), rows), cli().ascii()));
            return 0;
        }
    }

    @Command(name = "remove", description = "Remove a key by its fingerprint (SHA256:…).")
    static final class Remove extends KeyAction {
        @Parameters(paramLabel = "FINGERPRINT")
        String fingerprint;

        @Override
        public Integer call() {
            boolean removed = cli().backend().services().ownAccount().removeKey(login(), fingerprint);
            if (!removed) {
                cli().err.println("finterm: you have no key " + Text.clean(fingerprint));
                return 1;
            }
            cli().out.println("removed " + fingerprint);
            return 0;
        }
    }
}
