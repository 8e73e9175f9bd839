package io.finterm.cli;

import io.finterm.domain.FintermException;
import io.finterm.format.bank.CsvOptions;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Option;

/** The options that override what {@code finterm import} detects about a bank CSV (and, in part, a QIF file). */
final class ImportLayoutOptions {
    static final Set<String> ROLES = Set.of("date", "other-date", "amount", "debit", "credit", "payee", "payer", "recipient",
            "description", "currency", "reference", "balance", "category", "indicator");

    @Option(names = "--delimiter", paramLabel = "C", description = "The separator: , ; | or tab.")
    String delimiter;

    @Option(names = "--encoding", paramLabel = "NAME", description = "UTF-8, ISO-8859-1 or windows-1252.")
    String encoding;

    @Option(names = "--skip", paramLabel = "N", description = "Lines before the header.")
    Integer skip;

    @Option(names = "--date-format", paramLabel = "PATTERN", description = "Such as dd.MM.yy, MM/dd/yyyy or d MMM yyyy;"
            + " A|B reads the other date with B.")
    String dateFormat;

    @Option(names = "--decimal", paramLabel = ", or .", description = "The decimal mark of the amounts.")
    String decimal;

    @Option(names = "--map", paramLabel = "ROLE=COLUMN[+COLUMN],…",
            description = "Which columns hold what: date, other-date, amount, debit, credit, payee (or payer and recipient, picked"
                    + " by each row's sign), description, currency, reference, balance, category, indicator; a column by its header name"
                    + " or its number from 1.")
    String map;

    @Option(names = "--debit", paramLabel = "COLUMN", description = "The money-out column.")
    String debit;

    @Option(names = "--credit", paramLabel = "COLUMN", description = "The money-in column.")
    String credit;

    @Option(names = "--negate", description = "Turn every amount's sign round (a card statement that shows purchases as positive).")
    boolean negate;

    CsvOptions options() {
        if (skip != null && skip < 0) {
            throw new FintermException("--skip: must be 0 or more, not " + skip);
        }
        return new CsvOptions(delimiter(), charset(), skip, blankToNull(dateFormat), decimal(), roles(), blankToNull(debit),
                blankToNull(credit), negate);
    }

    private Character delimiter() {
        if (delimiter == null) {
            return null;
        }
        String d = delimiter.equalsIgnoreCase("tab") || delimiter.equals("\\t") ? "\t" : delimiter;
        if (d.length() != 1 || ",;|\t".indexOf(d.charAt(0)) < 0) {
            throw new FintermException("--delimiter: '" + delimiter + "' is not one of , ; | or tab");
        }
        return d.charAt(0);
    }

    private Charset charset() {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new FintermException("--encoding: '" + encoding + "' is not an encoding finterm knows (UTF-8, ISO-8859-1, windows-1252)");
        }
    }

    private Character decimal() {
        if (decimal == null) {
            return null;
        }
        if (!decimal.equals(",") && !decimal.equals(".")) {
            throw new FintermException("--decimal: '" + decimal + "' is neither , nor .");
        }
        return decimal.charAt(0);
    }

    /** {@code role=COLUMN+COLUMN,role=COLUMN}, each role named once and known. */
    private Map<String, List<String>> roles() {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        if (map == null || map.isBlank()) {
            return roles;
        }
        for (String pair : map.split(",")) {
            int eq = pair.indexOf('=');
            String role = eq < 0 ? pair.strip() : pair.substring(0, eq).strip().toLowerCase(java.util.Locale.ROOT);
            if (eq < 0 || !ROLES.contains(role)) {
                throw new FintermException("--map: '" + pair.strip() + "' is not ROLE=COLUMN; the roles are " + String.join(", ",
                        new java.util.TreeSet<>(ROLES)));
            }
            List<String> columns = new ArrayList<>();
            for (String c : pair.substring(eq + 1).split("\\+")) {
                if (c.isBlank()) {
                    throw new FintermException("--map: " + role + " names an empty column");
                }
                columns.add(c.strip());
            }
            if (roles.put(role, columns) != null) {
                throw new FintermException("--map: " + role + " is given twice");
            }
        }
        return roles;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
