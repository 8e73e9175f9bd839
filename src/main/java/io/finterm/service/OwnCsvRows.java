package io.finterm.service;

import io.finterm.domain.Money;
import io.finterm.domain.SplitLine;
import io.finterm.domain.Transaction;
import io.finterm.domain.ValidationException;
import io.finterm.format.CsvRow;
import io.finterm.format.CsvSplits;
import io.finterm.store.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Books the rows of finterm's own CSV: each into the account and category it names (a category the
 * person does not have yet is created), the rows that share an {@code id} as the lines of one split.
 * A row is a duplicate when {@link ExistingTransactions} holds the same transaction exactly: the file
 * says everything about it, so nothing needs to be judged similar.
 */
final class OwnCsvRows {
    private final ImportRun run;
    private final boolean allowDuplicates;
    private final Set<Long> keepLines;
    private final RowSink sink;
    private final CsvSplits splits;

    /**
     * @param keepLines the lines to book even though the account has the same transaction
     * @param sink      when not null, hears each row as it would be stored, and each skipped one
     */
    OwnCsvRows(ImportRun run, boolean allowDuplicates, Set<Long> keepLines, RowSink sink) {
        this.run = run;
        this.keepLines = keepLines;
        this.allowDuplicates = allowDuplicates;
        this.sink = sink;
        this.splits = new CsvSplits(this::add, run::error);
    }

    void accept(CsvRow row) {
        splits.accept(row);
    }

    /** A line the reader could not read: its error is listed, and a split it was part of is not booked. */
    void unreadable(long line, String why) {
        splits.unreadable();
        run.error(line, why);
    }

    void finish() {
        splits.finish();
    }

    /** One transaction: a row of its own, or the rows of one split (which agree on all but their lines). */
    private void add(List<CsvRow> rows) {
        if (run.errors > 0) {
            return; // the file is rejected already: keep checking rows, but build nothing more
        }
        CsvRow row = rows.get(0);
        try {
            List<SplitLine> lines = rows.size() == 1 ? List.of() : lines(rows);
            if (lines.isEmpty() && rows.size() > 1) {
                return; // a line was refused, and said so
            }
            String categoryName = lines.isEmpty() ? run.category(row.kind(), row.category()).name() : "(split)";
            long category = lines.isEmpty() ? run.category(row.kind(), row.category()).id() : 0;
            Money amount = lines.isEmpty() ? row.amount() : sum(lines);
            Transaction t = new Transaction(run.nextId(Schema.TRANSACTIONS), run.user.id(), row.account().id(), row.date(),
                    row.kind(), category, amount, row.description(), 0, row.payee(), row.tags(), row.status(), lines);
            boolean judged = !allowDuplicates && !keepLines.contains(row.line());
            Transaction old = judged ? run.existing.find(t) : null;
            ScheduleLinks.PostedMatch posted = judged && old == null ? run.links.posted(t, run.existing) : null;
            old = posted == null ? old : posted.transaction();
            if (old != null) {
                run.duplicate("line " + row.line() + ": " + row.date() + " " + amount.toDecimalString() + " "
                        + (row.description().isEmpty() ? "(no description)" : row.description())
                        + (posted == null ? "" : " is transaction " + old.id() + " of " + old.date() + ", " + posted.named()), old);
                if (sink != null) {
                    sink.duplicate(row.line(), t, categoryName, Categorized.FROM_FILE, old, posted == null ? null : posted.named());
                }
                return;
            }
            if (sink != null) {
                sink.booked(row.line(), t, categoryName, Categorized.FROM_FILE);
            }
            run.book(t, row.account(), "", null);
            run.links.link(t);
        } catch (ValidationException e) {
            run.error(row.line(), e.getMessage());
        }
    }

    /** A split's lines, each in the category its row names; empty when a row was refused (its error listed). */
    private List<SplitLine> lines(List<CsvRow> rows) {
        List<SplitLine> lines = new ArrayList<>(rows.size());
        for (CsvRow r : rows) {
            try {
                lines.add(new SplitLine(run.category(r.kind(), r.category()).id(), r.amount(), r.memo()));
            } catch (ValidationException e) {
                run.error(r.line(), e.getMessage());
            }
        }
        return lines.size() == rows.size() ? lines : List.of();
    }

    private static Money sum(List<SplitLine> lines) {
        long sum = 0;
        for (SplitLine l : lines) {
            try {
                sum = Math.addExact(sum, l.amount().minor());
            } catch (ArithmeticException e) {
                throw new ValidationException("amount", "the lines of this split add up to more than any amount can be");
            }
        }
        return new Money(sum, lines.get(0).amount().currency());
    }
}
