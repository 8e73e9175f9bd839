package io.finterm.service;

import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Gathers what an import would do, row by row, while a dry run reads the file: the import screen's
 * preview ({@link ImportService#preview}). Lists the first {@value #SHOWN} rows, booked or skipped
 * as likely duplicates, in file order, and counts and totals them all.
 */
public final class ImportPreview implements RowSink {
    /** How many rows a preview lists; the rest are counted and totalled. */
    public static final int SHOWN = 2000;

    /**
     * One row as it would be stored.
     *
     * @param tags        the bank's labels and a rule's tags
     * @param bankId      the bank's id for the row, or blank
     * @param category    the category's name
     * @param source      where the category came from: {@code rule 2}, {@code history}, or blank
     * @param why         the rule's or the history's reason, in words, or blank
     * @param duplicateOf for a row skipped as a likely duplicate, the booked transaction it repeats
     *                    ({@code 2026-11-02 84.20 Stadtwerke, transaction 812}); {@code null} for a row that is booked
     */
    public record Row(long line, LocalDate date, TxKind kind, Money amount, String payee, String description, List<String> tags,
                      String bankId, String category, String source, String why, String duplicateOf) {
        public boolean duplicate() {
            return duplicateOf != null;
        }
    }

    /**
     * A whole preview.
     *
     * @param detected    what was recognised, as {@code finterm import --detect} shows it
     * @param rows        the first {@value #SHOWN} rows, booked and skipped, in file order
     * @param total       how many rows the file has that would be booked or skipped (rows of 0.00 aside)
     * @param errors      the first bad rows, {@code line N: field: reason}; the import would be refused while there are any
     * @param errorCount  how many rows are bad
     * @param in          the money that the booked rows bring in, per currency
     * @param out         the money that they take out, per currency
     * @param duplicates  how many rows would be skipped as likely duplicates
     * @param problem     why the file as a whole would be refused (besides bad rows), or {@code null}
     */
    public record Preview(List<String> detected, List<Row> rows, long total, List<String> errors, long errorCount, List<Money> in,
                          List<Money> out, long duplicates, long byRule, long fromHistory, long uncategorized, String problem) {
        /** Whether importing would book these rows: no bad row and no other problem. */
        public boolean importable() {
            return errorCount == 0 && problem == null;
        }
    }

    private final List<Row> rows = new ArrayList<>();
    private final Map<Currency, long[]> totals = new TreeMap<>((a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));
    private long total;
    private String overflow;

    ImportPreview() {
    }

    @Override
    public void booked(long line, Transaction t, String category, Categorized how) {
        long[] inOut = totals.computeIfAbsent(t.amount().currency(), c -> new long[2]);
        int side = t.kind() == TxKind.INCOME ? 0 : 1;
        try {
            inOut[side] = Math.addExact(inOut[side], t.amount().minor());
        } catch (ArithmeticException e) { // a hostile file's millions of maximal rows: said, never wrapped round
            overflow = "the amounts " + (side == 0 ? "in" : "out") + " add up to more than finterm can hold";
        }
        list(row(line, t, category, how, null));
    }

    @Override
    public void duplicate(long line, Transaction t, String category, Categorized how, Transaction old) {
        duplicate(line, t, category, how, old, null);
    }

    @Override
    public void duplicate(long line, Transaction t, String category, Categorized how, Transaction old, String posted) {
        String repeated = old.date() + " " + old.amount().toDecimalString() + " "
                + old.payeeOrDescription() + ", transaction " + old.id()
                + (posted == null ? "" : ", " + posted);
        list(row(line, t, category, how, repeated));
    }

    static Row row(long line, Transaction t, String category, Categorized how, String duplicateOf) {
        return new Row(line, t.date(), t.kind(), t.amount(), t.payee(), t.description(), t.tags(), t.origin().bankId(), category,
                how.shown(), how.why(), duplicateOf);
    }

    private void list(Row row) {
        total++;
        if (rows.size() < SHOWN) {
            rows.add(row);
        }
    }

    /** Runs {@code dryRun} (which reports to this), and the preview of what it found. */
    Preview of(List<String> detected, Supplier<ImportService.Result> dryRun) {
        try {
            ImportService.Result r = dryRun.get();
            return preview(detected, List.of(), 0, r.summary().duplicates(), r.byRule(), r.fromHistory(), r.uncategorized(), null);
        } catch (ImportService.Rejected e) {
            return preview(detected, e.listed(), e.badRows(), 0, 0, 0, 0, null);
        } catch (FintermException e) { // a file in the wrong currency, say: shown beside what was detected
            return preview(detected, List.of(), 0, 0, 0, 0, 0, e.getMessage());
        }
    }

    private Preview preview(List<String> detected, List<String> errors, long errorCount, long duplicates, long byRule, long fromHistory,
                            long uncategorized, String problem) {
        List<Money> in = new ArrayList<>();
        List<Money> out = new ArrayList<>();
        totals.forEach((currency, inOut) -> {
            in.add(new Money(inOut[0], currency));
            out.add(new Money(inOut[1], currency));
        });
        return new Preview(List.copyOf(detected), List.copyOf(rows), total, errors, errorCount, in, out, duplicates, byRule, fromHistory,
                uncategorized, problem != null ? problem : overflow);
    }
}
