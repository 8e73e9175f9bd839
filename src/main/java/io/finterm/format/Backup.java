package io.finterm.format;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import io.finterm.domain.Account;
import io.finterm.domain.BalanceWarning;
import io.finterm.domain.Budget;
import io.finterm.domain.BudgetRollover;
import io.finterm.domain.Category;
import io.finterm.domain.ExchangeRate;
import io.finterm.domain.FintermException;
import io.finterm.domain.ImportBatch;
import io.finterm.domain.ImportProfile;
import io.finterm.domain.Occurrence;
import io.finterm.domain.Rule;
import io.finterm.domain.Schedule;
import io.finterm.domain.SshKey;
import io.finterm.domain.Transaction;
import io.finterm.domain.User;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON backup format, streamed in both directions with Gson so that memory stays flat:
 * <pre>
 * {"format":"finterm-backup","version":5,"exportedAt":"…","scope":"full"|"user",
 *  "users":[…],"accounts":[…],"categories":[…],"imports":[…],"transactions":[…],"budgets":[…],"rates":[…],"keys":[…],
 *  "rules":[…],"profiles":[…],"schedules":[…],"occurrences":[…],"warnings":[…],"rollovers":[…]}
 * ({@code keys}, the users' SSH public keys, only in a full backup, and optional when read)
 * </pre>
 * Parents come before their children, as in the store ({@code Schema.TABLES}): a record names only
 * records above it, except a user's default account and a transfer leg's other leg.
 * Amounts are exact decimal strings with their currency; a user's own export has no password hash.
 * Version 2 added accounts: a user names their default account, a transaction its account, and a
 * transfer leg its other leg ({@code transfer}) instead of a category. A backup of version 1 is
 * read as if it had them, by the rule of {@link io.finterm.domain.LegacyAccounts}. Version 3 added a
 * transaction's {@code payee}, {@code tags} (a list of words), {@code status} (uncleared, cleared,
 * reconciled) and, for a split, {@code lines} (a list of {@code {"category":id,"amount":"…","memo":"…"}},
 * in the transaction's currency) instead of its {@code category}; a backup of version 1 or 2 is read
 * as having no payee, tags or lines, uncleared. Version 4 added the imports
 * ({@code {"id","user","at","file","account","rows","duplicates","undoneAt","matched"}}, {@code undoneAt} null
 * until the import is taken back; its account may be gone since) and, for a transaction that has one,
 * its {@code origin}: {@code {"import":id,"fingerprint":"…","bankId":"…","otherDate":"yyyy-MM-dd"}},
 * each key only when it has a value ({@code import} and its {@code fingerprint}, a signed 64-bit decimal
 * string, together); a transaction entered by hand has no {@code origin}, and every transaction of
 * an older backup is read as having none. Version 5 added each user's categorisation rules
 * ({@code {"id","user","position","field":"payee"|"description"|"any","match":"text"|"word"|"regex","pattern",
 * "min","max","account","category","tags","setPayee","setDescription"}}, {@code min} and {@code max} exact decimal
 * strings or null, {@code account} 0 for any) and import profiles ({@code {"id","user","name","format":"csv"|"qif",
 * "delimiter","encoding","skip","dateFormat","decimal","columns","negate","header","account"}}, {@code delimiter} and
 * {@code decimal} one character or null, {@code columns} a list of {@code {"role":"amount","column":"Soll"}} in
 * order, one for each column a role reads, {@code header} a list of names, {@code account} 0 for the default);
 * an older backup has none. Version 6 added each user's schedules ({@code {"id","user","name","account","type":"income"|
 * "expense"|"transfer out","to","category","amount","currency","approximate","description","payee","tags","lines","every":"day"|
 * "week"|"month"|"year","interval","day","nth","weekday","start","end","count","weekend":"keep"|"before"|"after","auto","pausedOn",
 * "dueFrom"}}, {@code to} and {@code category} 0 when there is none, {@code lines} as a transaction's, {@code day} and {@code nth}
 * -1 for the last, {@code weekday} a day's English name or null, {@code end} and {@code pausedOn} null when unset), what became of
 * their occurrences ({@code {"id","user","schedule","date","state":"posted"|"skipped"|"linked"|"changed","transaction","amount",
 * "currency","moveTo"}}, {@code transaction} 0 when none, and it may name a transaction deleted since; {@code amount} with its
 * {@code currency} and {@code moveTo} only for a changed one) and the balance warnings ({@code {"id","user","account","below",
 * "currency"}}); an older backup has none. Version 7 added each user's budget rollover settings ({@code {"id","user","category",
 * "from":"yyyy-MM","on":true|false,"overspending":"carry"|"absorb"}}, at most one per category and month, only for an expense
 * category, {@code absorb} when {@code on} is false); an older backup has none, so its budgets do not roll over.
 * Reading checks every reference between the records ({@link BackupReferences}).
 */
