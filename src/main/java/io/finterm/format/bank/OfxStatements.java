package io.finterm.format.bank;

import io.finterm.domain.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Collects what an OFX file says about its statements (bank {@code STMTRS}, credit card
 * {@code CCSTMTRS}) and turns each {@code STMTTRN} of a statement's {@code BANKTRANLIST} into a
 * {@link BankRow}. Balances ({@code LEDGERBAL}, {@code AVAILBAL}) are never transactions, and
 * transactions elsewhere (investment statements) are not read. The first pass, with no
 * {@code decimal}, only counts; the second builds rows.
 */
final class OfxStatements implements OfxEvents {
    /** One statement: its kind, account (ACCTID), default currency (CURDEF), period, and transactions. */
    static final class Statement {
        final boolean card;
        final long line;
        String account = "";
        String currency = "";
        String start = "";
        String end = "";
        int transactions;

        Statement(boolean card, long line) {
            this.card = card;
            this.line = line;
        }
    }

    final List<Statement> statements = new ArrayList<>();
    boolean intuit;
    long commaAmounts;
    long pointAmounts;

    private final char decimal;
    private final Consumer<BankRow> rows;
    private final BiConsumer<Long, String> errors;
    private final Deque<String> path = new ArrayDeque<>();
    private Statement current;
    private Map<String, String> trn;
    private final Map<String, Long> trnLines = new HashMap<>();
    private long trnLine;

    /** The counting pass. */
    OfxStatements() {
        this((char) 0, r -> { }, (l, e) -> { });
    }

    /** The reading pass, under the file's decimal mark. */
    OfxStatements(char decimal, Consumer<BankRow> rows, BiConsumer<Long, String> errors) {
        this.decimal = decimal;
        this.rows = rows;
        this.errors = errors;
    }

    @Override
    public void start(String name, long line) {
        String parent = path.peek();
        path.push(name);
        if (name.equals("STMTRS") || name.equals("CCSTMTRS")) {
            current = new Statement(name.equals("CCSTMTRS"), line);
            statements.add(current);
        } else if (name.equals("STMTTRN") && current != null && "BANKTRANLIST".equals(parent)) {
            trn = new HashMap<>();
            trnLines.clear();
            trnLine = line;
        }
    }

    @Override
    public void leaf(String name, String text, long line) {
        String parent = path.peek();
        if (name.equals("INTU.BID")) {
            intuit = true;
        }
        if (trn != null) {
            // a transaction's own fields, its payee's name, and the currency its amount is in (CURRENCY: the
            // amount is in CURSYM, not in CURDEF); ORIGCURRENCY's amount is already in CURDEF, so it says nothing here
            String key = "STMTTRN".equals(parent) ? name : "PAYEE".equals(parent) && name.equals("NAME") ? "PAYEE.NAME"
                    : "CURRENCY".equals(parent) && name.equals("CURSYM") && "STMTTRN".equals(grandparent()) ? "CURRENCY.CURSYM" : null;
            if (key != null) {
                trn.put(key, text);
                trnLines.put(key.equals("CURRENCY.CURSYM") ? "CURSYM" : key, line);
            }
            if (name.equals("TRNAMT") && "STMTTRN".equals(parent)) {
                char mark = OfxValues.mark(text);
                commaAmounts += mark == ',' ? 1 : 0;
                pointAmounts += mark == '.' ? 1 : 0;
            }
            return;
        }
        if (current == null) {
            return;
        }
        if (name.equals("CURDEF") && ("STMTRS".equals(parent) || "CCSTMTRS".equals(parent))) {
            current.currency = text;
        } else if (name.equals("ACCTID") && ("BANKACCTFROM".equals(parent) || "CCACCTFROM".equals(parent))) {
            current.account = text;
        } else if (name.equals("DTSTART") && "BANKTRANLIST".equals(parent)) {
            current.start = text;
        } else if (name.equals("DTEND") && "BANKTRANLIST".equals(parent)) {
            current.end = text;
        }
    }

    @Override
    public void end(String name, long line) {
        path.pop();
        if (name.equals("STMTTRN") && trn != null) {
            current.transactions++;
            if (decimal != 0) {
                row();
            }
            trn = null;
        } else if (name.equals("STMTRS") || name.equals("CCSTMTRS")) {
            current = null;
        }
    }

    /** The element around the current one's parent, or null. */
    private String grandparent() {
        var it = path.iterator();
        if (!it.hasNext()) {
            return null;
        }
        it.next();
        return it.hasNext() ? it.next() : null;
    }

    /** The currency of the row's amount: the transaction's own CURRENCY when it has one, else the statement's CURDEF. */
    private String currency(List<String> problems) {
        String own = trn.get("CURRENCY.CURSYM");
        if (own == null) {
            return Text.clean(current.currency);
        }
        if (!own.matches("[A-Za-z]{3}")) {
            error("CURSYM", BankValues.shown(own) + " is not a currency code (three letters, such as USD)", problems);
            return "";
        }
        return own.toUpperCase(java.util.Locale.ROOT);
    }

    private void row() {
        List<String> problems = new ArrayList<>();
        LocalDate date = date("DTPOSTED", true, problems);
        LocalDate other = date("DTUSER", false, problems);
        BigDecimal amount = null;
        String trnamt = trn.get("TRNAMT");
        if (trnamt == null || trnamt.isEmpty()) {
            error("TRNAMT", "missing", problems);
        } else {
            try {
                amount = OfxValues.amount(trnamt, decimal);
            } catch (BankValues.Bad e) {
                error("TRNAMT", e.getMessage(), problems);
            }
        }
        String fitid = Text.clean(trn.get("FITID"));
        if (fitid.isEmpty()) {
            error("FITID", "missing (an OFX transaction always has one)", problems);
        }
        String currency = currency(problems);
        if (!problems.isEmpty()) {
            return;
        }
        String payee = Text.clean(trn.containsKey("NAME") ? trn.get("NAME") : trn.get("PAYEE.NAME"));
        String description = Text.clean(trn.get("MEMO"));
        String check = Text.clean(trn.get("CHECKNUM"));
        if (!check.isEmpty()) {
            description = description.isEmpty() ? "check " + check : description + ", check " + check;
        }
        // DEBIT, CREDIT and OTHER say no more than the sign does; ATM, POS, CHECK, FEE and the like are worth a label.
        String type = Text.clean(trn.get("TRNTYPE"));
        boolean telling = !type.isEmpty() && !List.of("DEBIT", "CREDIT", "OTHER").contains(type.toUpperCase(java.util.Locale.ROOT));
        rows.accept(new BankRow(trnLine, date, other == null || other.equals(date) ? null : other, amount, currency,
                payee, description, fitid, telling ? List.of(type) : List.of(), List.of()));
    }

    private LocalDate date(String field, boolean required, List<String> problems) {
        String text = trn.get(field);
        if (text == null || text.isEmpty()) {
            if (required) {
                error(field, "missing", problems);
            }
            return null;
        }
        try {
            return OfxValues.date(text);
        } catch (BankValues.Bad e) {
            error(field, e.getMessage(), problems);
            return null;
        }
    }

    private void error(String field, String why, List<String> problems) {
        problems.add(field);
        errors.accept(trnLines.getOrDefault(field, trnLine), field + ": " + why);
    }
}
