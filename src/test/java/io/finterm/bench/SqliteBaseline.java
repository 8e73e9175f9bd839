package io.finterm.bench;

import io.finterm.domain.Category;
import io.finterm.domain.Transaction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

/**
 * The same rows in SQLite, with indexes on (user, date), (user, category, date) and (user, account, date),
 * as finterm keeps them.
 */
final class SqliteBaseline {
    private final Path file;
    private Connection c;

    SqliteBaseline(Path file) throws Exception {
        this.file = file;
        connect();
        try (Statement s = c.createStatement()) {
            s.execute("create table transactions (id integer primary key, user integer not null, account integer not null, date integer not null,"
                    + " kind integer not null, category integer not null, amount integer not null,"
                    + " currency text not null, description text not null)");
            s.execute("create index tx_user_date on transactions(user, date)");
            s.execute("create index tx_user_cat_date on transactions(user, category, date)");
            s.execute("create index tx_user_account_date on transactions(user, account, date)");
        }
    }

    private void connect() throws Exception {
        c = DriverManager.getConnection("jdbc:sqlite:" + file);
        try (Statement s = c.createStatement()) {
            s.execute("pragma journal_mode=wal");
            s.execute("pragma synchronous=full");
        }
    }

    void load(List<Category> categories, List<Transaction> txs) throws Exception {
        c.setAutoCommit(false);
        try (PreparedStatement p = c.prepareStatement("insert into transactions values (?,?,?,?,?,?,?,?,?)")) {
            for (Transaction t : txs) {
                bind(p, t);
                p.addBatch();
            }
            p.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("pragma wal_checkpoint(truncate)");
        }
    }

    private static void bind(PreparedStatement p, Transaction t) throws Exception {
        p.setLong(1, t.id());
        p.setLong(2, t.userId());
        p.setLong(3, t.accountId());
        p.setLong(4, t.date().toEpochDay());
        p.setInt(5, t.kind().ordinal());
        p.setLong(6, t.categoryId());
        p.setLong(7, t.amount().minor());
        p.setString(8, t.amount().currency().getCurrencyCode());
        p.setString(9, t.description());
    }

    double bytesPerRow(int rows) throws Exception {
        return (double) Files.size(file) / rows;
    }

