package io.finterm.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "init", description = "Create the store and its first administrator.")
final class InitCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Option(names = "--admin", required = true, paramLabel = "NAME", description = "The administrator's username.")
    String admin;

    @Override
    public Integer call() {
        Backend b = root.cli.backendCreatingStore();
        if (b.services().accounts().hasUsers()) {
            throw new io.finterm.domain.FintermException("the store in " + b.dataDirectory() + " already has accounts; nothing was changed");
        }
        b.services().accounts().createFirstAdmin(admin, root.cli.passwords().askNew("New password for " + admin), "cli");
        root.cli.err.println("created the store in " + b.dataDirectory() + " with the administrator " + admin.toLowerCase(java.util.Locale.ROOT));
        return 0;
    }
}
