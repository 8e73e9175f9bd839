package io.finterm.cli;

import io.finterm.domain.FintermException;
import io.finterm.domain.Plural;
import io.finterm.format.bank.CsvOptions;
import io.finterm.format.bank.FileKind;
import io.finterm.service.ImportService;
import io.finterm.service.ProfileService;
import io.finterm.service.Session;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code finterm import FILE|-}: a bank file (CSV of any layout, OFX/QFX, QIF, camt.053) into one
 * account, finterm's own CSV, or its JSON export; {@code import list} and {@code import undo ID} are
 * its subcommands (so a file named {@code list} is given as {@code ./list}).
 */
@Command(name = "import", description = "Import a bank file (CSV, OFX/QFX, QIF, camt.053), finterm's own CSV, or its JSON export,"
        + " all or nothing; list your imports, or take one back.", subcommands = {ImportList.class, ImportUndo.class})
final class ImportCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Parameters(paramLabel = "FILE|-", arity = "0..1", description = "The file; - reads standard input.")
    String file;

    @Option(names = "--as", paramLabel = "USER")
    String as;

    @Option(names = "--account", paramLabel = "NAME", description = "The account the rows go into (default: your default account).")
    String account;

    @Mixin
    ImportLayoutOptions layout;

    @Option(names = "--detect", description = "Show what was detected and the first rows as they would be stored; import nothing.")
    boolean detect;

    @Option(names = "--profile", paramLabel = "NAME", description = "Read the file as the saved profile NAME says (without it, the one"
            + " profile whose header is the file's is used); options given here win over the profile's.")
    String profile;

    @Option(names = "--save-profile", paramLabel = "NAME", description = "Save what was detected and chosen as the profile NAME"
            + " (with --detect, or after the import succeeded).")
    String saveProfile;

    @Option(names = "--dry-run", description = "Check the file and report, but import nothing.")
    boolean dryRun;

    @Option(names = "--allow-duplicates", description = "Import rows that match an existing transaction too.")
    boolean allowDuplicates;

    @Override
    public Integer call() {
        Cli cli = root.cli;
        if (file == null) {
            throw new FintermException("import needs a FILE (or - for standard input), or list, or undo ID");
        }
        if (as == null) {
            throw new FintermException("import needs --as USER");
        }
        CsvOptions csv = layout.options();
        // From standard input with --password-stdin, the password is its first line and the file the rest.
        try (ImportSources sources = ImportSources.of(file, cli.in, cli.passwordsFromStdin()
                ? line -> cli.passwordsFrom(new java.io.ByteArrayInputStream(line)) : null)) {
            Session s = cli.login(as); // before the file is even looked at
            FileKind kind = FileKind.of(sources.source());
            if (kind == FileKind.FINTERM_JSON) {
                return importExport(cli, s, sources, csv);
            }
            ProfileService profiles = cli.backend().services().profiles();
            String saving = saveProfile == null ? null : profiles.checkName(s, saveProfile); // before any work is done
            if (saving != null) {
                ProfileService.refuseLayoutless(kind, sources.source().name());
            }
            ProfileService.Resolved r = profiles.resolve(s, sources.source(), profile, csv, account);
            if (saving != null) { // refused before the import, as the save would refuse it after
                String reads = profile == null ? r.profile() : profiles.resolve(s, sources.source(), null, null, null).profile();
                if (reads != null) {
                    throw ProfileService.readsAlready(reads);
                }
            }
            if (r.note() != null) {
                cli.err.println(r.note());
            }
            ImportService.Options options = new ImportService.Options(dryRun || detect, allowDuplicates, r.account(), sources.source().name(),
                    r.options());
            if (detect) {
                ImportService.Detection d = cli.backend().services().imports().detect(s, sources.source(), options);
                ImportReport.detection(cli, d, as);
                if (saving != null && d.problem() != null) {
                    throw new FintermException("the profile " + saving + " was not saved: the import would be refused (" + d.problem() + ")");
                }
            } else {
                ImportProgress progress = new ImportProgress(cli, sources.size());
                ImportService.Result result = cli.backend().services().imports().importFile(s, progress.counting(sources.source()), options,
                        progress::rows);
                progress.done();
                ImportReport.summary(cli, result, as);
            }
            if (saving != null) {
                profiles.save(s, saving, sources.source(), r.options(), r.account());
                cli.err.println("saved the profile " + saving + "; finterm profile show " + saving + " --as " + as + " shows it");
            }
            return 0;
        }
    }

    private int importExport(Cli cli, Session s, ImportSources sources, CsvOptions csv) {
        if (dryRun || allowDuplicates || account != null || csv.any() || profile != null || saveProfile != null) {
            throw new FintermException("--dry-run, --allow-duplicates, --account, --profile, --save-profile and the layout options"
                    + " do not apply to finterm's JSON export");
        }
        try (Reader in = new java.io.InputStreamReader(sources.source().open(), StandardCharsets.UTF_8)) {
            var m = cli.backend().services().backups().importOwn(s, in);
            cli.err.println("imported " + Plural.of(m.transactions(), "transaction") + "; skipped " + Plural.of(m.duplicates(), "duplicate") + "; "
                    + Plural.of(m.categories(), "new category") + ", " + Plural.of(m.budgets(), "budget")
                    + (m.schedules() == 0 ? "" : ", " + Plural.of(m.schedules(), "schedule"))
                    + (m.rollovers() == 0 ? "" : ", " + Plural.of(m.rollovers(), "budget rollover setting"))
                    + (m.rolloversKept() == 0 ? "" : "; kept your own " + Plural.of(m.rolloversKept(), "budget rollover setting")
                            + " where you had one for that category and month"));
            return 0;
        } catch (IOException e) {
            throw new FintermException("cannot read " + file + ": " + e.getMessage());
        }
    }
}
