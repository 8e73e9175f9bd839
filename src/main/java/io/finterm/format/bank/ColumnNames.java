package io.finterm.format.bank;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The header names banks use for each role, in English, German, French, Spanish and Dutch, matched
 * without case, accents, spaces or punctuation ({@code Date d'opération} is {@code dateoperation}'s
 * cousin {@code datedoperation}; {@code Beguenstigter/Zahlungspflichtiger} and {@code Begünstigter}
 * both match). Two names belong to two roles and are settled by the column's values: Dutch
 * {@code Valuta} (a value date, or a currency) and German {@code Umsatz} (an amount, or a text).
 */
final class ColumnNames {
    /**
     * A role for the column named, or {@code null}; {@link Role#VALUTA} and {@link Role#UMSATZ} wait for the values, and
     * {@link Role#PAYER} and {@link Role#RECIPIENT} are plain payee columns unless both are there.
     */
    enum Role {
        DATE("date"), OTHER_DATE("other-date"), AMOUNT("amount"), DEBIT("debit"), CREDIT("credit"), PAYEE("payee"),
        DESCRIPTION("description"), CURRENCY("currency"), REFERENCE("reference"), BALANCE("balance"), CATEGORY("category"),
        INDICATOR("indicator"), VALUTA("other-date or currency"), UMSATZ("amount or description"),
        /** Who pays ({@code Zahlungspflichtige*r}): the payee of money in when a recipient column is there too. */
        PAYER("payer"),
        /** Who is paid ({@code Zahlungsempfänger*in}): the payee of money out when a payer column is there too. */
        RECIPIENT("recipient");

        final String option;

        Role(String option) {
            this.option = option;
        }

        /** The role an option's name ({@code other-date}) stands for, or {@code null}. */
        static Role ofOption(String name) {
            for (Role r : values()) {
                if (r != VALUTA && r != UMSATZ && r.option.equals(name)) {
                    return r;
                }
            }
            return null;
        }
    }

    private static final Map<String, Role> NAMES = names();

    private ColumnNames() {
    }

    /** {@code name} lowercased, without accents, spaces or punctuation, and without a bracketed currency ({@code Betrag (EUR)}). */
    static String normalize(String name) {
        String s = name;
        int open = s.indexOf('(');
        if (open > 0 && s.endsWith(")")) {
            s = s.substring(0, open);
        }
        s = s.toLowerCase(Locale.ROOT).replace("ß", "ss");
        s = Normalizer.normalize(s, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The role a header name suggests, or {@code null} when finterm does not know the name; a stated currency is not part of it ({@code Betrag CHF}). */
    static Role role(String headerName) {
        Role role = NAMES.get(normalize(headerName));
        for (int i = 0; role == null && i < 2; i++) {
            String base = HeaderCurrency.base(headerName, i == 1);
            role = base == null ? null : NAMES.get(normalize(base));
        }
        return role;
    }

    private static Map<String, Role> names() {
        Map<String, Role> m = new HashMap<>();
        put(m, Role.DATE, "date", "buchung", "started date", "transaction date", "trans date", "booking date", "buchungstag", "buchungsdatum", "datum",
                "date d'opération", "date opération", "date operation", "date de l'opération", "fecha", "fecha operación",
                "fecha de operación", "fecha contable", "boekdatum", "transactiedatum", "trade date", "data");
        put(m, Role.OTHER_DATE, "value date", "posted date", "post date", "posting date", "valutadatum", "wertstellung", "completed date",
                "date de valeur", "date valeur", "fecha valor", "fecha de valor", "rentedatum", "valuedatum");
        put(m, Role.AMOUNT, "amount", "transaction amount", "betrag", "montant", "importe", "bedrag", "amount eur", "betrag eur");
        put(m, Role.DEBIT, "debit", "debits", "debit amount", "paid out", "money out", "withdrawal", "withdrawals", "soll",
                "cargo", "cargos", "af", "debet", "out");
        put(m, Role.CREDIT, "credit", "credits", "credit amount", "paid in", "money in", "deposit", "deposits", "haben",
                "abono", "abonos", "bij", "in");
        put(m, Role.PAYEE, "payee", "counterparty", "counterparty name", "name", "merchant", "merchant name",
                "payee name", "beguenstigter/zahlungspflichtiger", "begünstigter/zahlungspflichtiger", "auftraggeber/empfänger",
                "auftraggeber/empfaenger", "name zahlungsbeteiligter", "tiers", "naam / omschrijving", "naam", "tegenpartij",
                "naam tegenpartij");
        put(m, Role.PAYER, "auftraggeber", "zahlungspflichtiger", "zahlungspflichtige*r", "ordenante", "payer", "payer name");
        put(m, Role.RECIPIENT, "empfänger", "empfaenger", "zahlungsempfänger", "zahlungsempfaenger", "zahlungsempfänger*in",
                "zahlungsempfaenger*in", "begünstigter", "beguenstigter", "bénéficiaire", "beneficiary", "beneficiario", "recipient");
        put(m, Role.DESCRIPTION, "description", "details", "memo", "reference text", "purpose", "verwendungszweck",
                "buchungstext", "libellé", "libellé opération", "libelle operation", "concepto", "omschrijving", "mededelingen",
                "narrative", "transaction description", "text", "notes", "descripción", "observaciones", "détail", "informations complémentaires");
        put(m, Role.CURRENCY, "currency", "währung", "waehrung", "devise", "divisa", "munt", "currency code", "ccy", "moneda");
        put(m, Role.REFERENCE, "reference", "ref", "transaction id", "transaction reference", "kundenreferenz", "référence",
                "referencia", "referentie", "reference number", "bank reference", "transaktionsnummer", "id");
        put(m, Role.BALANCE, "balance", "saldo", "solde", "kontostand", "running balance", "saldo na mutatie",
                "saldo nach buchung", "balance after");
        put(m, Role.CATEGORY, "category", "kategorie", "catégorie", "categoría", "categorie", "type", "transaction type",
                "umsatzart", "buchungsart", "tipo", "mutatiesoort", "code");
        put(m, Role.INDICATOR, "cr/dr", "dr/cr", "d/c", "c/d", "soll/haben", "s/h", "af bij", "af/bij", "debit/credit",
                "credit/debit", "indicator", "credit debit indicator", "sens", "debe/haber");
        put(m, Role.VALUTA, "valuta");
        put(m, Role.UMSATZ, "umsatz");
        return Map.copyOf(m);
    }

    private static void put(Map<String, Role> m, Role role, String... names) {
        for (String n : names) {
            m.put(normalize(n), role);
        }
    }
}
