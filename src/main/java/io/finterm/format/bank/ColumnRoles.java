package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import io.finterm.format.bank.ColumnNames.Role;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Gives each column its role: first what the person said ({@code --map}, {@code --debit},
 * {@code --credit}), then the header's names ({@link ColumnNames}), settled by the column's values
 * where a name has two meanings, or where a {@code Type} column holds only debit and credit words.
 * A file with no date, or with no amount and no debit and credit, is refused naming {@code --map}.
 */
final class ColumnRoles {
    private ColumnRoles() {
    }

    static Columns assign(List<String> header, List<List<String>> sample, CsvOptions options) {
        Map<Role, List<Integer>> given = new EnumMap<>(Role.class);
        boolean[] taken = new boolean[header.size()];
        for (Map.Entry<String, List<String>> e : options.map().entrySet()) {
            Role role = Role.ofOption(e.getKey().strip().toLowerCase(Locale.ROOT));
            if (role == null) {
                throw new FintermException("--map " + e.getKey() + ": there is no such role (the roles are date, other-date, amount,"
                        + " debit, credit, payee, payer, recipient, description, currency, reference, balance, category and indicator)");
            }
            for (String column : e.getValue()) {
                add(header, given, taken, role, column(header, column, "--map " + e.getKey() + "=" + column), "--map " + e.getKey() + "=" + column);
            }
        }
        if (options.debit() != null) {
            add(header, given, taken, Role.DEBIT, column(header, options.debit(), "--debit " + options.debit()), "--debit " + options.debit());
        }
        if (options.credit() != null) {
            add(header, given, taken, Role.CREDIT, column(header, options.credit(), "--credit " + options.credit()), "--credit " + options.credit());
        }
        Map<Role, List<Integer>> found = new EnumMap<>(Role.class);
        List<Integer> typeWords = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            Role role = taken[i] ? null : ColumnNames.role(header.get(i));
            if (role == null) {
                continue;
            }
            if (role == Role.DESCRIPTION && typeWords(values(sample, i))) {
                typeWords.add(i); // Chase's Details: DEBIT, CREDIT, CHECK; never glued into the description
                continue;
            }
            role = byValues(role, values(sample, i));
            if (!given.containsKey(role) && !(role == Role.AMOUNT && (given.containsKey(Role.DEBIT) || given.containsKey(Role.CREDIT)))) {
                found.computeIfAbsent(role, r -> new ArrayList<>()).add(i);
            }
        }
        // a second date column is the other date (booking and value date, transaction and posted date)
        List<Integer> dates = found.get(Role.DATE);
        if (dates != null && dates.size() > 1 && !given.containsKey(Role.OTHER_DATE) && !found.containsKey(Role.OTHER_DATE)) {
            found.put(Role.OTHER_DATE, new ArrayList<>(List.of(dates.remove(1))));
        }
        // a lone Posting Date (Chase) is the date
        if (!found.containsKey(Role.DATE) && !given.containsKey(Role.DATE) && found.containsKey(Role.OTHER_DATE)) {
            found.put(Role.DATE, found.remove(Role.OTHER_DATE));
        }
        typeWordsAsIndicator(typeWords, given, found, sample);
        int[] sides = payerAndRecipient(given, found);
        found.forEach(given::putIfAbsent);
        boolean[] used = new boolean[header.size()];
        int date = single(given, Role.DATE, header, used);
        int otherDate = single(given, Role.OTHER_DATE, header, used);
        int amount = given.containsKey(Role.AMOUNT) && given.get(Role.AMOUNT).size() > 1 ? twoAmounts(given, header) : single(given, Role.AMOUNT, header, used);
        int debit = amount >= 0 ? -1 : single(given, Role.DEBIT, header, used);
        int credit = amount >= 0 ? -1 : single(given, Role.CREDIT, header, used);
        int indicator = single(given, Role.INDICATOR, header, used);
        int currency = single(given, Role.CURRENCY, header, used);
        int reference = single(given, Role.REFERENCE, header, used);
        int[] payee = all(given, Role.PAYEE, used);
        int[] description = all(given, Role.DESCRIPTION, used);
        int[] category = all(given, Role.CATEGORY, used);
        int[] balance = all(given, Role.BALANCE, used);
        if (date < 0) {
            throw new FintermException("no column is the date (the header has " + String.join(", ", shown(header))
                    + "): add --map date=COLUMN");
        }
        if (amount < 0 && (debit < 0 || credit < 0)) {
            String have = debit >= 0 ? "a debit column (" + header.get(debit) + ") but no credit column: add --credit COLUMN or "
                    : credit >= 0 ? "a credit column (" + header.get(credit) + ") but no debit column: add --debit COLUMN or " : "no amount column: add ";
            throw new FintermException("there is " + have + "--map amount=COLUMN (the header has " + String.join(", ", shown(header)) + ")");
        }
        List<String> unused = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (!used[i]) {
                unused.add(header.get(i).isEmpty() ? "column " + (i + 1) : header.get(i));
            }
        }
        return new Columns(List.copyOf(header), date, otherDate, amount, debit, credit, indicator, currency, reference, payee,
                description, category, balance, sides[0], sides[1], List.copyOf(unused));
    }

    /**
     * Payer and recipient columns are payee columns; with both (DKB's {@code Zahlungspflichtige*r;Zahlungsempfänger*in}),
     * one of them is the account holder on every row, so the row's sign picks the other: {payer, recipient}, or {-1, -1}.
     */
    private static int[] payerAndRecipient(Map<Role, List<Integer>> given, Map<Role, List<Integer>> found) {
        List<Integer> givenPayers = given.remove(Role.PAYER);
        List<Integer> givenRecipients = given.remove(Role.RECIPIENT);
        List<Integer> payers = givenPayers != null ? givenPayers : found.remove(Role.PAYER);
        List<Integer> recipients = givenRecipients != null ? givenRecipients : found.remove(Role.RECIPIENT);
        if (given.containsKey(Role.PAYEE)) {
            if (givenPayers != null || givenRecipients != null) {
                throw new FintermException("--map: payee does not go with payer or recipient: name either the payee's columns,"
                        + " or the payer's and the recipient's column (each row's sign picks one of them)");
            }
            return new int[] {-1, -1};
        }
        List<Integer> payee = found.computeIfAbsent(Role.PAYEE, r -> new ArrayList<>());
        payee.addAll(payers == null ? List.of() : payers);
        payee.addAll(recipients == null ? List.of() : recipients);
        payee.sort(null);
        if (payee.isEmpty()) {
            found.remove(Role.PAYEE);
        }
        return payers != null && recipients != null ? new int[] {payers.get(0), recipients.get(0)} : new int[] {-1, -1};
    }

    /**
     * A description-named column of type words is the indicator when every word is debit or credit and the amount is
     * written without a sign; with a signed amount it says nothing the sign does not, and is not read.
     */
    private static void typeWordsAsIndicator(List<Integer> typeWords, Map<Role, List<Integer>> given, Map<Role, List<Integer>> found,
                                             List<List<String>> sample) {
        if (typeWords.isEmpty() || given.containsKey(Role.INDICATOR) || found.containsKey(Role.INDICATOR)) {
            return;
        }
        List<Integer> amounts = given.containsKey(Role.AMOUNT) ? given.get(Role.AMOUNT) : found.get(Role.AMOUNT);
        if (amounts == null || amounts.isEmpty() || values(sample, amounts.get(0)).stream().anyMatch(v -> v.contains("-") || v.contains("("))) {
            return;
        }
        int column = typeWords.get(0);
        if (values(sample, column).stream().allMatch(v -> Indicator.of(v) != 0)) {
            found.put(Role.INDICATOR, new ArrayList<>(List.of(column)));
        }
    }

    /** Single words (at most 12 letters), at least one of them debit or credit: a type, not a text. */
    private static boolean typeWords(List<String> values) {
        return !values.isEmpty() && values.stream().allMatch(v -> v.length() <= 12 && v.chars().allMatch(ch -> Character.isLetter(ch) || ch == '_'))
                && values.stream().anyMatch(v -> Indicator.of(v) != 0);
    }

    /** The role a column's values decide for a name with two meanings, or a Type column of debit and credit words. */
    private static Role byValues(Role role, List<String> values) {
        return switch (role) {
            case VALUTA -> !values.isEmpty() && values.stream().allMatch(ColumnRoles::currencyCode) ? Role.CURRENCY : Role.OTHER_DATE;
            case UMSATZ -> !values.isEmpty() && values.stream().allMatch(v -> AmountText.decimalHint(v) != 0 || v.matches("[-+]?\\d+"))
                    ? Role.AMOUNT : Role.DESCRIPTION;
            case CATEGORY -> !values.isEmpty() && values.stream().allMatch(v -> Indicator.of(v) != 0) ? Role.INDICATOR : Role.CATEGORY;
            default -> role;
        };
    }

    static boolean currencyCode(String v) {
        return v.length() == 3 && Character.isLetter(v.charAt(0)) && Character.isLetter(v.charAt(1)) && Character.isLetter(v.charAt(2));
    }

    private static List<String> values(List<List<String>> sample, int column) {
        List<String> values = new ArrayList<>();
        for (List<String> row : sample) {
            if (column < row.size() && !row.get(column).isEmpty()) {
                values.add(row.get(column));
            }
        }
        return values;
    }

    /** A column by header name (case-insensitive, or by its normalized name) or 1-based number; else a refusal listing the names. */
    static int column(List<String> header, String column, String option) {
        String c = column.strip();
        if (!c.isEmpty() && c.chars().allMatch(Character::isDigit) && c.length() < 6) {
            int n = Integer.parseInt(c);
            if (n >= 1 && n <= header.size()) {
                return n - 1;
            }
            throw new FintermException(option + ": there is no column " + n + " (the header has " + header.size() + " columns)");
        }
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).equalsIgnoreCase(c)) {
                return i;
            }
        }
        for (int i = 0; i < header.size(); i++) {
            if (!c.isEmpty() && ColumnNames.normalize(header.get(i)).equals(ColumnNames.normalize(c))) {
                return i;
            }
        }
        throw new FintermException(option + ": the header has no column '" + c + "' (it has " + String.join(", ", shown(header)) + ")");
    }

    private static List<String> shown(List<String> header) {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            names.add(header.get(i).isEmpty() ? "column " + (i + 1) : "'" + header.get(i) + "'");
        }
        return names;
    }

    private static void add(List<String> header, Map<Role, List<Integer>> given, boolean[] taken, Role role, int column, String option) {
        if (taken[column]) {
            throw new FintermException(option + ": the column '" + header.get(column) + "' is already given a role");
        }
        given.computeIfAbsent(role, r -> new ArrayList<>()).add(column);
        taken[column] = true;
    }

    private static int twoAmounts(Map<Role, List<Integer>> given, List<String> header) {
        List<Integer> columns = given.get(Role.AMOUNT);
        throw new FintermException("two columns look like the amount, '" + header.get(columns.get(0)) + "' and '"
                + header.get(columns.get(1)) + "': add --map amount=COLUMN");
    }

    private static int single(Map<Role, List<Integer>> given, Role role, List<String> header, boolean[] used) {
        List<Integer> columns = given.get(role);
        if (columns == null || columns.isEmpty()) {
            return -1;
        }
        used[columns.get(0)] = true; // a second currency or reference column is simply not read
        return columns.get(0);
    }

    private static int[] all(Map<Role, List<Integer>> given, Role role, boolean[] used) {
        List<Integer> columns = given.getOrDefault(role, List.of());
        int[] out = new int[columns.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = columns.get(i);
            used[out[i]] = true;
        }
        return out;
    }
}
