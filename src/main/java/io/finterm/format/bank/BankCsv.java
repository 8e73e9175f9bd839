package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import io.finterm.domain.Plural;
import io.finterm.domain.Text;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Any bank's CSV: detects the encoding, separator, lines before the header, each column's role, the
 * date pattern, the decimal mark and the sign convention, each overridden by its {@link CsvOptions}.
 * Detection reads the file's bytes once ({@link ByteScan}) and works on its first megabyte; it reads
 * the rows a second time only for what must see every row and the first megabyte left open: the date
 * pattern when dd/MM and MM/dd both still fit, the decimal mark when no amount showed it, and whether
 * a reference column's values are unique. What is ambiguous is refused with the option that decides.
 */
public final class BankCsv {
    private static final int SAMPLE = 2000;
    /** How much of a skipped line {@code detected()} shows. */
    private static final int SHOWN = 60;

    private BankCsv() {
    }

    /**
     * Detects a bank CSV's layout and returns it ready to be read.
     *
     * @throws FintermException when the file cannot be read, has no header finterm can find, lacks a
     *         date or an amount column, or is ambiguous (separator, date pattern, decimal mark): the
     *         message names the option that decides
     */
    public static BankFile open(ImportSource source, CsvOptions options) {
        CsvOptions o = options == null ? CsvOptions.NONE : options;
        if (o.skip() != null && o.skip() < 0) {
            throw new FintermException("--skip " + o.skip() + ": the lines before the header are 0 or more");
        }
        if (o.decimal() != null && o.decimal() != ',' && o.decimal() != '.') {
            throw new FintermException("--decimal " + Text.clean(String.valueOf(o.decimal())) + ": the decimal mark is , or .");
        }
        if (o.delimiter() != null && (o.delimiter() == CsvScanner.QUOTE || o.delimiter() == '\n' || o.delimiter() == '\r')) {
            throw new FintermException("--delimiter: a quote or a line break cannot separate fields (use , ; tab or |)");
        }
        ByteScan scan = ByteScan.of(source);
        boolean utf8 = scan.charset().equals(StandardCharsets.UTF_8);
        // A profile's encoding is for files that are not UTF-8: a later file of the same bank may well be.
        Charset charset = o.encoding() != null ? o.encoding() : utf8 || o.fallback() == null ? scan.charset() : o.fallback();
        List<String> detected = new ArrayList<>();
        detected.add("format: bank CSV");
        detected.add("encoding: " + (o.encoding() != null ? charset.name() + " (--encoding)"
                : scan.bom() ? "UTF-8 (with a byte order mark)" : utf8 ? "UTF-8"
                : o.fallback() != null ? charset.name() + " (from " + o.fallbackFrom() + "; the file is not UTF-8)"
                : "ISO-8859-1 or Windows-1252"));
        List<String> lines = scan.headLines(charset);
        if (lines.stream().allMatch(String::isBlank)) {
            throw new FintermException("the file is empty: a bank CSV needs a header line and rows");
        }
        HeaderFinder.Header header = HeaderFinder.find(lines, o);
        char sep = header.separator();
        int width = header.names().size();
        detected.add("separator: " + HeaderFinder.name(sep).replaceFirst("^an? ", "") + (o.delimiter() != null ? " (--delimiter)" : ""));
        detected.add("lines before the header: " + header.index() + (o.skip() != null ? " (--skip)" : header.index() > 0
                ? " skipped (" + Text.clean(lines.get(0)) + (header.index() > 1 ? " …" : "") + ")" : ""));
        detected.add("header: line " + (header.index() + 1));
        List<List<String>> data = new ArrayList<>();
        for (int i = header.index() + 1; i < lines.size(); i++) {
            List<String> fields = LineFields.split(lines.get(i), sep);
            if (fields.size() == width && !LineFields.blank(fields)) {
                data.add(fields);
            }
        }
        Columns c = ColumnRoles.assign(header.names(), data.subList(0, Math.min(SAMPLE, data.size())), o);
        Findings f = new Findings(c, o);
        data.forEach(f::accept);
        if (!scan.whole() && f.needsEveryRow()) {
            Findings all = new Findings(c, o);
            CsvRecords.each(source, charset, sep, header.index(), (r, line) -> {
                if (line > header.index() + 1 && r.size() == width) {
                    List<String> fields = new ArrayList<>(width);
                    for (int i = 0; i < width; i++) {
                        fields.add(Text.clean(r.get(i)).strip());
                    }
                    all.accept(fields);
                }
            });
            f = all;
        }
        // --date-format A|B: B is the other date's pattern, where a bank writes the two dates differently (a saved layout says so)
        int bar = o.dateFormat() == null ? -1 : o.dateFormat().indexOf('|');
        String given = bar < 0 ? o.dateFormat() : o.dateFormat().substring(0, bar).strip();
        DatePattern date = given != null ? DatePattern.of(given) : f.dates.decideOr(c.name(c.date()), null);
        DatePattern other = c.otherDate() < 0 ? date : bar >= 0 ? DatePattern.of(o.dateFormat().substring(bar + 1).strip())
                : o.dateFormat() != null ? date : f.otherDates.decideOr(c.name(c.otherDate()), date);
        if (date == null) {
            date = DatePattern.of("yyyy-MM-dd"); // no rows at all: nothing to read with it
        }
        char decimal = o.decimal() != null ? o.decimal() : f.decimal();
        boolean referenceIsId = c.reference() >= 0 && f.repeated == null;
        describe(detected, c, f, date, other, decimal, o, referenceIsId);
        String after = after(scan, charset, lines, header.index(), sep, width, c.date(), date);
        if (after != null) {
            detected.add(after);
        }
        String headerCurrency = c.headerCurrency();
        if (c.currency() < 0 && !headerCurrency.isEmpty()) {
            detected.add("currency: " + headerCurrency + " (from the header)");
        }
        Layout layout = CsvLayout.of(c, sep, charset, header.index(), date, other, decimal, o.negate());
        return new BankCsvFile(source, charset, sep, header.index(), width, List.copyOf(detected), layout,
                new RowReader(c, date, other == null ? date : other, decimal, o.negate(), referenceIsId, headerCurrency));
    }

