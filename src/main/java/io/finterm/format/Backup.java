package io.finterm.format;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import io.finterm.domain.Budget;
import io.finterm.domain.Category;
import io.finterm.domain.ExchangeRate;
import io.finterm.domain.FintermException;
import io.finterm.domain.Money;
import io.finterm.domain.Role;
import io.finterm.domain.SshKey;
import io.finterm.domain.Text;
import io.finterm.domain.Transaction;
import io.finterm.domain.TxKind;
import io.finterm.domain.User;
import io.finterm.domain.ValidationException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON backup format, streamed in both directions with Gson so that memory stays flat:
 * <pre>
 * {"format":"finterm-backup","version":1,"exportedAt":"…","scope":"full"|"user",
 *  "users":[…],"categories":[…],"transactions":[…],"budgets":[…],"rates":[…],"keys":[…]}
 * ({@code keys}, the users' SSH public keys, only in a full backup, and optional when read)
 * </pre>
 * Amounts are exact decimal strings with their currency; a user's own export has no password hash.
 */
public final class Backup {
    /** The account of a transaction in a backup written before accounts: the restore chooses it by currency. */
    public static final long UNKNOWN_ACCOUNT = Long.MAX_VALUE;
    public static final String FORMAT = "finterm-backup";
    public static final int VERSION = 1;

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

        public void transaction(Transaction t) {
            io(() -> {
                w.beginObject();
                w.name("id").value(t.id());
                w.name("user").value(t.userId());
                w.name("date").value(t.date().toString());
                w.name("type").value(t.kind().label());
                w.name("category").value(t.categoryId());
                w.name("amount").value(t.amount().toDecimalString());
                w.name("currency").value(t.amount().currency().getCurrencyCode());
                w.name("description").value(t.description());
                w.endObject();
            });
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

        void category(Category c);

        void transaction(Transaction t);

        void budget(Budget b);

        void rate(ExchangeRate r);

        void key(SshKey k);
    }

    /**
     * Reads a backup, handing each record to {@code visitor}. A damaged, truncated or foreign file
     * fails with a message that says where ({@code $.transactions[12]}) and why.
     */
    public static void read(Reader in, Visitor visitor) {
        JsonReader r = new JsonReader(in);
        try {
            r.beginObject();
            boolean sawFormat = false;
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
                        if (v != VERSION) {
                            throw new FintermException("this backup has version " + v + "; this finterm reads version " + VERSION);
                        }
                    }
                    case "scope" -> visitor.scope("full".equals(r.nextString()));
                    case "users", "categories", "transactions", "budgets", "rates", "keys" -> {
                        if (!sawFormat) {
                            throw new FintermException("this is not a finterm backup (\"format\" must come first)");
                        }
                        r.beginArray();
                        while (r.hasNext()) {
                            record(r, name, visitor);
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
        } catch (IOException | IllegalStateException | NumberFormatException e) {
            throw new FintermException(BackupDamage.describe(r.getPath(), e));
        }
    }

    private static void record(JsonReader r, String section, Visitor visitor) throws IOException {
        String path = r.getPath();
        Map<String, String> f = new HashMap<>();
        r.beginObject();
        while (r.hasNext()) {
            String key = r.nextName();
            if (r.peek() == JsonToken.NULL) {
                r.nextNull();
                f.put(key, null);
            } else {
                f.put(key, r.nextString());
            }
        }
        r.endObject();
        try {
            switch (section) {
                case "users" -> visitor.user(new User(id(f, "id"), text(f, "username"), Role.parse(text(f, "role")),
                        f.getOrDefault("passwordHash", "-"), Instant.parse(text(f, "createdAt")), instant(f, "lastLoginAt"),
                        f.get("failedLogins") == null ? 0 : Integer.parseInt(f.get("failedLogins")), instant(f, "lockedUntil"),
                        Money.currency(text(f, "baseCurrency"))));
                case "categories" -> visitor.category(new Category(id(f, "id"), id(f, "user"), TxKind.parse(text(f, "type")),
                        text(f, "name")));
                case "transactions" -> visitor.transaction(Transaction.entry(id(f, "id"), id(f, "user"),
                        f.containsKey("account") ? id(f, "account") : UNKNOWN_ACCOUNT,
                        LocalDate.parse(text(f, "date")), TxKind.parse(text(f, "type")), id(f, "category"),
                        money(f), f.getOrDefault("description", "")));
                case "budgets" -> visitor.budget(new Budget(id(f, "id"), id(f, "user"), id(f, "category"),
                        YearMonth.parse(text(f, "month")), money(f)));
                case "keys" -> visitor.key(SshKey.parse(id(f, "id"), id(f, "user"), text(f, "key")));
                default -> visitor.rate(new ExchangeRate(id(f, "id"), LocalDate.parse(text(f, "date")),
                        Money.currency(text(f, "currency")), new BigDecimal(text(f, "perEuro"))));
            }
        } catch (ValidationException e) {
            throw new FintermException(path + "." + e.getMessage());
        } catch (RuntimeException e) {
            // a constraint the store refused, or a value no parser accepts (a date such as 2024-02-30)
            throw new FintermException(path + ": " + Text.clean(String.valueOf(e.getMessage())));
        }
    }

    private static String text(Map<String, String> f, String key) {
        String v = f.get(key);
        if (v == null) {
            throw new ValidationException(key, "is missing");
        }
        return v;
    }

    private static long id(Map<String, String> f, String key) {
        try {
            return Long.parseLong(text(f, key));
        } catch (NumberFormatException e) {
            throw new ValidationException(key, "'" + Text.clean(f.get(key)) + "' is not a whole number");
        }
    }

    private static Instant instant(Map<String, String> f, String key) {
        return f.get(key) == null ? null : Instant.parse(f.get(key));
    }

    private static Money money(Map<String, String> f) {
        return Money.parse(text(f, "amount"), Money.currency(text(f, "currency")));
    }
}
