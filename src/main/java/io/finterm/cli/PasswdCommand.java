package io.finterm.cli;

import io.finterm.service.Session;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "passwd", description = "Change your own password; asks for the current one, then the new one.")
final class PasswdCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Option(names = "--as", required = true, paramLabel = "USER")
    String as;

    @Override
    public Integer call() {
        Cli cli = root.cli;
        char[] current = cli.passwords().ask("Current password for " + as);
        try {
            Session s = cli.backend().services().accounts().login(as, current.clone(), "cli");
            cli.backend().services().ownAccount().changeOwnPassword(s, current.clone(), cli.passwords().askNew("New password"));
        } finally {
            Arrays.fill(current, '\0');
        }
        cli.err.println("your password was changed");
        return 0;
    }
}