    private static void describe(List<String> d, Columns c, Findings f, DatePattern date, DatePattern other, char decimal,
                                 CsvOptions o, boolean referenceIsId) {
        d.add("date: " + c.name(c.date()));
        if (c.otherDate() >= 0) {
            d.add("other date: " + c.name(c.otherDate()));
        }
        if (c.amount() >= 0) {
            d.add("amount: " + c.name(c.amount()));
        } else {
            d.add("debit (money out): " + c.name(c.debit()));
            d.add("credit (money in): " + c.name(c.credit()));
        }
        if (c.indicator() >= 0) {
            d.add("indicator: " + c.name(c.indicator()));
        }
        d.add("payee: " + c.payeeText());
        d.add("description: " + c.names(c.description()));
        if (c.currency() >= 0) {
            d.add("currency: " + c.name(c.currency()));
        }
        if (c.reference() >= 0) {
            d.add("reference: " + c.name(c.reference()) + (referenceIsId ? " (unique: the bank's id)"
                    : " (not an id: '" + f.repeated + "' is on more than one row)"));
        }
        if (c.category().length > 0) {
            d.add("bank labels (tags): " + c.names(c.category()));
        }
        if (c.balance().length > 0) {
            d.add("balance (never read): " + c.names(c.balance()));
        }
        List<String> unused = new ArrayList<>(c.unused());
        if (!unused.isEmpty()) {
            d.add("not used: " + String.join(", ", unused));
        }
        d.add("date pattern: " + (o.dateFormat() == null && !f.dates.sawAny() ? "none (no dates to read)" : date.text())
                + (o.dateFormat() != null ? " (--date-format)" : "")
                + (date.twoDigitYear() ? " (two-digit years are 2000-2099)" : ""));
        if (c.otherDate() >= 0 && other != null && other != date) {
            d.add("other date pattern: " + other.text() + (other.twoDigitYear() ? " (two-digit years are 2000-2099)" : ""));
        }
        d.add("decimal mark: " + (o.decimal() != null ? decimal + " (--decimal)" : f.sawMark() ? (decimal == ',' ? "comma" : "point")
                : "none written (whole amounts)"));
        String sign = c.amount() < 0 ? "debit column is money out and credit column money in, whatever sign they are written with"
                : c.indicator() >= 0 ? "the indicator column says which way (DR, D, S, Af: money out); a minus agrees with it or is an error"
                : "a minus (before or after the number, or parentheses, or a DR suffix) is money out";
        d.add("sign: " + sign + (o.negate() ? "; every sign flipped (--negate)" : ""));
    }

