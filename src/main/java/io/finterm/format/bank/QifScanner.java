package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import io.finterm.domain.Text;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Walks a QIF file's headers and records, handing each transaction record (its fields up to
 * {@code ^}) to a consumer. {@code !Type:Bank}, {@code CCard}, {@code Cash}, {@code Oth A} and
 * {@code Oth L} hold transactions; an {@code !Account} record names the account that follows, and
 * between {@code !Option:AutoSwitch} and {@code !Clear:AutoSwitch} the {@code !Account} records are only
 * a list. Investment accounts and lists (categories, classes, memorized transactions…) are refused,
 * and so are the transactions of a second account: an import goes into one account.
 */
final class QifScanner {
    /** One field line: its letter, its text after the letter, and its line. */
    record Field(char code, String value, long line) {
    }

    /** Receives each transaction record; {@code ended} is false when the file or section ended before its {@code ^}. */
    interface Records {
        void record(List<Field> fields, boolean ended);
    }

    private static final List<String> TRANSACTION_TYPES = List.of("BANK", "CCARD", "CASH", "OTH A", "OTH L");

    private final String file;
    private String type;
    private String account = "";
    private String section;
    private String sectionShown;
    private long transactions;

    QifScanner(String file) {
        this.file = file;
    }

    /** The {@code !Type:} of the transactions, as written ({@code Bank}, {@code CCard}…), or {@code null} before one. */
    String type() {
        return sectionShown == null ? type : sectionShown;
    }

    /** The name of the {@code !Account} the transactions belong to, or {@code ""} when the file names none. */
    String account() {
        return account;
    }

    long transactions() {
        return transactions;
    }

    void scan(Reader reader, Records records) throws IOException {
        BoundedLines lines = new BoundedLines(reader, file);
        boolean accountMode = false;
        boolean autoSwitch = false;
        boolean any = false;
        List<Field> fields = new ArrayList<>();
        String line;
        while ((line = lines.next()) != null) {
            long at = lines.line();
            if (at == 1 && line.startsWith("\uFEFF")) {
                line = line.substring(1);
            }
            String text = line.stripTrailing();
            if (text.isBlank()) {
                continue;
            }
            if (text.startsWith("!")) {
                if (!fields.isEmpty() && accountMode) {
                    throw new FintermException(file + ", line " + at + ": the !Account record before this header does not end with a ^ line");
                }
                if (!fields.isEmpty()) {
                    emit(fields, false, records);
                }
                String header = text.strip().toUpperCase(Locale.ROOT);
                if (header.startsWith("!TYPE:")) {
                    String name = header.substring(6).strip().replaceAll("\\s+", " ");
                    if (!TRANSACTION_TYPES.contains(name)) {
                        throw refusal(at, text.strip(), name);
                    }
                    type = text.strip().substring(6).strip();
                    accountMode = false;
                } else if (header.equals("!ACCOUNT")) {
                    accountMode = true;
                } else if (header.equals("!OPTION:AUTOSWITCH")) {
                    autoSwitch = true;
                } else if (header.equals("!CLEAR:AUTOSWITCH")) {
                    autoSwitch = false;
                } else {
                    throw new FintermException(file + ", line " + at + ": " + BankValues.shown(text.strip()) + " is not a QIF header finterm knows");
                }
                any = true;
                continue;
            }
            if (!any) {
                throw new FintermException(file + " is not a QIF file: it starts with " + BankValues.shown(text) + ", not a !Type: header");
            }
            if (text.strip().equals("^")) {
                if (accountMode) {
                    for (Field f : fields) {
                        if (f.code == 'N' && !autoSwitch) { // with AutoSwitch on, !Account records are only a list of accounts
                            account = Text.clean(f.value);
                        }
                    }
                    fields.clear();
                } else {
                    emit(fields, true, records);
                }
                continue;
            }
            if (!accountMode && type == null) {
                throw new FintermException(file + ", line " + at + ": a field before any !Type: header");
            }
            fields.add(new Field(line.charAt(0), line.substring(1), at));
        }
        if (!fields.isEmpty() && !accountMode) {
            emit(fields, false, records);
        }
        if (!any) {
            throw new FintermException(file + " is not a QIF file: it is empty");
        }
    }

    private void emit(List<Field> fields, boolean ended, Records records) {
        if (fields.isEmpty()) {
            return; // a lone ^ (some programs write one after the header) holds no transaction
        }
        String key = account + "\u0000" + type.toUpperCase(Locale.ROOT);
        if (section == null) {
            section = key;
            sectionShown = type;
        } else if (!section.equals(key)) {
            throw new FintermException(file + " has the transactions of more than one account (a second one starts at line " + fields.get(0).line()
                    + "), and finterm imports one account at a time: export each account on its own");
        }
        transactions++;
        records.record(List.copyOf(fields), ended);
        fields.clear();
    }

    private FintermException refusal(long at, String header, String name) {
        String why = switch (name) {
            case "INVST" -> "holds an investment account, which finterm does not import (it has no securities)";
            case "MEMORIZED" -> "holds memorized transactions, which are templates, not transactions";
            case "CAT", "CLASS" -> "holds a list of " + (name.equals("CAT") ? "categories" : "classes") + ", not transactions";
            default -> "holds something other than a bank, card or cash account's transactions";
        };
        return new FintermException(file + ", line " + at + ": " + BankValues.shown(header) + " " + why
                + "; export the account as !Type:Bank, !Type:CCard or !Type:Cash");
    }
}
