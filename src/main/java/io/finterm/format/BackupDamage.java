package io.finterm.format;

import io.finterm.domain.Text;
import java.io.EOFException;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one sentence that says where a backup's JSON broke and why, in the reader's words rather than
 * Gson's: Gson names its tokens (BEGIN_ARRAY), suggests lenient parsing and appends a link to its
 * troubleshooting page, none of which helps someone whose backup is damaged.
 */
final class BackupDamage {
    /** Gson's "… at line 3 column 7 path $.x" suffix, and the rest of its message (a "See https://…" line). */
    private static final Pattern WHERE = Pattern.compile(" at line (\\d+) column (\\d+)(?: path \\S*)?.*", Pattern.DOTALL);
    private static final Pattern EXPECTED = Pattern.compile("Expected (\\w+) but was (\\w+)");
    private static final Pattern NUMBER = Pattern.compile("Expected an? (int|long|double) but was (.*)", Pattern.DOTALL);
    private static final Pattern INPUT = Pattern.compile("For input string: \"(.*)\"", Pattern.DOTALL);
    private static final Map<String, String> TOKENS = Map.of("BEGIN_OBJECT", "an object", "END_OBJECT", "the end of an object",
            "BEGIN_ARRAY", "a list", "END_ARRAY", "the end of a list", "NAME", "a field name", "STRING", "a text",
            "NUMBER", "a number", "BOOLEAN", "true or false", "NULL", "null", "END_DOCUMENT", "the end of the file");

    private BackupDamage() {
    }

    /** {@code the backup is damaged at $.users[0] (line 1, column 58): it is not valid JSON}. */
    static String describe(String path, Exception e) {
        String message = String.valueOf(e.getMessage());
        Matcher where = WHERE.matcher(message);
        String at = "";
        if (where.find()) {
            // Gson counts the column after the character it stopped at; people want the character itself
            at = " (line " + where.group(1) + ", column " + Math.max(1, Integer.parseInt(where.group(2)) - 1) + ")";
            message = message.substring(0, where.start());
        }
        return "the backup is damaged at " + path + at + ": " + Text.clean(why(e, message));
    }

    private static String why(Exception e, String message) {
        if (e instanceof EOFException) {
            return "it ends too early; the file is truncated";
        }
        Matcher number = NUMBER.matcher(message);
        if (number.matches()) {
            return "expected a " + (number.group(1).equals("double") ? "number" : "whole number") + " but found '" + number.group(2) + "'";
        }
        Matcher input = INPUT.matcher(message);
        if (e instanceof NumberFormatException && input.matches()) {
            return "expected a whole number but found '" + input.group(1) + "'"; // a quoted value read as a number
        }
        Matcher expected = EXPECTED.matcher(message);
        if (expected.matches() && TOKENS.containsKey(expected.group(1)) && TOKENS.containsKey(expected.group(2))) {
            return "expected " + TOKENS.get(expected.group(1)) + " but found " + TOKENS.get(expected.group(2));
        }
        if (e instanceof com.google.gson.stream.MalformedJsonException || message.contains("malformed JSON")) {
            return "it is not valid JSON";
        }
        String line = message.lines().findFirst().orElse("").strip();
        return line.isEmpty() ? "it cannot be read" : line.substring(0, 1).toLowerCase(Locale.ROOT) + line.substring(1);
    }
}
