package io.finterm.format.bank;

import io.finterm.domain.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * One camt entry ({@code Ntry}) made into bank rows: its amount signed by {@code CdtDbtInd}, its booking
 * and value dates, {@code AcctSvcrRef} as the bank's id, the counterparty as payee (the creditor of a
 * debit, the debtor of a credit) and the remittance information as description.
 *
 * <p>A batch booking (several {@code TxDtls}, each with its own amount) is one row per transaction,
 * whose amounts must add up to the entry's exactly; otherwise the entry is one row.
 */
final class CamtEntry {
    private final CamtNode ntry;
    private final List<String> problems = new ArrayList<>();

    private CamtEntry(CamtNode ntry) {
        this.ntry = ntry;
    }

    /** The entry's status code as written ({@code <Sts>BOOK</Sts>} up to .06, {@code <Sts><Cd>BOOK</Cd></Sts>} from .08), or "". */
    static String status(CamtNode ntry) {
        String direct = ntry.textAt("Sts");
        String coded = ntry.textAt("Sts", "Cd");
        return direct != null ? direct : coded != null ? coded : "";
    }

    /** The rows of a booked entry to {@code rows}, or each of its problems, at the entry's line, to {@code errors}. */
    static void read(CamtNode ntry, Consumer<BankRow> rows, BiConsumer<Long, String> errors) {
        CamtEntry entry = new CamtEntry(ntry);
        List<BankRow> made = entry.rows();
        if (entry.problems.isEmpty()) {
            made.forEach(rows);
        } else {
            entry.problems.forEach(p -> errors.accept(ntry.line(), p));
        }
    }

    private List<BankRow> rows() {
        BigDecimal amount = value("amount", ntry.textAt("Amt"), "no <Amt>", CamtValues::amount);
        String currency = ntry.at("Amt") == null ? null : value("currency", ntry.at("Amt").ccy(), "", CamtValues::currency);
        String indicator = ntry.textAt("CdtDbtInd");
        boolean debit = "DBIT".equals(indicator);
        if (indicator == null) {
            problems.add("credit or debit: missing (no <CdtDbtInd>)");
        } else if (!debit && !"CRDT".equals(indicator)) {
            problems.add("credit or debit: " + CamtValues.shown(indicator) + " is neither CRDT nor DBIT");
        }
        String booked = ntry.textAt("BookgDt", "Dt") != null ? ntry.textAt("BookgDt", "Dt") : ntry.textAt("BookgDt", "DtTm");
        LocalDate date = value("date", booked, "no <BookgDt>", CamtValues::date);
        String valued = ntry.textAt("ValDt", "Dt") != null ? ntry.textAt("ValDt", "Dt") : ntry.textAt("ValDt", "DtTm");
        LocalDate valueDate = valued == null ? null : value("value date", valued, "", CamtValues::date);
        String ref = clean(ntry.textAt("AcctSvcrRef"));
        List<String> labels = CamtLabels.of(ntry.at("BkTxCd"));
        String fallback = clean(ntry.textAt("AddtlNtryInf"));

        List<CamtNode> txs = new ArrayList<>();
        ntry.all("NtryDtls").forEach(d -> txs.addAll(d.all("TxDtls")));
        List<BankRow> rows = new ArrayList<>();
        if (txs.size() > 1 && txs.stream().allMatch(t -> txAmount(t) != null)) {
            List<String> refs = ownRefs(txs, ref);
            BigDecimal sum = BigDecimal.ZERO;
            for (int i = 0; i < txs.size(); i++) {
                CamtNode tx = txs.get(i);
                String which = "transaction " + (i + 1) + " of " + txs.size() + ": ";
                BigDecimal part = value("amount", which, txAmount(tx).text(), "", CamtValues::amount);
                String partCurrency = txAmount(tx).ccy();
                if (currency != null && partCurrency != null && !partCurrency.strip().equals(currency)) {
                    problems.add("currency: " + which + CamtValues.shown(partCurrency) + " differs from the entry's " + currency);
                }
                String own = tx.textAt("CdtDbtInd");
                if (own != null && indicator != null && !own.equals(indicator)) {
                    problems.add("credit or debit: " + which + CamtValues.shown(own) + " differs from the entry's " + indicator);
                }
                if (part == null || amount == null || !problems.isEmpty()) {
                    continue;
                }
                sum = sum.add(part);
                String id = refs.get(i) != null ? refs.get(i) : ref.isEmpty() ? "" : ref + "/" + (i + 1);
                rows.add(new BankRow(tx.line(), date, valueDate, debit ? part.negate() : part, currency, payee(tx, debit),
                        orElse(description(tx), fallback), id, labels, List.of()));
            }
            if (amount != null && problems.isEmpty() && sum.compareTo(amount) != 0) {
                problems.add("amount: the " + txs.size() + " transactions of the batch add up to " + sum.toPlainString()
                        + ", not the entry's " + amount.toPlainString());
            }
            return rows;
        }
        if (problems.isEmpty()) {
            rows.add(new BankRow(ntry.line(), date, valueDate, debit ? amount.negate() : amount, currency, common(txs, debit),
                    txs.size() == 1 ? orElse(description(txs.get(0)), fallback) : orElse(fallback, joined(txs)), ref, labels, List.of()));
        }
        return rows;
    }

