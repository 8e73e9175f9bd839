package io.finterm.cli;

import io.finterm.domain.FintermException;
import io.finterm.domain.Plural;
import io.finterm.service.MaintenanceService;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "fsck", description = "Check every row against every index, reference and total; salvage a damaged journal.")
final class FsckCommand implements Callable<Integer> {
    @ParentCommand
    Root root;

    @Option(names = "--repair", description = "Rebuild the tables from the journal first.")
    boolean repair;

    @Option(names = "--salvage", description = "When the journal is damaged, keep every commit before the damage"
            + " (the damaged journal is set aside first) and drop the rest.")
    boolean salvage;

    @Override
    public Integer call() {
        if (salvage) {
            MaintenanceService.Salvaged done = MaintenanceService.salvage(root.cli.dataDirectory());
            root.cli.err.println(done == null ? "the journal is not damaged; nothing was salvaged"
                    : String.format("kept the journal's first %,d bytes and dropped the %,d bytes from the damage on"
                    + " (%s); the damaged journal is saved as %s", done.keptBytes(), done.droppedBytes(),
                    done.droppedCommits() == 1 ? "1 commit" : done.droppedCommits() + " commits or parts of one",
                    done.setAside()));
        }
        MaintenanceService store = root.cli.backend().services().maintenance();
        if (repair) {
            store.repair();
            root.cli.err.println("rebuilt the tables from the journal");
        }
        root.cli.out.println("store format " + store.format());
        MaintenanceService.Check report = store.check();
        report.rowCounts().forEach((table, n) -> root.cli.out.println(table + ": " + Plural.of(n, "row")));
        report.problems().forEach(p -> root.cli.out.println("problem: " + p));
        if (!report.ok()) {
            throw new FintermException(Plural.of(report.problems().size(), "problem")
                    + " found; finterm fsck --repair rebuilds the tables from the journal");
        }
        root.cli.err.println("no problems found");
        return 0;
    }
}
