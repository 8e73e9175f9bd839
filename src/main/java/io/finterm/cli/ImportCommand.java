package io.finterm.cli;

import io.finterm.domain.Plural;
import io.finterm.domain.FintermException;
import io.finterm.service.ImportService;
import io.finterm.service.Session;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "import", description = "Import transactions from a CSV file, or your own JSON export, all or nothing.")
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

    @Option(names = "--account", paramLabel = "NAME",
            description = "The account for rows without an account column (default: your default account).")
    String account;

    @Override
    public Integer call() {
        Cli cli = root.cli;
        if (!Files.isRegularFile(file)) {
            throw new FintermException("there is no file " + file);
        }
        Session s = cli.login(as);
        if (file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            return importExport(cli, s);
        }
        ImportService.Summary summary;
        Progress progress = new Progress(cli, file);
        try (Reader in = new java.io.InputStreamReader(progress.counting(Files.newInputStream(file)),
                StandardCharsets.UTF_8.newDecoder())) {
            summary = cli.backend().services().imports().importCsv(s, new java.io.BufferedReader(in),
                    new ImportService.Options(dryRun, allowDuplicates, account), progress::rows);
            progress.done();
        } catch (IOException e) {
            throw new FintermException("cannot read " + file + ": " + e.getMessage());
        }
        String verb = summary.dryRun() ? "would import" : "imported";
        cli.err.println(verb + " " + Plural.of(summary.imported(), "transaction") + "; skipped " + Plural.of(summary.duplicates(), "duplicate")
                + (summary.newCategories().isEmpty() ? "" : "; new categories: " + String.join(", ", summary.newCategories())));
        return 0;
    }

    /**
     * Progress on standard error for big files: a bar redrawn in place on a terminal, a plain line
     * now and then otherwise (a log, a pipe). Measured in bytes read, so no second pass is needed.
     */
    private static final class Progress {
        private final Cli cli;
        private final long size;
        private final boolean terminal = System.console() != null;
        private final java.util.concurrent.atomic.AtomicLong read = new java.util.concurrent.atomic.AtomicLong();
        private boolean drawn;

        Progress(Cli cli, Path file) {
            this.cli = cli;
            long s;
            try {
                s = Files.size(file);
            } catch (IOException e) {
                s = 0;
            }
            this.size = Math.max(1, s);
        }

        java.io.InputStream counting(java.io.InputStream in) {
            return new java.io.FilterInputStream(new java.io.BufferedInputStream(in, 1 << 16)) {
                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    int n = super.read(b, off, len);
                    if (n > 0) {
                        read.addAndGet(n);
                    }
                    return n;
                }
            };
        }

        void rows(long rows) {
            int percent = (int) Math.min(100, read.get() * 100 / size);
            if (terminal) {
                int filled = percent / 5;
                cli.err.printf("\r[%s%s] %3d%%  %s", "#".repeat(filled), " ".repeat(20 - filled), percent, Plural.grouped(rows, "row"));
                drawn = true;
            } else {
                cli.err.printf("… %s read (%d%%)%n", Plural.grouped(rows, "row"), percent);
            }
        }

        void done() {
            if (drawn) {
                cli.err.println();
            }
        }
    }

    private int importExport(Cli cli, Session s) {
        if (dryRun || allowDuplicates || account != null) {
            throw new FintermException("--dry-run, --allow-duplicates and --account apply to CSV files only");
        }
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            var m = cli.backend().services().backups().importOwn(s, in);
            cli.err.println("imported " + Plural.of(m.transactions(), "transaction") + "; skipped " + Plural.of(m.duplicates(), "duplicate") + "; "
                    + Plural.of(m.categories(), "new category") + ", " + Plural.of(m.budgets(), "budget"));
            return 0;
        } catch (IOException e) {
            throw new FintermException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
