package io.finterm.service;

import io.finterm.domain.Transaction;
import io.finterm.store.KeyRange;
import io.finterm.store.Paging;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The duplicate rule of a bank file. When the row has the bank's own id, that id decides: a row whose
 * id is booked in the account already, for the same amount within {@value #DAYS} days, is a duplicate.
 * Otherwise (and for rows entered by hand, which have no id) a row is a likely duplicate of a transaction
 * booked before the import began in the same account, with the same signed amount, a similar payee or
 * description, and the same date, or, for a transaction entered by hand (whose date is the person's
 * guess of the bank's), a date at most {@value #DAYS} days away. Each booked transaction stands for one row at most, the nearest in date first, so two
 * identical rows of one file are two purchases unless two such transactions were booked already.
 */
final class LikelyDuplicates {
    static final int DAYS = 3;

    private final Store store;
    private final ExistingTransactions existing;
    private final long userId;
    private final long accountId;
    private final Set<Long> claimed = new HashSet<>();

    LikelyDuplicates(Store store, ExistingTransactions existing, long userId, long accountId) {
        this.store = store;
        this.existing = existing;
        this.userId = userId;
        this.accountId = accountId;
    }

    /** The booked transaction that {@code row} repeats, or {@code null}; {@code row}'s own bank id is in {@code bankId}. */
    Transaction of(Transaction row, String bankId, ImportBasis basis) {
        if (!bankId.isEmpty()) {
            List<Transaction> same = store.read(rd -> rd.scan(Schema.TX_BY_BANK_ID, KeyRange.prefix(userId, accountId, bankId),
                    Paging.all()).rows());
            basis.bankIdLookedUp(accountId, bankId, same);
            for (Transaction old : same) {
                // the same id for another amount or a month later is an id the bank used again: it decides nothing
                if (sameMoney(row, old) && Math.abs(old.date().toEpochDay() - row.date().toEpochDay()) <= DAYS && claimed.add(old.id())) {
                    return old;
                }
            }
        }
        long day = row.date().toEpochDay();
        for (int distance = 0; distance <= DAYS; distance++) {
            for (long d : distance == 0 ? new long[] {day} : new long[] {day - distance, day + distance}) {
                for (Transaction old : existing.day(d)) {
                    if (distance > 0 && !old.origin().isNone()) {
                        continue; // a row from a file has the bank's own date: another day is another booking
                    }
                    if (old.accountId() == accountId && sameMoney(row, old) && (bankId.isEmpty() || old.origin().bankId().isEmpty())
                            && !claimed.contains(old.id()) && similar(row, old)) {
                        claimed.add(old.id());
                        return old;
                    }
                }
            }
        }
        return null;
    }

    private static boolean sameMoney(Transaction a, Transaction b) {
        return a.signedMinor() == b.signedMinor() && a.amount().currency().equals(b.amount().currency());
    }

    /**
     * A similar payee, when both have one (a shop's name tells purchases apart; a bank's "card payment"
     * does not); otherwise a similar text of any kind: the same words, one the start of the other (a
     * bank cuts long texts), or half the words shared.
     */
    static boolean similar(Transaction a, Transaction b) {
        String payeeA = words(a.payee());
        String payeeB = words(b.payee());
        if (!payeeA.isEmpty() && !payeeB.isEmpty()) {
            return alike(payeeA, payeeB);
        }
        String[] mine = {payeeA, words(a.description())};
        String[] theirs = {payeeB, words(b.description())};
        if ((mine[0] + mine[1]).isEmpty() && (theirs[0] + theirs[1]).isEmpty()) {
            return true;
        }
        for (String x : mine) {
            for (String y : theirs) {
                if (!x.isEmpty() && !y.isEmpty() && alike(x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean alike(String x, String y) {
        return x.equals(y) || startsEither(x, y) || sharedWords(x, y);
    }

    private static boolean startsEither(String x, String y) {
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        return shorter.length() >= 4 && longer.startsWith(shorter);
    }

    /** At least half of the words of the shorter text, counting words of two letters or more that are not numbers. */
    private static boolean sharedWords(String x, String y) {
        Set<String> a = significant(x);
        Set<String> b = significant(y);
        if (a.isEmpty() || b.isEmpty()) {
            return false;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> large = small == a ? b : a;
        long shared = small.stream().filter(large::contains).count();
        return shared * 2 >= small.size();
    }

    private static Set<String> significant(String words) {
        Set<String> out = new HashSet<>();
        for (String w : words.split(" ")) {
            if (w.length() >= 2 && !w.chars().allMatch(Character::isDigit)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Lower case, accents and apostrophes gone ({@code Luigi's} is {@code luigis}), every run of anything but letters and digits one space. */
    static String words(String text) {
        String plain = Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("[\\p{M}'’`]+", "").toLowerCase(Locale.ROOT);
        return plain.replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }
}
