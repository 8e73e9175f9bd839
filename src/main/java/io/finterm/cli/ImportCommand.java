package io.finterm.cli;

import io.finterm.domain.FintermException;
import io.finterm.service.ImportService;
import io.finterm.service.Session;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import", description = "Import transactions from a CSV file, all or nothing.")
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Parameters(paramLabel = "FILE.csv")
    Path file;

    @Option(names = "--as", required = true, paramLabel = "USER")
    String as;

    @Option(names = "--dry-run", description = "Check the file and report, but import nothing.")
    boolean dryRun;

    @Option(names = "--allow-duplicates", description = "Import rows that match an existing transaction too.")
    boolean allowDuplicates;

    @Override
    public Integer call() {
        Cli cli = root.cli;
        if (!Files.isRegularFile(file)) {
            throw new FintermException("there is no file " + file);
        }
        Session s = cli.login(as);
        ImportService.Summary summary;
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            summary = cli.backend().imports().importCsv(s, in, new ImportService.Options(dryRun, allowDuplicates),
                    rows -> cli.err.printf("… %,d rows read%n", rows));
        } catch (NoSuchFileException e) {
            throw new FintermException("there is no file " + file);
        } catch (IOException e) {
            throw new FintermException("cannot read " + file + ": " + e.getMessage());
        }
        String verb = summary.dryRun() ? "would import" : "imported";
        cli.err.println(verb + " " + summary.imported() + " transactions; skipped " + summary.duplicates() + " duplicates"
                + (summary.newCategories().isEmpty() ? "" : "; new categories: " + String.join(", ", summary.newCategories())));
        return 0;
    }
}
