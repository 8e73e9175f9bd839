package io.finterm.format;

import io.finterm.domain.Account;
import io.finterm.domain.CalendarDay;
import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.Plural;
import io.finterm.domain.Text;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.TxStatus;
import io.finterm.domain.ValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Currency;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads transactions from CSV (Apache Commons CSV). The header decides the columns: {@code date},
 * {@code category} and {@code amount} are required, {@code type}, {@code currency},
 * {@code description}, {@code account}, {@code payee}, {@code tags} ({@code ;} between them),
 * {@code status}, {@code id} and {@code memo} optional, anything else ignored ({@code id} and
 * {@code memo} say which rows are the lines of one split: {@link CsvSplits}). Without a {@code type}
 * column a negative amount is an expense and a positive one income. The amount is read in its
 * account's currency; a {@code currency} that is not the account's is the row's error, never a
 * conversion. Dates are ISO ({@code 2024-03-05}) or in the configured extra pattern. Every row has
 * as many fields as the header. Rows stream one by one, so memory does not grow with the file.
 */
public final class CsvTransactions {
    private final String extraDatePattern;
    private final DateTimeFormatter extraDateFormat;
    private final Function<String, Account> accounts;

    /**
     * @param extraDatePattern a {@link DateTimeFormatter} pattern accepted besides ISO, or blank
     * @param accounts         the account a row's {@code account} cell names ({@code ""} when there is none), or a
     *                         {@link ValidationException} for the row; called from the reading thread
     */
    public CsvTransactions(String extraDatePattern, Function<String, Account> accounts) {
        this.extraDatePattern = extraDatePattern == null ? "" : extraDatePattern.strip();
        this.extraDateFormat = extraDatePattern == null || extraDatePattern.isBlank() ? null
                : DateTimeFormatter.ofPattern(extraDatePattern.strip(), Locale.ROOT);
        this.accounts = accounts;
    }