    /** A transaction's own amount (in the account's currency), or {@code null}. */
    private static CamtNode txAmount(CamtNode tx) {
        CamtNode own = tx.at("AmtDtls", "TxAmt", "Amt");
        own = own != null ? own : tx.child("Amt");
        return own != null && own.text() != null ? own : null;
    }

    /** Each transaction's own AcctSvcrRef where it is there, differs from the entry's and is unique; else null. */
    private static List<String> ownRefs(List<CamtNode> txs, String entryRef) {
        List<String> refs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Set<String> twice = new HashSet<>();
        for (CamtNode tx : txs) {
            String own = clean(tx.textAt("Refs", "AcctSvcrRef"));
            refs.add(own.isEmpty() || own.equals(entryRef) ? null : own);
            if (!own.isEmpty() && !seen.add(own)) {
                twice.add(own);
            }
        }
        refs.replaceAll(r -> r == null || twice.contains(r) ? null : r);
        return refs;
    }

    /** The counterparty: a debit's creditor, a credit's debtor ({@code Nm} up to .06, {@code Pty/Nm} from .08), else the ultimate one. */
    private static String payee(CamtNode tx, boolean debit) {
        String party = debit ? "Cdtr" : "Dbtr";
        for (String p : List.of(party, "Ultmt" + party)) {
            String name = tx.textAt("RltdPties", p, "Nm");
            name = name != null ? name : tx.textAt("RltdPties", p, "Pty", "Nm");
            if (name != null && !name.isBlank()) {
                return clean(name);
            }
        }
        return "";
    }

    /** The payee the transactions share, or "" when they name different ones (never one of them picked). */
    private static String common(List<CamtNode> txs, boolean debit) {
        Set<String> payees = new HashSet<>();
        txs.forEach(t -> payees.add(payee(t, debit)));
        return payees.size() == 1 ? payees.iterator().next() : "";
    }

    /** The unstructured remittance lines joined with a space, else the structured creditor references, else the additional info. */
    private static String description(CamtNode tx) {
        CamtNode rmt = tx.child("RmtInf");
        if (rmt != null) {
            List<String> lines = new ArrayList<>();
            rmt.all("Ustrd").forEach(u -> add(lines, u.text()));
            if (lines.isEmpty()) {
                rmt.all("Strd").forEach(s -> add(lines, s.textAt("CdtrRefInf", "Ref")));
            }
            if (!lines.isEmpty()) {
                return clean(String.join(" ", lines));
            }
        }
        return clean(tx.textAt("AddtlTxInf"));
    }

    private static String joined(List<CamtNode> txs) {
        List<String> parts = new ArrayList<>();
        txs.forEach(t -> add(parts, description(t)));
        return String.join(" ", parts);
    }

    private static void add(List<String> to, String text) {
        if (text != null && !text.isBlank()) {
            to.add(text.strip());
        }
    }

    private static String orElse(String text, String fallback) {
        return text.isEmpty() ? fallback : text;
    }

    private static String clean(String text) {
        return text == null ? "" : Text.clean(text.strip()).strip();
    }

    private interface Parser<T> {
        T parse(String text) throws BankValues.Bad;
    }

    private <T> T value(String field, String text, String missing, Parser<T> parser) {
        return value(field, "", text, missing, parser);
    }

    /** The parsed value, or null with the problem noted ({@code missing} is the reason when there is no text at all). */
    private <T> T value(String field, String which, String text, String missing, Parser<T> parser) {
        if (text == null && !missing.isEmpty()) {
            problems.add(field + ": " + which + "missing (" + missing + ")");
            return null;
        }
        try {
            return parser.parse(text == null ? null : text.strip());
        } catch (BankValues.Bad e) {
            problems.add(field + ": " + which + e.getMessage());
            return null;
        }
    }
}
