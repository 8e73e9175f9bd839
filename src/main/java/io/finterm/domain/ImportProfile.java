package io.finterm.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one bank's files are read, saved under a name by their user: the layout that detection found
 * or the person chose, and the header it was found for. It is used by name ({@code --profile}), or
 * chosen for a CSV file whose header is {@code header}. The fields are the command line's layout options.
 *
 * @param name       unique per user, regardless of case
 * @param format     {@code "csv"} for a bank CSV, {@code "qif"} for QIF (which takes only the date format and decimal mark)
 * @param delimiter  the separator, or {@code null} for a QIF profile
 * @param encoding   the charset's name, or {@code ""}
 * @param skip       lines before the header
 * @param dateFormat a {@link java.time.format.DateTimeFormatter} pattern, or {@code ""}
 * @param decimal    {@code ','} or {@code '.'}, or {@code null}
 * @param columns    each role ({@code date}, {@code amount} …) and the header names of its columns, in order
 * @param negate     whether the file's signs are the other way round
 * @param header     the CSV header's column names, as the file spells them; empty for QIF
 * @param accountId  the account its rows go into unless {@code --account} says otherwise, or 0 for the default
 */
public record ImportProfile(long id, long userId, String name, String format, Character delimiter, String encoding, int skip,
                            String dateFormat, Character decimal, Map<String, List<String>> columns, boolean negate,
                            List<String> header, long accountId) {
    public static final int MAX_NAME = 40;
    public static final int MAX_COLUMNS = 200;

    public ImportProfile {
        Ids.requirePositive("id", id);
        Ids.requirePositive("user", userId);
        name = Text.field("name", name, MAX_NAME, true);
        if (!"csv".equals(format) && !"qif".equals(format)) {
            throw new ValidationException("format", "a profile is for a bank CSV or a QIF file, not " + Text.clean(format));
        }
        encoding = Text.field("encoding", encoding, 40, false);
        if ("csv".equals(format)) {
            if (delimiter == null || ",;|\t".indexOf(delimiter) < 0) {
                throw new ValidationException("separator", "a CSV profile's separator is , ; | or tab");
            }
            if (encoding.isEmpty() || !isCharset(encoding)) {
                throw new ValidationException("encoding", "a CSV profile names its encoding, such as UTF-8 or windows-1252, not '"
                        + encoding + "'");
            }
        } else if (delimiter != null) {
            throw new ValidationException("separator", "a QIF profile has none");
        }
        if (skip < 0) {
            throw new ValidationException("skip", "must be 0 or more");
        }
        dateFormat = Text.field("date format", dateFormat, 40, false);
        requireDates(dateFormat);
        if (decimal != null && decimal != ',' && decimal != '.') {
            throw new ValidationException("decimal", "is , or .");
        }
        if (columns != null && (columns.size() > MAX_COLUMNS || columns.values().stream().anyMatch(c -> c.size() > MAX_COLUMNS))) {
            throw new ValidationException("columns", "at most " + MAX_COLUMNS + " roles, and " + MAX_COLUMNS + " columns for each");
        }
        Map<String, List<String>> roles = new LinkedHashMap<>();
        (columns == null ? Map.<String, List<String>>of() : columns).forEach((role, names) ->
                roles.put(Text.field("role", role, 20, true), names.stream().map(n -> Text.field("column", n, 200, false)).toList()));
        columns = java.util.Collections.unmodifiableMap(roles);
        if ("csv".equals(format) && (!has(roles, "date") || !has(roles, "amount") && !(has(roles, "debit") && has(roles, "credit")))) {
            // Checked here, not first at an import: a backup or an older store must not bring in a profile that cannot read a row.
            throw new ValidationException("columns", "a CSV profile needs a date column, and an amount column or a debit and a credit column");
        }
        header = header == null ? List.of() : header.stream().map(n -> Text.field("header", n, 200, false)).toList();
        if (header.size() > MAX_COLUMNS) {
            throw new ValidationException("header", "at most " + MAX_COLUMNS + " columns");
        }
        if (accountId < 0) {
            throw new ValidationException("account", "must be an id or 0 for the default");
        }
    }

    private static boolean has(Map<String, List<String>> roles, String role) {
        return !roles.getOrDefault(role, List.of()).isEmpty();
    }

    /**
     * Refuses a date format that cannot read a date: each of its one or two patterns ({@code A|B}, as a layout writes it
     * when the other date differs) is a {@link java.time.format.DateTimeFormatter} pattern with a day, a month and a year.
     */
    private static void requireDates(String dateFormat) {
        if (dateFormat.isEmpty()) {
            return;
        }
        String[] patterns = dateFormat.split("\\|", -1);
        if (patterns.length > 2) {
            throw new ValidationException("date format", "'" + dateFormat + "' has more than two patterns (A|B reads the other date with B)");
        }
        for (String pattern : patterns) {
            String p = pattern.strip();
            try {
                java.time.format.DateTimeFormatter.ofPattern(p);
            } catch (IllegalArgumentException e) {
                throw new ValidationException("date format", "'" + p + "' is not a date pattern (" + Text.clean(e.getMessage()) + ")");
            }
            String letters = p.replaceAll("'[^']*'", ""); // quoted text is literal
            if (p.isEmpty() || letters.indexOf('d') < 0 || letters.indexOf('M') < 0 || letters.indexOf('y') < 0) {
                throw new ValidationException("date format", "'" + p + "' is not a date pattern: it needs a day (dd), a month (MM) and a year"
                        + " (yyyy), such as dd.MM.yyyy");
            }
        }
    }

    private static boolean isCharset(String name) {
        try {
            return java.nio.charset.Charset.isSupported(name);
        } catch (java.nio.charset.IllegalCharsetNameException e) {
            return false;
        }
    }

    /** The name as compared: profiles' names are unique regardless of case. */
    public static String fold(String name) {
        return Text.clean(name).toLowerCase(java.util.Locale.ROOT);
    }
}
