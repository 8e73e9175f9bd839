package io.finterm.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code finterm redo [--steps N]}: applies again the steps undone last, all or none. */
@Command(name = "redo", description = "Redo the change you undid last (or N of them, all or none).")
final class RedoCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Spec
    CommandSpec spec;

    @Option(names = "--as", required = true, paramLabel = "USER", description = "Whose steps: you log in as USER.")
    String as;

    @Option(names = "--steps", paramLabel = "N", description = "How many steps to redo (default 1).")
    Integer steps;

    @Override
    public Integer call() {
        int n = UndoCommand.steps(spec, steps);
        Cli cli = root.cli;
        UndoCommand.print(cli.out, "Redid: ", cli.backend().services().undo().redo(cli.loginWithoutCatchUp(as), n));
        return 0;
    }
}
