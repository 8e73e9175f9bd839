package io.finterm.cli;

import io.finterm.domain.Plural;
import io.finterm.domain.FintermException;
import io.finterm.service.BackupService;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "restore", description = "Load a full backup into an empty store.")
final class RestoreCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Parameters(paramLabel = "FILE.json")
    Path file;

    @Override
    public Integer call() {
        Cli cli = root.cli;
        if (!Files.isRegularFile(file)) {
            throw new FintermException("there is no file " + file);
        }
        BackupService.Restored r;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            r = cli.backendCreatingStore().services().backups().restore(in);
        } catch (IOException e) {
            throw new FintermException("cannot read " + file + ": " + e.getMessage());
        }
        cli.err.println("restored " + Plural.of(r.users(), "user") + ", " + Plural.of(r.accounts(), "account") + ", "
                + Plural.of(r.categories(), "category") + ", " + Plural.of(r.imports(), "import") + ", "
                + Plural.of(r.transactions(), "transaction") + ", " + Plural.of(r.budgets(), "budget")
                + (r.rules() + r.profiles() == 0 ? "" : ", " + Plural.of(r.rules(), "rule") + ", " + Plural.of(r.profiles(), "import profile"))
                + (r.schedules() == 0 ? "" : ", " + Plural.of(r.schedules(), "schedule"))
                + (r.rollovers() == 0 ? "" : ", " + Plural.of(r.rollovers(), "budget rollover setting"))
                + " and " + Plural.of(r.rates(), "exchange rate"));
        return 0;
    }
}
