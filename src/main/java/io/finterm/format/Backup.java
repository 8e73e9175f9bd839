package io.finterm.format;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.finterm.domain.Account;
import io.finterm.domain.Budget;
import io.finterm.domain.Category;
import io.finterm.domain.ExchangeRate;
import io.finterm.domain.FintermException;
import io.finterm.domain.ImportBatch;
import io.finterm.domain.Origin;
import io.finterm.domain.SplitLine;
import io.finterm.domain.SshKey;
import io.finterm.domain.Transaction;
import io.finterm.domain.User;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON backup format, streamed in both directions with Gson so that memory stays flat:
 * <pre>
 * {"format":"finterm-backup","version":4,"exportedAt":"…","scope":"full"|"user",
 *  "users":[…],"accounts":[…],"categories":[…],"imports":[…],"transactions":[…],"budgets":[…],"rates":[…],"keys":[…]}
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
 * an older backup is read as having none. Reading checks every reference between the records
 * ({@link BackupReferences}).
 */
public final class Backup {
    public static final String FORMAT = "finterm-backup";
    public static final int VERSION = 4;
    /** The oldest version this finterm reads. */
    public static final int OLDEST = 1;

    private Backup() {
    }

    /** Writes a backup section by section; the caller keeps the sections in the order above. */
    public static final class Out implements AutoCloseable {
        private final JsonWriter w;
        private final boolean withHashes;
        private boolean inArray;

        public Out(Writer out, Instant exportedAt, boolean full) {
            this.w = new JsonWriter(out);
            this.withHashes = full;
            io(() -> {
                w.beginObject();
                w.name("format").value(FORMAT);
                w.name("version").value(VERSION);
                w.name("exportedAt").value(exportedAt.toString());
                w.name("scope").value(full ? "full" : "user");
            });
        }

        public void section(String name) {
            io(() -> {
                if (inArray) {
                    w.endArray();
                }
                w.name(name).beginArray();
                inArray = true;
            });
        }

        public void user(User u) {
            io(() -> {
                w.beginObject();
                w.name("id").value(u.id());
                w.name("username").value(u.username());
                w.name("role").value(u.role().name().toLowerCase(Locale.ROOT));
                if (withHashes) {
                    w.name("passwordHash").value(u.passwordHash());
                    w.name("failedLogins").value(u.failedLogins());
                    w.name("lockedUntil").value(u.lockedUntil() == null ? null : u.lockedUntil().toString());
                }
                w.name("createdAt").value(u.createdAt().toString());
                w.name("lastLoginAt").value(u.lastLoginAt() == null ? null : u.lastLoginAt().toString());
                w.name("baseCurrency").value(u.baseCurrency().getCurrencyCode());
                w.name("defaultAccount").value(u.defaultAccountId());
                w.endObject();
            });
        }

        public void account(Account a) {
            io(() -> {
                w.beginObject();
                w.name("id").value(a.id());
                w.name("user").value(a.userId());
                w.name("name").value(a.name());
                w.name("type").value(a.type().word());
                w.name("currency").value(a.currency().getCurrencyCode());
                w.name("opening").value(a.opening().toDecimalString());
                w.name("openingDate").value(a.openingDate().toString());
                w.name("inNetWorth").value(a.inNetWorth());
                w.name("closed").value(a.closed());
                w.endObject();
            });
        }

        public void category(Category c) {
            io(() -> {
                w.beginObject();
                w.name("id").value(c.id());
                w.name("user").value(c.userId());
                w.name("type").value(c.kind().label());
                w.name("name").value(c.name());
                w.endObject();
            });
        }

        public void importBatch(ImportBatch b) {
            io(() -> {
                w.beginObject();
                w.name("id").value(b.id());
                w.name("user").value(b.userId());
                w.name("at").value(b.at().toString());
                w.name("file").value(b.file());
                w.name("account").value(b.accountId());
                w.name("rows").value(b.rows());
                w.name("duplicates").value(b.duplicates());
                w.name("undoneAt").value(b.undone() ? b.undoneAt().toString() : null);
                if (!b.matched().isEmpty()) {
                    w.name("matched").beginArray();
                    for (long m : b.matched()) {
                        w.value(m);
                    }
                    w.endArray();
                }
                w.endObject();
            });
        }

        public void transaction(Transaction t) {
            io(() -> {
                w.beginObject();
                w.name("id").value(t.id());
                w.name("user").value(t.userId());
                w.name("account").value(t.accountId());
                w.name("date").value(t.date().toString());
                w.name("type").value(t.kind().label());
                if (t.isTransfer()) {
                    w.name("transfer").value(t.transferId());
                } else if (!t.isSplit()) {
                    w.name("category").value(t.categoryId());
                }
                w.name("amount").value(t.amount().toDecimalString());
                w.name("currency").value(t.amount().currency().getCurrencyCode());
                w.name("description").value(t.description());
                w.name("payee").value(t.payee());
                w.name("status").value(t.status().word());
                w.name("tags").beginArray();
                for (String tag : t.tags()) {
                    w.value(tag);
                }
                w.endArray();
                if (t.isSplit()) {
                    w.name("lines").beginArray();
                    for (SplitLine line : t.lines()) {
                        w.beginObject();
                        w.name("category").value(line.categoryId());
                        w.name("amount").value(line.amount().toDecimalString());
                        w.name("memo").value(line.memo());
                        w.endObject();
                    }
                    w.endArray();
                }
                origin(t.origin());
                w.endObject();
            });
        }

        /** Only what an origin has: a row entered by hand is written as version 3 wrote it. */
        private void origin(Origin o) throws IOException {
            if (o.isNone()) {
                return;
            }
            w.name("origin").beginObject();
            if (o.importId() != 0) {
                w.name("import").value(o.importId());
                // a string: a 64-bit value that JSON readers holding numbers as doubles would round
                w.name("fingerprint").value(Long.toString(o.fingerprint()));
            }
            if (!o.bankId().isEmpty()) {
                w.name("bankId").value(o.bankId());
            }
            if (o.otherDate() != null) {
                w.name("otherDate").value(o.otherDate().toString());
            }
            w.endObject();
        }

        public void budget(Budget b) {
            io(() -> {
                w.beginObject();
                w.name("id").value(b.id());
                w.name("user").value(b.userId());
                w.name("category").value(b.categoryId());
                w.name("month").value(b.month().toString());
                w.name("amount").value(b.amount().toDecimalString());
                w.name("currency").value(b.amount().currency().getCurrencyCode());
                w.endObject();
            });
        }

        public void rate(ExchangeRate r) {
            io(() -> {
                w.beginObject();
                w.name("id").value(r.id());
                w.name("date").value(r.date().toString());
                w.name("currency").value(r.currency().getCurrencyCode());
                w.name("perEuro").value(r.perEuro().toPlainString());
                w.endObject();
            });
        }

        public void key(SshKey k) {
            io(() -> {
                w.beginObject();
                w.name("id").value(k.id());
                w.name("user").value(k.userId());
                w.name("key").value(k.type() + " " + k.key() + (k.comment().isEmpty() ? "" : " " + k.comment()));
                w.endObject();
            });
        }

        @Override
        public void close() {
            io(() -> {
                if (inArray) {
                    w.endArray();
                }
                w.endObject();
                w.flush();
            });
        }

        private interface IoAction {
            void run() throws IOException;
        }

        private static void io(IoAction a) {
            try {
                a.run();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
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
                    case "users", "accounts", "categories", "imports", "transactions", "budgets", "rates", "keys" -> {
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
