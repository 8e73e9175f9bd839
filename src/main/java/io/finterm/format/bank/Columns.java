package io.finterm.format.bank;

import java.util.List;

/**
 * Which column (0-based; -1 for none) holds what, decided once so that a row is read by index.
 *
 * @param reference the reference column, whether or not it turns out to be an id (that is decided on its values)
 * @param payer     with {@code recipient}: a file that names both sides ({@code Zahlungspflichtige*r} and
 *                  {@code Zahlungsempfänger*in}); both -1 otherwise. One side is always the account holder, so a
 *                  row's payee is the other side, chosen by the row's sign ({@link #payeeFor})
 * @param unused    the header names of the columns nobody reads, balance columns included
 */
record Columns(List<String> header, int date, int otherDate, int amount, int debit, int credit, int indicator, int currency,
               int reference, int[] payee, int[] description, int[] category, int[] balance, int payer, int recipient,
               List<String> unused) {

    int width() {
        return header.size();
    }

    String name(int index) {
        String n = header.get(index);
        return n.isEmpty() ? "column " + (index + 1) : n;
    }

    /** The columns' names, joined with {@code +}, or {@code "none"}. */
    String names(int[] indexes) {
        if (indexes.length == 0) {
            return "none";
        }
        StringBuilder s = new StringBuilder();
        for (int i : indexes) {
            s.append(s.length() == 0 ? "" : " + ").append(name(i));
        }
        return s.toString();
    }

    /** Whether the payee depends on the row's sign (a payer and a recipient column). */
    boolean payeeBySign() {
        return payer >= 0 && recipient >= 0;
    }

    /** The payee columns of a row whose (final, signed) amount has this signum: the recipient for money out, the payer for money in. */
    int[] payeeFor(int signum) {
        if (!payeeBySign()) {
            return payee;
        }
        return new int[] {signum < 0 ? recipient : payer};
    }

    /** What {@code --detect} says the payee is. */
    String payeeText() {
        return payeeBySign() ? name(recipient) + " for money out, " + name(payer) + " for money in" : names(payee);
    }

    /** The currency the amount (or debit, or credit) column's name states ({@code Montant(EUROS)}: EUR), or {@code ""}. */
    String headerCurrency() {
        int column = amount >= 0 ? amount : debit >= 0 ? debit : credit;
        return column < 0 ? "" : HeaderCurrency.of(header.get(column));
    }
}
