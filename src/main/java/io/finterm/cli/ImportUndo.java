package io.finterm.cli;

import io.finterm.domain.Plural;
import io.finterm.service.ImportHistoryService.Undone;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code finterm import undo ID}: takes an import back whole, or, with {@code --keep-edited}, all but its changed rows. */
@Command(name = "undo", description = "Take import ID back: remove every row it brought in.")
final class ImportUndo implements Callable<Integer> {
    @ParentCommand
    ImportCommand parent;

    @Parameters(index = "0", paramLabel = "ID", description = "The import, as import list shows it.")
    long id;

    @Option(names = "--as", required = true, paramLabel = "USER")
    String as;

    @Option(names = "--keep-edited", description = "Keep the rows changed since the import, and take back the rest.")
    boolean keepEdited;

    @Override
    public Integer call() {
        Cli cli = parent.root.cli;
        Undone u = cli.backend().services().importHistory().undo(cli.login(as), id, keepEdited);
        cli.err.println("took back import " + u.id() + ": removed " + Plural.of(u.removed(), "transaction")
                + (u.kept().isEmpty() ? "" : "; kept " + Plural.of(u.kept().size(), "changed transaction") + " ("
                + String.join(", ", u.kept().stream().map(String::valueOf).toList()) + ")"));
        return 0;
    }
}
