package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import io.finterm.domain.Text;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;

/**
 * Walks a camt.053 file as a stream: checks that it is one (by its namespace), and hands each
 * statement's account and each entry ({@code Ntry}), one small tree at a time, to a {@link Listener}.
 * Balances, summaries and headers are read past: they are never transactions.
 */
final class CamtStatements {
    private static final Pattern CAMT = Pattern.compile("urn:iso:std:iso:20022:tech:xsd:camt\\.(\\d{3})\\.001\\.(\\d{2})");

    /** One statement's account, as its {@code Acct} and {@code FrToDt} state it. */
    record Statement(long line, String account, String currency, String from, String to) {
    }

    interface Listener {
        /** The message's version, such as {@code camt.053.001.08}: called first. */
        void version(String version);

        /** Called once per {@code Stmt}, before its entries. */
        void statement(Statement statement);

        void entry(CamtNode ntry);
    }

    private CamtStatements() {
    }

    static void walk(ImportSource source, XmlGuard.Limits limits, Listener listener) {
        try (XmlGuard xml = new XmlGuard(source, limits)) {
            if (xml.nextTag() != XMLStreamConstants.START_ELEMENT) {
                throw new FintermException(xml.name() + " holds no XML element; it is not a camt.053 statement");
            }
            listener.version(version(xml));
            if (!xml.nextChild() || !xml.localName().equals("BkToCstmrStmt")) {
                throw new FintermException(xml.name() + ": line " + xml.line() + ": a camt.053 document holds <BkToCstmrStmt>"
                        + " (bank-to-customer statement) first; this one does not");
            }
            int[] entries = new int[1];
            while (xml.nextChild()) {
                if (xml.localName().equals("Stmt")) {
                    statement(xml, listener, entries);
                } else {
                    xml.skip(); // GrpHdr
                }
            }
            while (xml.nextChild()) {
                xml.skip(); // the rest of <Document>, such as supplementary data
            }
            xml.nextTag(); // the end of the file: the parser refuses anything after the root's end tag
        }
    }

    /** The version the root's namespace names, or a sentence saying what the file is instead. */
    private static String version(XmlGuard xml) {
        String ns = xml.namespace();
        Matcher m = CAMT.matcher(ns);
        if (!m.matches()) {
            throw new FintermException(xml.name() + " is not a camt.053 statement: its root element is <" + Text.clean(xml.localName())
                    + ">" + (ns.isEmpty() ? " with no namespace" : " in the namespace " + Text.clean(ns))
                    + "; finterm reads ISO 20022 camt.053 statements (urn:iso:std:iso:20022:tech:xsd:camt.053.001.02 and later)");
        }
        String message = m.group(1);
        String version = "camt." + message + ".001." + m.group(2);
        if (!message.equals("053")) {
            String what = switch (message) {
                case "052" -> "a camt.052 account report (intraday movements, not a statement)";
                case "054" -> "a camt.054 debit/credit notification (single advices, not a statement)";
                default -> "a " + version + " message, not a statement";
            };
            throw new FintermException(xml.name() + " is " + what + "; finterm reads camt.053 bank-to-customer statements: "
                    + "ask the bank for the camt.053 export");
        }
        if (Integer.parseInt(m.group(2)) < 2) {
            throw new FintermException(xml.name() + " is a " + version + " statement, older than finterm reads; "
                    + "finterm reads camt.053.001.02 and later");
        }
        if (!xml.localName().equals("Document")) {
            throw new FintermException(xml.name() + ": the root element is <" + Text.clean(xml.localName())
                    + ">; a camt.053 statement's is <Document>");
        }
        return version;
    }

    private static void statement(XmlGuard xml, Listener listener, int[] entries) {
        long line = xml.line();
        CamtNode acct = null;
        CamtNode period = null;
        boolean told = false;
        while (xml.nextChild()) {
            switch (xml.localName()) {
                case "Acct" -> acct = CamtNode.read(xml);
                case "FrToDt" -> period = CamtNode.read(xml);
                case "Ntry" -> {
                    if (!told) {
                        listener.statement(statement(line, acct, period));
                        told = true;
                    }
                    if (++entries[0] > xml.limits().entries()) {
                        throw new FintermException(xml.name() + ": line " + xml.line() + ": the file holds over " + xml.limits().entries()
                                + " entries; finterm refuses it (ask the bank for a shorter period)");
                    }
                    listener.entry(CamtNode.read(xml));
                }
                default -> xml.skip(); // Id, CreDtTm, Bal (never a transaction), TxsSummry, AddtlStmtInf
            }
        }
        if (!told) {
            listener.statement(statement(line, acct, period));
        }
    }

    private static Statement statement(long line, CamtNode acct, CamtNode period) {
        String account = "";
        String currency = "";
        if (acct != null) {
            String iban = acct.textAt("Id", "IBAN");
            String other = acct.textAt("Id", "Othr", "Id");
            account = iban != null ? "IBAN " + iban.replace(" ", "") : other != null ? "account " + other.replace(" ", "") : "";
            currency = acct.textAt("Ccy") == null ? "" : acct.textAt("Ccy");
        }
        String from = period == null ? null : period.textAt("FrDtTm");
        String to = period == null ? null : period.textAt("ToDtTm");
        return new Statement(line, Text.clean(account), Text.clean(currency), from, to);
    }
}