    void reopen() throws Exception {
        c.close();
        connect();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("select id from transactions limit 1")) {
            rs.next();
        }
    }

    void insertOne(Transaction t) throws Exception {
        try (PreparedStatement p = c.prepareStatement("insert into transactions values (?,?,?,?,?,?,?,?,?)")) {
            bind(p, t);
            p.executeUpdate();
        }
    }

    long month(long user, long from, long to) throws Exception {
        try (PreparedStatement p = c.prepareStatement(
                "select * from transactions where user = ? and date between ? and ? order by date, id")) {
            p.setLong(1, user);
            p.setLong(2, from);
            p.setLong(3, to);
            long n = 0;
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rs.getString("description");
                    n++;
                }
            }
            return n;
        }
    }

    long dashboard(long user, long from, long to) throws Exception {
        try (PreparedStatement p = c.prepareStatement("select strftime('%Y-%m', date * 86400, 'unixepoch') m, category,"
                + " kind, currency, count(*), sum(amount) from transactions where user = ? and date between ? and ?"
                + " group by m, category, kind, currency")) {
            p.setLong(1, user);
            p.setLong(2, from);
            p.setLong(3, to);
            long n = 0;
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    n += rs.getLong(5);
                }
            }
            return n;
        }
    }

    /** A tags table, one row per tag of a transaction, with an index on (user, tag, date) as finterm keeps one. */
    void loadTags(List<Transaction> txs) throws Exception {
        try (Statement s = c.createStatement()) {
            s.execute("create table tags (tx integer not null, user integer not null, tag text not null, date integer not null)");
        }
        c.setAutoCommit(false);
        try (PreparedStatement p = c.prepareStatement("insert into tags values (?,?,?,?)")) {
            for (Transaction t : txs) {
                for (String tag : t.tags()) {
                    p.setLong(1, t.id());
                    p.setLong(2, t.userId());
                    p.setString(3, tag);
                    p.setLong(4, t.date().toEpochDay());
                    p.addBatch();
                }
            }
            p.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
        try (Statement s = c.createStatement()) {
            s.execute("create index tags_user_tag_date on tags(user, tag, date)");
            s.execute("pragma wal_checkpoint(truncate)");
        }
    }

    /** How many of a user's transactions have {@code tag}, plus the newest 50 of them read whole: count + rows read. */
    long tagged(long user, String tag) throws Exception {
        long n = 0;
        try (PreparedStatement p = c.prepareStatement("select count(*) from tags where user = ? and tag = ?")) {
            p.setLong(1, user);
            p.setString(2, tag);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                n += rs.getLong(1);
            }
        }
        try (PreparedStatement p = c.prepareStatement("select t.id, t.date, t.kind, t.category, t.amount, t.currency, t.description"
                + " from tags g join transactions t on t.id = g.tx where g.user = ? and g.tag = ? order by g.date desc, g.tx desc limit 50")) {
            p.setLong(1, user);
            p.setString(2, tag);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    rs.getString(7);
                    n++;
                }
            }
        }
        return n;
    }

    /** Count and sum per category and type of a user's transactions with {@code tag}. */
    long taggedByCategory(long user, String tag) throws Exception {
        try (PreparedStatement p = c.prepareStatement("select t.category, count(*), sum(t.amount), t.kind from tags g join transactions t"
                + " on t.id = g.tx where g.user = ? and g.tag = ? group by t.category, t.kind")) {
            p.setLong(1, user);
            p.setString(2, tag);
            long n = 0;
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    n += rs.getLong(2);
                }
            }
            return n;
        }
    }

    void close() throws Exception {
        c.close();
    }

    /** Count and sum per type over a date range: the figures of a period summary. */
    long sumsByKind(long user, long from, long to) throws Exception {
        return count("select kind, count(*), sum(amount) from transactions where user = ? and date between ? and ? group by kind",
                user, from, to);
    }

    /** Count, sum and mean per category over a date range: what SQL can give of the category statistics. */
    long byCategory(long user, long from, long to) throws Exception {
        return count("select category, count(*), sum(amount), avg(amount) from transactions where user = ? and date between ? and ?"
                + " group by category", user, from, to);
    }

    /** Every expense of a user, by category and amount: the rows a median and its deviation need. */
    long expensesByCategory(long user) throws Exception {
        return count("select category, amount from transactions where user = ? and kind = 1 order by category, amount", user);
    }

    /** A page of 50 of a user's transactions between two days, by date, from row {@code offset}: rows read. */
    long page(long user, long from, long to, long offset) throws Exception {
        return rows("select id, date, kind, category, amount, currency, description from transactions"
                + " where user = ? and date between ? and ? order by date, id limit 50 offset ?", user, from, to, offset);
    }

    /** How many of a user's transactions mention {@code word}, and the newest 50 of them: rows read. */
    long search(long user, String word) throws Exception {
        String like = "%" + word + "%";
        long n = 0;
        try (PreparedStatement p = c.prepareStatement("select count(*) from transactions where user = ? and description like ?")) {
            p.setLong(1, user);
            p.setString(2, like);
            try (ResultSet rs = p.executeQuery()) {
                rs.next();
                n += rs.getLong(1);
            }
        }
        try (PreparedStatement p = c.prepareStatement("select id, date, kind, category, amount, currency, description from transactions"
                + " where user = ? and description like ? order by date desc, id desc limit 50")) {
            p.setLong(1, user);
            p.setString(2, like);
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
        }
        return n;
    }

    /** Count and sum per category and type over a user's whole history. */
    long totalsByCategory(long user) throws Exception {
        return count("select category, count(*), sum(amount), kind from transactions where user = ? group by category, kind", user);
    }

    /** What a transaction does to its account's balance: income and a transfer in add, the rest take away. */
    private static final String SIGNED = "case when kind in (0, 3) then amount else -amount end";

    /** Each account's balance at the end of {@code day}: the account list. Returns the sum of the balances. */
    long balances(long user, long day) throws Exception {
        return fold("select account, sum(" + SIGNED + ") from transactions where user = ? and date <= ? group by account",
                rs -> rs.getLong(2), user, day);
    }

    /**
     * The balance of each account at the end of each of the 12 months ending with the month that
     * ends on {@code lastDay} (whose first month begins on {@code firstDay}): the sums before the
     * series and per month, cumulated. Returns the sum of the last month's balances.
     */
    long netWorth(long user, long firstDay, long lastDay) throws Exception {
        long before = fold("select account, sum(" + SIGNED + ") from transactions where user = ? and date < ? group by account",
                rs -> rs.getLong(2), user, firstDay);
        long months = fold("select account, strftime('%Y-%m', date * 86400, 'unixepoch') m, sum(" + SIGNED + ") from transactions"
                + " where user = ? and date between ? and ? group by account, m", rs -> rs.getLong(3), user, firstDay, lastDay);
        return before + months;
    }

    /**
     * A page of 50 of one account's transactions by date from row {@code offset}, each with the
     * running balance after it (a window over the rows before it). Returns the last row's balance.
     */
    long register(long user, long account, long offset) throws Exception {
        long[] last = new long[1];
        fold("select id, date, kind, category, amount, description, sum(" + SIGNED + ") over (order by date, id) from transactions"
                + " where user = ? and account = ? order by date, id limit 50 offset ?", rs -> last[0] = rs.getLong(7), user, account, offset);
        return last[0];
    }

    /** The sum of each result row's second column: counts, for a query that groups. */
    private long count(String sql, long... args) throws Exception {
        return fold(sql, rs -> rs.getLong(2), args);
    }

    /** How many rows a query returns. */
    private long rows(String sql, long... args) throws Exception {
        return fold(sql, rs -> 1, args);
    }

    private interface Column {
        long of(ResultSet rs) throws Exception;
    }

    private long fold(String sql, Column column, long... args) throws Exception {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                p.setLong(i + 1, args[i]);
            }
            long n = 0;
            try (ResultSet rs = p.executeQuery()) {
                while (rs.next()) {
                    n += column.of(rs);
                }
            }
            return n;
        }
    }
}
