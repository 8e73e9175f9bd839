package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * OFX and QFX statements: version 1 (a {@code KEY:VALUE} header, then SGML) and version 2 (XML).
 * {@link #open} reads the file once to check its structure and find its one statement; a file with
 * statements for several accounts is refused, because an import goes into one account.
 */
public final class Ofx implements BankFile {
    private final ImportSource source;
    private final OfxHeader header;
    private final List<String> detected;
    private final char decimal;

    private Ofx(ImportSource source, OfxHeader header, List<String> detected, char decimal) {
        this.source = source;
        this.header = header;
        this.detected = detected;
        this.decimal = decimal;
    }

    /** Recognises an OFX or QFX file and checks it whole; a FintermException says why it cannot be read. */
    public static BankFile open(ImportSource source) {
        OfxHeader header;
        try (InputStream in = new BufferedInputStream(source.open())) {
            header = OfxHeader.read(in, source.name());
        } catch (IOException e) {
            throw new FintermException(source.name() + " could not be read: " + e.getMessage(), e);
        }
        OfxStatements counted = new OfxStatements();
        String version = pass(source, header, counted);
        if (counted.statements.isEmpty()) {
            throw new FintermException(source.name() + " has no bank or credit-card statement (no STMTRS or CCSTMTRS element): there is nothing to import");
        }
        if (counted.statements.size() > 1) {
            List<String> accounts = new ArrayList<>();
            counted.statements.forEach(s -> accounts.add(masked(s.account)));
            throw new FintermException(source.name() + " has statements for " + counted.statements.size() + " accounts (" + String.join(", ", accounts)
                    + "), and finterm imports one account at a time: download each account's statement on its own");
        }
        if (counted.commaAmounts > 0 && counted.pointAmounts > 0) {
            throw new FintermException(source.name() + " has amounts with a decimal point and amounts with a decimal comma: it does not say which it means");
        }
        char decimal = counted.commaAmounts > 0 ? ',' : '.';
        OfxStatements.Statement s = counted.statements.get(0);
        List<String> detected = new ArrayList<>();
        String format = header.xml() ? "OFX 2 (XML" + (version.isEmpty() ? "" : ", version " + version) + ")"
                : "OFX 1 (SGML), charset " + header.charset().name();
        detected.add("format: " + (counted.intuit ? "QFX (Quicken), " : "") + format);
        detected.add("statement: " + (s.card ? "credit-card" : "bank") + " account " + masked(s.account) + ", "
                + (s.currency.isEmpty() ? "no currency stated" : io.finterm.domain.Text.clean(s.currency)) + period(s));
        if (decimal == ',') {
            detected.add("decimal mark: , (the file writes amounts with a decimal comma)");
        }
        detected.add("transactions: " + s.transactions);
        return new Ofx(source, header, List.copyOf(detected), decimal);
    }

    @Override
    public List<String> detected() {
        return detected;
    }

    @Override
    public void read(Consumer<BankRow> rows, BiConsumer<Long, String> errors) {
        OfxStatements reading = new OfxStatements(decimal, rows, errors);
        pass(source, header, reading);
        if (reading.statements.size() != 1) {
            throw new FintermException(source.name() + " changed while it was read: read it again");
        }
    }

    /** Reads the whole body once, handing every element to {@code events}; returns the OFX 2 version, if any. */
    private static String pass(ImportSource source, OfxHeader header, OfxEvents events) {
        if (header.xml()) {
            OfxXmlReader xml = new OfxXmlReader(source, XmlGuard.Limits.DEFAULT); // the guards camt.053 is read through
            xml.read(events);
            return xml.version();
        }
        try (InputStream in = new BufferedInputStream(source.open())) {
            OfxHeader.skip(in, header);
            // strict decoding: a byte that is not text in the stated charset is refused, never replaced silently
            var decoder = header.charset().newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            new SgmlReader(new InputStreamReader(in, decoder), source.name(), header.bodyLine()).read(events);
            return "";
        } catch (CharacterCodingException e) {
            throw new FintermException(source.name() + " has bytes that are not " + header.charset().name()
                    + " text, which its header says it is written in");
        } catch (IOException e) {
            throw new FintermException(source.name() + " could not be read: " + e.getMessage(), e);
        }
    }

    private static String period(OfxStatements.Statement s) {
        try {
            return s.start.isEmpty() || s.end.isEmpty() ? "" : ", " + OfxValues.date(s.start) + " to " + OfxValues.date(s.end);
        } catch (BankValues.Bad e) {
            return ""; // the period is only shown; the transactions' own dates are checked
        }
    }

    /** An account number shown by its last four characters only: detection output is shown on screens and in logs. */
    static String masked(String account) {
        String clean = io.finterm.domain.Text.clean(account);
        return clean.isEmpty() ? "(no ACCTID)" : "..." + clean.substring(Math.max(0, clean.length() - 4));
    }
}
