package io.finterm.tui;

import io.finterm.domain.ValidationException;
import io.finterm.format.bank.CsvOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Import screen's layout options as a small form: the date format, the decimal mark, whether the
 * signs are the other way round, the lines before the header, the separator and the columns' roles.
 * Each is what {@code finterm import} takes on its command line; a blank or {@code auto} leaves it
 * to detection. What the person said overrides what was detected.
 */
final class LayoutPrompt {
    static final String AUTO = "auto";
    private static final String TAB = "tab";

    private LayoutPrompt() {
    }

    /** The form's fields, filled in with what the person said so far. */
    static List<Field> fields(CsvOptions given) {
        Field decimal = Field.choice("decimal", "Decimal", AUTO, ",", ".");
        if (given.decimal() != null) {
            decimal.set(given.decimal().toString());
        }
        Field separator = Field.choice("separator", "Separator", AUTO, ",", ";", "|", TAB);
        if (given.delimiter() != null) {
            separator.set(given.delimiter() == '\t' ? TAB : given.delimiter().toString());
        }
        Field negate = Field.choice("negate", "Negate", "no", "yes");
        if (given.negate()) {
            negate.set("yes");
        }
        return List.of(Field.text("date format", "Date format", 40).set(given.dateFormat()), decimal, negate,
                Field.text("skip", "Skip lines", 4).set(given.skip() == null ? "" : given.skip().toString()), separator,
                Field.text("columns", "Columns", 400).set(columns(given.map())));
    }

    /** What the form says, as options; a refused value names its field. */
    static CsvOptions options(Form form, CsvOptions given) {
        String dateFormat = form.field("date format").text().strip();
        String decimal = form.field("decimal").text();
        String separator = form.field("separator").text();
        return new CsvOptions(separator.equals(AUTO) ? null : separator.equals(TAB) ? '\t' : separator.charAt(0), given.encoding(),
                skip(form.field("skip").text()), dateFormat.isEmpty() ? null : dateFormat, decimal.equals(AUTO) ? null : decimal.charAt(0),
                roles(form.field("columns").text()), given.debit(), given.credit(), form.field("negate").text().equals("yes"));
    }

    private static Integer skip(String text) {
        String t = text.strip();
        if (t.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(t);
            if (n >= 0 && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new ValidationException("skip", "'" + t + "' is not a number of lines from 0 to 1000 (blank: detected)");
    }

    /** {@code payee=Name, amount=Debit+Credit}: each role's columns by header name or number from 1; the file's reader checks the roles. */
    static Map<String, List<String>> roles(String text) {
        Map<String, List<String>> roles = new LinkedHashMap<>();
        if (text.isBlank()) {
            return roles;
        }
        for (String pair : text.split(",")) {
            int eq = pair.indexOf('=');
            String role = eq < 0 ? "" : pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (role.isEmpty()) {
                throw new ValidationException("columns", "'" + pair.strip() + "' is not ROLE=COLUMN, such as payee=Name or amount=3");
            }
            List<String> columns = new ArrayList<>();
            for (String c : pair.substring(eq + 1).split("\\+")) {
                if (c.isBlank()) {
                    throw new ValidationException("columns", role + " names an empty column");
                }
                columns.add(c.strip());
            }
            if (roles.put(role, columns) != null) {
                throw new ValidationException("columns", role + " is given twice");
            }
        }
        return roles;
    }

    static String columns(Map<String, List<String>> map) {
        List<String> pairs = new ArrayList<>();
        map.forEach((role, columns) -> pairs.add(role + "=" + String.join("+", columns)));
        return String.join(", ", pairs);
    }

    /** One line on what the options say, for the preview's top: "date format dd.MM.yy, decimal ," or "all detected". */
    static String describe(CsvOptions o) {
        List<String> said = new ArrayList<>();
        if (o.dateFormat() != null) {
            said.add("date format " + o.dateFormat());
        }
        if (o.decimal() != null) {
            said.add("decimal " + o.decimal());
        }
        if (o.negate()) {
            said.add("negated");
        }
        if (o.skip() != null) {
            said.add("skip " + o.skip());
        }
        if (o.delimiter() != null) {
            said.add("separator " + (o.delimiter() == '\t' ? TAB : o.delimiter().toString()));
        }
        if (!o.map().isEmpty()) {
            said.add("columns " + columns(o.map()));
        }
        return said.isEmpty() ? "none given, all detected (o changes them)" : String.join(", ", said);
    }

    /** The form's hint: a header name with a comma or a plus cannot be written here, its number can (as --map takes). */
    static final String NOTE = "Blank: detected. Columns by name or by number from 1 (for a name with , or +), such as payee=Name, amount=3+4";
}
