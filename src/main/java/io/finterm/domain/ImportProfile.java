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
        header = header == null ? List.of() : header.stream().map(n -> Text.field("header", n, 200, false)).toList();
        if (header.size() > MAX_COLUMNS) {
            throw new ValidationException("header", "at most " + MAX_COLUMNS + " columns");
        }
        if (accountId < 0) {
            throw new ValidationException("account", "must be an id or 0 for the default");
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
