package io.finterm.cli;

import io.finterm.domain.FintermException;
import io.finterm.domain.Plural;
import io.finterm.domain.Text;
import io.finterm.domain.ValidationException;
import io.finterm.service.Session;
import io.finterm.files.SecureFiles;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "export", description = {"Write a JSON backup: everything for an administrator, your own data otherwise.",
        "With --format csv: your own transactions as CSV, a split as one row per line sharing the transaction's id."})
final class ExportCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Option(names = "--out", required = true, paramLabel = "FILE")
    Path out;

    @Option(names = "--format", paramLabel = "json|csv", defaultValue = "json")
    String format;

    @Option(names = "--as", required = true, paramLabel = "USER")
    String as;

    @Override
    public Integer call() {
        Cli cli = root.cli;
        boolean csv = switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "json" -> false;
            case "csv" -> true;
            default -> throw new ValidationException("format", "'" + Text.clean(format) + "' is not json or csv");
        };
        Session s = cli.login(as);
        long[] transactions = {-1};
        Path target = out.toAbsolutePath();
        Path tmp = target.resolveSibling(target.getFileName() + ".tmp");
        try {
            Files.deleteIfExists(tmp);
            SecureFiles.ensureFile(tmp); // 0600 from the start: a backup holds private data
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE);
                 Writer w = new BufferedWriter(Channels.newWriter(ch, StandardCharsets.UTF_8))) {
                if (csv) {
                    transactions[0] = cli.backend().services().csvExports().export(s, w);
                } else {
                    cli.backend().services().backups().export(s, w);
                }
                w.flush();
                ch.force(true); // on disk before the rename makes it the backup: a crash leaves the old file or the whole new one
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new FintermException("cannot write " + out + ": " + e.getMessage());
        } finally {
            try {
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // the temporary file is gone or was never made
            }
        }
        cli.err.println("wrote " + out + (csv ? " (" + Plural.of(transactions[0], "transaction") + ")" : ""));
        return 0;
    }
}
