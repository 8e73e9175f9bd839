package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import io.finterm.domain.Plural;
import io.finterm.domain.Text;
import java.util.List;

/**
 * Finds the separator and the header line together: the header is the first line whose fields look
 * like header names finterm knows, split by a separator that gives the lines below it the same number
 * of fields (more than one). A bank's title lines above it are passed over; a separator that is also
 * the decimal mark gives the rows more fields than the header and is never taken.
 */
final class HeaderFinder {
    static final String SEPARATORS = ",;\t|";
    private static final int LOOK = 60;
    private static final int CHECK = 20;

    /** The separator, the header's line index (0-based, the lines skipped before it), and its names. */
    record Header(char separator, int index, List<String> names) {
    }

    private record Candidate(Header header, int known) {
    }

    private HeaderFinder() {
    }

    static Header find(List<String> lines, CsvOptions options) {
        String separators = options.delimiter() != null ? String.valueOf(options.delimiter()) : SEPARATORS;
        Candidate best = null;
        Candidate tie = null;
        String nearMiss = null;
        for (char sep : separators.toCharArray()) {
            Candidate found = null;
            int from = options.skip() != null ? options.skip() : 0;
            int to = options.skip() != null ? Math.min(lines.size(), options.skip() + 1) : Math.min(lines.size(), LOOK);
            for (int i = from; i < to; i++) {
                List<String> names = LineFields.split(lines.get(i), sep);
                if (names.size() < 2) {
                    continue;
                }
                int known = 0;
                for (String n : names) {
                    known += ColumnNames.role(n) != null ? 1 : 0;
                }
                if (known == 0 && options.skip() == null) {
                    continue;
                }
                String why = rowsBelow(lines, i, sep, names.size());
                if (why != null) {
                    nearMiss = nearMiss == null && known > 1 ? why : nearMiss;
                    continue;
                }
                if (found == null || known >= 2 && found.known() < 2) {
                    found = new Candidate(new Header(sep, i, names), known);
                }
                if (known >= 2) {
                    break;
                }
            }
            if (found == null) {
                continue;
            }
            if (best == null || found.known() > best.known()) {
                best = found;
                tie = null;
            } else if (found.known() == best.known()) {
                tie = found;
            }
        }
        if (best == null) {
            String where = options.skip() != null ? "line " + (options.skip() + 1) + " (after --skip " + options.skip() + ")"
                    : "the first " + LOOK + " lines";
            throw new FintermException("no header with column names finterm knows (such as Date, Amount, Buchungstag, Betrag, Montant)"
                    + " and rows of the same width below it was found in " + where
                    + (nearMiss != null ? "; " + nearMiss : "") + ": add --delimiter, --skip N or --map");
        }
        if (tie != null) {
            throw new FintermException("the separator could be " + name(best.header().separator()) + " or "
                    + name(tie.header().separator()) + " (both split the header into names finterm knows): add --delimiter "
                    + shown(best.header().separator()) + " or --delimiter " + shown(tie.header().separator()));
        }
        return best.header();
    }

    /** Why the lines below line {@code i} do not fit a header of {@code width} fields, or {@code null} when they do. */
    private static String rowsBelow(List<String> lines, int i, char sep, int width) {
        int seen = 0;
        int fit = 0;
        int firstWidth = -1;
        for (int j = i + 1; j < lines.size() && seen < CHECK; j++) {
            if (lines.get(j).isBlank()) {
                continue;
            }
            int w = LineFields.split(lines.get(j), sep).size();
            firstWidth = firstWidth < 0 ? w : firstWidth;
            seen++;
            fit += w == width ? 1 : 0;
        }
        if (seen == 0 || fit * 2 > seen || firstWidth == width) { // the first row fits: what follows may be totals
            return null;
        }
        return "the header on line " + (i + 1) + " has " + width + " fields split by " + name(sep) + ", the line below it "
                + Plural.of(firstWidth, "field") + (firstWidth > width && sep == ',' ? " (a decimal comma in a comma-separated file?)" : "");
    }

    static String name(char sep) {
        return switch (sep) {
            case ',' -> "a comma";
            case ';' -> "a semicolon";
            case '\t' -> "a tab";
            case '|' -> "a pipe";
            default -> "'" + Text.clean(String.valueOf(sep)) + "'";
        };
    }

    private static String shown(char sep) {
        return sep == '\t' ? "tab" : String.valueOf(sep);
    }
}
