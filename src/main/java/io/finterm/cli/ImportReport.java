package io.finterm.cli;

import io.finterm.domain.Plural;
import io.finterm.service.ImportPreview;
import io.finterm.service.ImportService;
import java.util.List;

/** What {@code finterm import} tells the person: the summary of an import, or what {@code --detect} found. */
final class ImportReport {
    private ImportReport() {
    }

    /** The summary, on standard error: what went where, what was skipped and why, and how to take it back. */
    static void summary(Cli cli, ImportService.Result r, String user) {
        ImportService.Summary s = r.summary();
        String verb = s.dryRun() ? "would import" : "imported";
        String dates = r.first() == null ? "" : r.first().equals(r.last()) ? " (" + r.first() + ")" : " (" + r.first() + " to " + r.last() + ")";
        cli.err.println(verb + " " + Plural.of(s.imported(), "transaction") + " into " + r.account() + dates + "; skipped "
                + Plural.of(s.duplicates(), "duplicate") + (s.newCategories().isEmpty() ? "" : "; new categories: "
                + String.join(", ", s.newCategories())));
        if (r.byRule() + r.fromHistory() > 0) {
            cli.err.println("categorised " + Plural.of(r.byRule(), "transaction") + " by your rules and " + r.fromHistory()
                    + " by the categories their payee or description had before (finterm rules list shows the rules)");
        }
        if (r.uncategorized() > 0) {
            cli.err.println(Plural.of(r.uncategorized(), "transaction") + " " + (r.uncategorized() == 1 ? "is" : "are")
                    + " uncategorized; see them with: finterm list --filter cat:Uncategorized --as " + user + " (in the app: u on Transactions)");
        }
        if (!r.likelyDuplicates().isEmpty()) {
            cli.err.println("skipped as already booked (--allow-duplicates imports them):");
            r.likelyDuplicates().forEach(d -> cli.err.println("  " + d));
            if (s.duplicates() > r.likelyDuplicates().size()) {
                cli.err.println("  … and " + (s.duplicates() - r.likelyDuplicates().size()) + " more");
            }
        }
        if (r.linked() > 0) {
            cli.err.println(r.linkedSentence());
        }
        if (r.zeroAmounts() > 0) {
            cli.err.println("skipped " + Plural.of(r.zeroAmounts(), "row") + " of 0.00, which move" + (r.zeroAmounts() == 1 ? "s" : "")
                    + " no money");
        }
        if (r.shortened() > 0) {
            cli.err.println("shortened " + r.shortened() + (r.shortened() == 1 ? " payee or description" : " payees or descriptions")
                    + " longer than finterm keeps (100 and 200 characters), ending in …");
        }
        if (!s.dryRun() && s.imported() > 0) {
            cli.err.println("this is import " + r.importId() + "; finterm import undo " + r.importId() + " takes it back");
        }
    }

    /** What was detected, the first rows as they would be stored, and what an import would do. */
    static void detection(Cli cli, ImportService.Detection d, String user) {
        d.detected().forEach(cli.out::println);
        List<ImportPreview.Row> rows = d.firstRows();
        cli.out.println();
        cli.out.println(rows.isEmpty() ? "no rows would be stored" : "the first " + Plural.of(rows.size(), "row") + " as they would be stored:");
        for (ImportPreview.Row t : rows) {
            cli.out.println("  " + t.date() + "  " + t.kind().label() + "  " + (t.kind().isInflow() ? "" : "-") + t.amount().toDecimalString()
                    + " " + t.amount().currency().getCurrencyCode() + "  " + String.join(" | ", java.util.stream.Stream.of(t.payee(), t.description())
                    .filter(x -> !x.isEmpty()).toList())
                    + "  → " + t.category() + (t.source().isEmpty() ? "" : " (" + t.why() + ")")
                    + (t.tags().isEmpty() ? "" : "  #" + String.join(" #", t.tags()))
                    + (t.bankId().isEmpty() ? "" : "  [bank id " + t.bankId() + "]"));
        }
        cli.out.println();
        if (d.problem() != null) {
            cli.out.println("the import would be refused: " + d.problem());
        } else {
            summary(cli, d.result(), user);
        }
    }
}