    /**
     * What the lines after the data are, when there are any: totals or closing-balance lines, not rows.
     * Counted from the end as {@link BankCsvFile} holds them back: lines of another width, and lines
     * as wide as the header whose date cell is no date at all (once a row with a date came before
     * them), up to the same limits.
     */
    private static String after(ByteScan scan, Charset charset, List<String> head, int headerIndex, char sep, int width,
                                int dateColumn, DatePattern date) {
        List<String> lines = scan.whole() ? head.subList(headerIndex + 1, head.size()) : scan.tailLines(charset);
        int count = 0;
        int rows = 0;
        String first = null;
        int widthOnly = 0; // the lines of another width after the last dateless line: all that is skipped when no row has a date
        String widthOnlyFirst = null;
        boolean dated = !scan.whole(); // past the head, the rows before the tail are taken to have dates
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            List<String> fields = LineFields.split(lines.get(i), sep);
            boolean counting = count < BankCsvFile.MAX_HELD && rows < BankCsvFile.MAX_HELD_ROWS;
            if (fields.size() != width && fields.size() > dateColumn && !RowReader.noDate(Text.clean(fields.get(dateColumn)).strip(), date)) {
                dated = true; // a row of the wrong width, which reading refuses: the data ends with it
                break;
            }
            if (fields.size() == width) {
                if (LineFields.blank(fields)) {
                    continue;
                }
                if (!RowReader.noDate(Text.clean(fields.get(dateColumn)).strip(), date)) {
                    dated = true;
                    break;
                }
                if (rows == 0) {
                    widthOnly = count;
                    widthOnlyFirst = first;
                }
                rows++;
            }
            if (counting) {
                count++;
                first = lines.get(i);
            }
        }
        if (!dated && rows > 0) { // no row has a date: the dateless lines are rows with errors, not lines after the data
            count = widthOnly;
            first = widthOnlyFirst;
        }
        if (count == 0) {
            return null;
        }
        String shown = Text.clean(first).strip();
        return "after the data: " + Plural.of(count, "line") + " skipped ("
                + (shown.length() > SHOWN ? shown.substring(0, SHOWN) + "…" : shown) + ")";
    }

    /** What the rows say about the date patterns, the decimal mark and the reference column's uniqueness. */
    private static final class Findings {
        private final Columns c;
        private final CsvOptions o;
        final DateCandidates dates = new DateCandidates();
        final DateCandidates otherDates = new DateCandidates();
        private int commas;
        private int points;
        private String firstComma;
        private String firstPoint;
        private String ambiguous;
        private final Set<String> references = new HashSet<>();
        String repeated;

        Findings(Columns c, CsvOptions o) {
            this.c = c;
            this.o = o;
        }

        void accept(List<String> row) {
            if (o.dateFormat() == null) {
                dates.accept(row.get(c.date()));
                if (c.otherDate() >= 0) {
                    otherDates.accept(row.get(c.otherDate()));
                }
            }
            if (o.decimal() == null) {
                hint(c.amount(), row);
                hint(c.debit(), row);
                hint(c.credit(), row);
            }
            if (c.reference() >= 0 && repeated == null) {
                String ref = row.get(c.reference());
                if (!ref.isEmpty() && !references.add(ref)) {
                    repeated = ref;
                    references.clear();
                }
            }
        }

        private void hint(int column, List<String> row) {
            if (column < 0) {
                return;
            }
            String v = row.get(column);
            switch (AmountText.decimalHint(v)) {
                case ',' -> {
                    commas++;
                    firstComma = firstComma == null ? v : firstComma;
                }
                case '.' -> {
                    points++;
                    firstPoint = firstPoint == null ? v : firstPoint;
                }
                case '?' -> ambiguous = ambiguous == null ? v : ambiguous;
                default -> {
                }
            }
        }

        boolean sawMark() {
            return commas + points > 0;
        }

        boolean needsEveryRow() {
            return dates.undecided() || otherDates.undecided() || (o.decimal() == null && !sawMark())
                    || (c.reference() >= 0 && repeated == null);
        }

        char decimal() {
            if (commas > 0 && points > 0) {
                throw new FintermException("the amounts mix a decimal comma ('" + Text.clean(firstComma) + "') and a decimal point ('"
                        + Text.clean(firstPoint) + "'): add --decimal , or --decimal .");
            }
            if (commas + points == 0 && ambiguous != null) {
                throw new FintermException("every amount looks like 1.000 (such as '" + Text.clean(ambiguous)
                        + "'), which reads as one thousand or as one: add --decimal , or --decimal .");
            }
            return commas > 0 ? ',' : '.';
        }
    }
}