public final class Backup {
    public static final String FORMAT = "finterm-backup";
    public static final int VERSION = 7;
    /** The oldest version this finterm reads. */
    public static final int OLDEST = 1;

    private Backup() {
    }

    /** What a reader of a backup does with each record, in file order. */
    public interface Visitor {
        void scope(boolean full);

        void user(User u);

        void account(Account a);

        void category(Category c);

        void importBatch(ImportBatch b);

        void transaction(Transaction t);

        void budget(Budget b);

        void rate(ExchangeRate r);

        void key(SshKey k);

        void rule(Rule r);

        void profile(ImportProfile p);

        void schedule(Schedule s);

        void occurrence(Occurrence o);

        void warning(BalanceWarning w);

        void rollover(BudgetRollover r);
    }

    /**
     * Reads a backup, handing each record to {@code visitor}. A damaged, truncated or foreign file,
     * or one whose records name what it does not hold, fails with a message that says where
     * ({@code $.transactions[12]}) and why.
     */
    public static void read(Reader in, Visitor visitor) {
        JsonReader r = new JsonReader(in);
        try {
            r.beginObject();
            boolean sawFormat = false;
            BackupRecords records = null;
            while (r.hasNext()) {
                String name = r.nextName();
                switch (name) {
                    case "format" -> {
                        if (!FORMAT.equals(r.nextString())) {
                            throw new FintermException("this is not a finterm backup (its format is not " + FORMAT + ")");
                        }
                        sawFormat = true;
                    }
                    case "version" -> {
                        int v = r.nextInt();
                        if (v < OLDEST || v > VERSION) {
                            throw new FintermException("this backup has version " + v + "; this finterm reads versions "
                                    + OLDEST + " to " + VERSION);
                        }
                        records = new BackupRecords(v, visitor);
                    }
                    case "scope" -> visitor.scope("full".equals(r.nextString()));
                    case "users", "accounts", "categories", "imports", "transactions", "budgets", "rates", "keys", "rules", "profiles",
                         "schedules", "occurrences", "warnings", "rollovers" -> {
                        if (!sawFormat) {
                            throw new FintermException("this is not a finterm backup (\"format\" must come first)");
                        }
                        r.beginArray();
                        while (r.hasNext()) {
                            if (records == null) {
                                throw new FintermException("this backup does not say its version before its data");
                            }
                            String path = r.getPath();
                            records.record(path, name, fields(r, 0));
                        }
                        r.endArray();
                    }
                    default -> r.skipValue();
                }
            }
            r.endObject();
            if (r.peek() != JsonToken.END_DOCUMENT) {
                throw new FintermException("the backup has data after its end, near " + r.getPath());
            }
            if (!sawFormat) {
                throw new FintermException("this is not a finterm backup (it has no \"format\")");
            }
            if (records != null) {
                records.finish();
            }
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw new FintermException(BackupDamage.describe(r.getPath(), e));
        }
    }

    /** The most items a list in a record may have: more than any record holds (tags, split lines). */
    static final int MAX_LIST = 1000;

    /**
     * One record's fields: text ({@code null} for a JSON null; true and false as their words), or,
     * one level down only, a list of texts or of records (a transaction's tags and lines) or a record
     * of texts (a transaction's origin).
     */
    private static Map<String, Object> fields(JsonReader r, int depth) throws IOException {
        Map<String, Object> f = new HashMap<>();
        r.beginObject();
        while (r.hasNext()) {
            String key = r.nextName();
            f.put(key, value(r, depth));
        }
        r.endObject();
        return f;
    }

    private static Object value(JsonReader r, int depth) throws IOException {
        JsonToken next = r.peek();
        if (next == JsonToken.NULL) {
            r.nextNull();
            return null;
        }
        if (next == JsonToken.BOOLEAN) {
            return String.valueOf(r.nextBoolean());
        }
        if (depth == 0 && next == JsonToken.BEGIN_OBJECT) {
            return fields(r, depth + 1);
        }
        if (depth > 0 || next != JsonToken.BEGIN_ARRAY) {
            return r.nextString(); // an object or a list too deep fails here, as the damage it is
        }
        List<Object> items = new ArrayList<>();
        r.beginArray();
        while (r.hasNext()) {
            if (items.size() == MAX_LIST) {
                throw new FintermException("the backup is damaged at " + r.getPath() + ": a list of more than "
                        + MAX_LIST + " items");
            }
            items.add(r.peek() == JsonToken.BEGIN_OBJECT ? fields(r, depth + 1) : value(r, depth + 1));
        }
        r.endArray();
        return items;
    }
}