    /**
     * Reads every row of {@code csv}, handing each valid one to {@code rows} and each invalid one,
     * as {@code (line, "field: reason")}, to {@code errors}.
     *
     * @throws FintermException if the file as a whole cannot be read: empty, no usable header, or broken quoting
     */
    public void read(Reader csv, Consumer<CsvRow> rows, BiConsumer<Long, String> errors) {
        // The header is read as an ordinary record, so that its width is known exactly (Commons CSV's
        // header map folds away empty and repeated names) and every row can be held to it.
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).get();
        try (CSVParser parser = CSVParser.parse(csv, format)) {
            Iterator<CSVRecord> it = parser.iterator();
            CSVRecord header = next(it, parser) ? it.next() : null;
            Map<String, Integer> columns = columns(header);
            while (next(it, parser)) {
                CSVRecord r = it.next();
                long line = r.getParser().getCurrentLineNumber();
                if (r.size() != header.size()) {
                    errors.accept(line, widthMismatch(r.size(), header.size()));
                    continue;
                }
                try {
                    rows.accept(row(r, line, columns));
                } catch (ValidationException e) {
                    errors.accept(line, e.getMessage());
                }
            }
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new FintermException("the file is not UTF-8 text, which finterm's own CSV always is; nothing was imported");
        } catch (IOException e) {
            throw new FintermException("cannot read the CSV file: " + e.getMessage());
        }
    }

    /**
     * Like {@link #read}, but parses on a thread of its own, a few thousand rows ahead, while the
     * caller's thread gets every row and every error, in file order, as from {@link #read}: a large
     * import spends about as long checking and storing rows as reading them, and a second core can
     * do the reading. If {@code rows} or {@code errors} throws, the reading thread stops too.
     */
    public void readAhead(Reader csv, Consumer<CsvRow> rows, BiConsumer<Long, String> errors) {
        ReadAhead.<CsvRow>rowsAndErrors((out, bad) -> read(csv, out, bad), rows, errors);
    }

    /** Advances, turning Commons CSV's broken-quoting errors into a sentence with the line. */
    private static boolean next(Iterator<CSVRecord> it, CSVParser parser) {
        try {
            return it.hasNext();
        } catch (UncheckedIOException | IllegalStateException e) {
            long line = Math.max(1, parser.getCurrentLineNumber());
            // Commons CSV says "(startline N) …" for a field that began on an earlier line
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException) {
                // no line: the text is decoded well ahead of the line being parsed
                throw new FintermException("the file is not UTF-8 text, which finterm's own CSV always is; nothing was imported");
            }
            String why = String.valueOf(e.getCause() != null ? e.getCause().getMessage() : e.getMessage());
            java.util.regex.Matcher start = java.util.regex.Pattern.compile("\\(startline (\\d+)\\) ").matcher(why);
            if (start.find()) {
                line = Long.parseLong(start.group(1));
                why = why.substring(start.end());
            }
            if (why.startsWith("EOF reached before encapsulated token finished")) {
                why = "a quoted field is never closed";
            }
            throw new FintermException("line " + line + ": the CSV quoting is broken (" + Text.clean(why) + "); nothing was imported");
        }
    }

    /**
     * A row wider or narrower than the header is refused rather than read by position: the usual
     * cause is an amount written with a decimal comma ({@code -54,30}) in a comma-separated file,
     * which would otherwise be read as 54 with the cents taken for the next column.
     */
    private static String widthMismatch(int fields, int headerFields) {
        return Plural.of(fields, "field") + ", the header has " + headerFields
                + (fields > headerFields ? " (a decimal comma in a comma-separated file?)" : "");
    }

    private static Map<String, Integer> columns(CSVRecord header) {
        Map<String, Integer> byName = new HashMap<>();
        for (int i = 0; header != null && i < header.size(); i++) {
            String name = Text.clean(header.get(i)).toLowerCase(Locale.ROOT);
            if (!name.isEmpty()) {
                byName.putIfAbsent(name, i);
            }
        }
        if (byName.isEmpty()) {
            throw new FintermException("the file is empty: it needs a header line such as date,type,category,amount,currency,description");
        }
        for (String required : new String[] {"date", "category", "amount"}) {
            if (!byName.containsKey(required)) {
                throw new FintermException("line 1: header: the column '" + required + "' is missing"
                        + " (the header needs date, category and amount; type, currency, description, account, payee, tags, status, id"
                        + " and memo are optional)");
            }
        }
        return byName;
    }

    private CsvRow row(CSVRecord r, long line, Map<String, Integer> columns) {
        String amountText = cell(r, columns, "amount");
        boolean negative = amountText.startsWith("-");
        TxKind kind;
        if (columns.containsKey("type")) {
            kind = TxKind.parse(cell(r, columns, "type"));
            if (negative) {
                throw new ValidationException("amount", "must be positive when the type column says which way it went");
            }
        } else {
            kind = negative ? TxKind.EXPENSE : TxKind.INCOME;
        }
        Account account = accounts.apply(columns.containsKey("account") ? cell(r, columns, "account") : "");
        String code = columns.containsKey("currency") ? cell(r, columns, "currency") : "";
        Currency currency = code.isEmpty() ? account.currency() : Money.currency(code);
        account.requireCurrency(currency);
        Money amount = Money.parse(negative ? amountText.substring(1) : amountText, currency);
        if (!amount.isPositive()) {
            throw new ValidationException("amount", "must be greater than zero");
        }
        String category = cell(r, columns, "category");
        if (category.isEmpty()) {
            throw new ValidationException("category", "is empty");
        }
        String description = optional(r, columns, "description");
        List<String> tags = TagText.cell(optional(r, columns, "tags"));
        String status = optional(r, columns, "status");
        return new CsvRow(line, date(cell(r, columns, "date")), kind, category, amount, description, account,
                Text.field("payee", optional(r, columns, "payee"), Transaction.MAX_PAYEE, false), tags,
                status.isEmpty() ? TxStatus.UNCLEARED : TxStatus.parse(status), optional(r, columns, "id"),
                optional(r, columns, "memo")); // a memo is a split line's, checked as one; a row of its own ignores it
    }

    /** An optional column's cell, {@code ""} when the file has no such column. */
    private static String optional(CSVRecord r, Map<String, Integer> columns, String name) {
        return columns.containsKey(name) ? cell(r, columns, name) : "";
    }

    /** {@code YYYY-MM-DD}, read directly: {@link LocalDate#parse} costs several times more, once per row. */
    private static LocalDate isoDate(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            throw new DateTimeException("not YYYY-MM-DD");
        }
        return LocalDate.of(digits(s, 0, 4), digits(s, 5, 7), digits(s, 8, 10));
    }

    /** Whether {@code s} is written as {@code YYYY-MM-DD}, whether or not there is such a day. */
    private static boolean isoShaped(String s) {
        if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
            return false;
        }
        for (int i = 0; i < 10; i++) {
            if (i != 4 && i != 7 && (s.charAt(i) < '0' || s.charAt(i) > '9')) {
                return false;
            }
        }
        return true;
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new DateTimeException("not a digit");
            }
            v = v * 10 + (c - '0');
        }
        return v;
    }

    private static String cell(CSVRecord r, Map<String, Integer> columns, String name) {
        return Text.clean(r.get(columns.get(name))); // every row is as wide as the header
    }

    private LocalDate date(String text) {
        try {
            return isoDate(text);
        } catch (DateTimeException iso) {
            if (extraDateFormat != null) {
                try {
                    return LocalDate.parse(text, extraDateFormat);
                } catch (DateTimeParseException ignored) {
                    // fall through to the message below
                }
            }
            String why = isoShaped(text) ? CalendarDay.whyNot(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10)) : null;
            if (why != null) {
                throw new ValidationException("date", "'" + text + "' is not a date: " + why);
            }
            throw new ValidationException("date", "'" + text + "' is not a date (use YYYY-MM-DD"
                    + (extraDateFormat != null ? " or " + extraDatePattern : "") + ")");
        }
    }
}
