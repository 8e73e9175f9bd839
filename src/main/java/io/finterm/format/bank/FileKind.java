package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;

/**
 * What kind of file an import was given, told from its first bytes, never from its name (a bank's
 * {@code .csv} may be anything, and people rename files). finterm's own CSV is recognised by its
 * exact lower-case header; any other text with separators is a bank CSV.
 */
public enum FileKind {
    FINTERM_CSV("finterm CSV"),
    FINTERM_JSON("finterm JSON export"),
    BANK_CSV("bank CSV"),
    OFX("OFX"),
    QIF("QIF"),
    CAMT053("camt.053");

    /** How much of the file's start is looked at. */
    static final int HEAD = 8192;
    /** The columns of finterm's own CSV, as {@code finterm export --format csv} writes them. */
    static final Set<String> FINTERM_COLUMNS = Set.of("date", "type", "category", "amount", "currency", "description", "account",
            "payee", "tags", "status", "id", "memo");

    private final String label;

    FileKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** The kind of {@code source}, or a {@link FintermException} saying why it is none that finterm reads. */
    public static FileKind of(ImportSource source) {
        byte[] head;
        try (InputStream in = source.open()) {
            head = in.readNBytes(HEAD);
        } catch (IOException e) {
            throw new FintermException("cannot read " + source.name() + ": " + e.getMessage());
        }
        return of(head, source.name());
    }

    static FileKind of(byte[] head, String name) {
        int from = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf ? 3 : 0;
        String text = new String(head, from, head.length - from, StandardCharsets.ISO_8859_1); // bytes as chars: enough to tell
        String start = text.stripLeading();
        if (start.isEmpty()) {
            throw new FintermException(name + " is empty");
        }
        if (text.indexOf('\0') >= 0) {
            throw new FintermException(name + " is not a text file: finterm imports CSV, OFX/QFX, QIF, camt.053 and its own JSON");
        }
        String upper = start.toUpperCase(Locale.ROOT);
        if (upper.startsWith("OFXHEADER") || upper.startsWith("<OFX>")) {
            return OFX;
        }
        if (upper.startsWith("<?XML")) {
            if (upper.contains("<?OFX") || upper.contains("<OFX>")) {
                return OFX;
            }
            if (start.contains("camt.05") || start.contains("BkToCstmr")) {
                return CAMT053; // the reader tells a camt.052 or .054 from a .053
            }
            throw new FintermException(name + " is an XML file that is neither OFX nor an ISO 20022 camt.053 statement");
        }
        if (upper.startsWith("!TYPE:") || upper.startsWith("!ACCOUNT") || upper.startsWith("!OPTION:") || upper.startsWith("!CLEAR:")) {
            return QIF;
        }
        if (start.startsWith("{")) {
            return FINTERM_JSON;
        }
        return isFintermHeader(start) ? FINTERM_CSV : BANK_CSV;
    }

    /** Whether the first line is finterm's own header: comma-separated, lower-case, its columns only, with date, category and amount. */
    private static boolean isFintermHeader(String text) {
        int end = text.indexOf('\n');
        String line = (end < 0 ? text : text.substring(0, end)).replace("\r", "");
        Set<String> seen = new java.util.HashSet<>();
        for (String column : line.split(",", -1)) {
            if (!FINTERM_COLUMNS.contains(column) || !seen.add(column)) {
                return false;
            }
        }
        return seen.containsAll(Set.of("date", "category", "amount"));
    }
}
