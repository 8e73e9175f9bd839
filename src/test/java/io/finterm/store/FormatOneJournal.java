package io.finterm.store;

import io.finterm.domain.Transaction;
import io.finterm.domain.User;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * Writes a journal of the current format back in an older one, as the finterm of that format
 * wrote it: to format 8 without undo steps or audit events, to format 7 without budget rollover settings, to format 6 without schedules, occurrences or balance warnings, to format 5 without rules or import profiles, to format 4 without imports or a transaction's origin (which must be absent), to format 3 without a transaction's payee, tags, status and lines (which format 4
 * appended, and which must be empty and uncleared), to format 2 also without the accounts (their rows, their sequence, a user's default account
 * and a transaction's account and transfer, which format 3 appended to the rows), and to format 1
 * also without the records' trailers. It undoes exactly what the migrations do, so a migrated
 * journal written back is the old one byte for byte. For tests that need a store of an older
 * format larger than the committed fixtures, which were written by those finterms.
 */
public final class FormatOneJournal {
    /** What format 4 appends to a transaction with no payee, tags or lines, uncleared. */
    private static final byte[] NO_DETAILS = new RowWriter().u8(0).toByteArray();

    private FormatOneJournal() {
    }

    /** Writes the journal back in format 1. */
    public static void downgrade(Path journal) throws IOException {
        downgrade(journal, 1);
    }

    /** Writes the journal back in {@code format} (1 to 8); a store with a transfer cannot go below 3. */
    public static void downgrade(Path journal, int format) throws IOException {
        if (format < 1 || format > 8) {
            throw new IllegalArgumentException("format " + format + " is not an older format");
        }
        byte[] bytes = Files.readAllBytes(journal);
        ByteBuffer b = ByteBuffer.wrap(bytes);
        if (b.getInt(4) != StoreFormat.CURRENT) {
            throw new IllegalArgumentException("not a journal of format " + StoreFormat.CURRENT);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        ByteBuffer header = ByteBuffer.wrap(Arrays.copyOf(bytes, Journal.HEADER)).putInt(4, format);
        out.write(header.array());
        for (int at = Journal.HEADER; at < bytes.length; ) {
            int length = b.getInt(at);
            long seq = b.getLong(at + 8);
            Commit old = withoutHistory(Commit.decode(seq, bytes, at + Journal.RECORD_HEADER, length));
            if (format < 8) {
                old = withoutRollovers(old);
            }
            if (format < 7) {
                old = withoutSchedules(old);
            }
            if (format < 6) {
                old = withoutRules(old);
            }
            if (format < 5) {
                old = withoutOrigins(old);
            }
            if (format < 4) {
                old = withoutDetails(old);
            }
            if (format < 3) {
                old = withoutAccounts(old);
            }
            RowWriter payload = new RowWriter();
            old.writePayload(payload);
            byte[] p = payload.toByteArray();
            ByteBuffer record = ByteBuffer.allocate(Journal.RECORD_HEADER + p.length + (format >= 2 ? Journal.TRAILER : 0));
            record.putInt(p.length).putInt(0).putLong(seq).put(p);
            CRC32C crc = new CRC32C();
            crc.update(record.array(), 8, 8 + p.length);
            record.putInt(4, (int) crc.getValue());
            if (format >= 2) {
                record.putLong(seq).putInt(p.length);
            }
            out.write(record.array());
            at += Journal.RECORD_HEADER + length + Journal.TRAILER;
        }
        Files.write(journal, out.toByteArray());
    }

    /** A commit as format 8 held it: no undo steps, row images or audit events (the same bytes otherwise). */
    private static Commit withoutHistory(Commit c) {
        for (Commit.RowChange r : c.changes()) {
            if (Schema.HISTORY.contains(r.table())) {
                throw new IllegalArgumentException("the journal has an undo step or an audit event, which format 8 cannot hold");
            }
        }
        return c;
    }

    /** A commit as format 7 held it: no budget rollover settings (the same bytes otherwise). */
    private static Commit withoutRollovers(Commit c) {
        for (Commit.RowChange r : c.changes()) {
            if (r.table() == Schema.ROLLOVERS) {
                throw new IllegalArgumentException("the journal has a budget rollover setting, which format 7 cannot hold");
            }
        }
        return c;
    }

    /** A commit as format 6 held it: no schedules, occurrences or balance warnings (the same bytes otherwise). */
    private static Commit withoutSchedules(Commit c) {
        for (Commit.RowChange r : c.changes()) {
            if (r.table() == Schema.SCHEDULES || r.table() == Schema.OCCURRENCES || r.table() == Schema.BALANCE_WARNINGS) {
                throw new IllegalArgumentException("the journal has a schedule, an occurrence or a balance warning, which format 6 cannot hold");
            }
        }
        return c;
    }

    /** A commit as format 5 held it: no rules and no import profiles (the same bytes otherwise). */
    private static Commit withoutRules(Commit c) {
        for (Commit.RowChange r : c.changes()) {
            if (r.table() == Schema.RULES || r.table() == Schema.PROFILES) {
                throw new IllegalArgumentException("the journal has a rule or a profile, which format 5 cannot hold");
            }
        }
        return c;
    }

    /** A commit as format 4 held it: no imports, and no transaction with an origin (the same bytes otherwise). */
    private static Commit withoutOrigins(Commit c) {
        for (Commit.RowChange r : c.changes()) {
            if (r.table() == Schema.IMPORTS) {
                throw new IllegalArgumentException("the journal has an import, which format 4 cannot hold");
            }
            if (!r.isDelete() && r.table() == Schema.TRANSACTIONS && !Codecs.TRANSACTION.decode(r.id(), r.bytes()).origin().isNone()) {
                throw new IllegalArgumentException("transaction " + r.id() + " has an origin, which format 4 cannot hold");
            }
        }
        return c;
    }

    /** A commit as format 3 held it: the payee, tags, status and lines that format 4 appended to a transaction cut off. */
    private static Commit withoutDetails(Commit c) {
        List<Commit.RowChange> changes = new ArrayList<>();
        for (Commit.RowChange r : c.changes()) {
            if (r.isDelete() || r.table() != Schema.TRANSACTIONS) {
                changes.add(r);
                continue;
            }
            Transaction t = Codecs.TRANSACTION.decode(r.id(), r.bytes());
            if (!t.payee().isEmpty() || !t.tags().isEmpty() || t.isSplit() || t.status().isCleared()) {
                throw new IllegalArgumentException("transaction " + t.id() + " has a payee, tags, lines or a status, which format 3 cannot hold");
            }
            changes.add(cut(r, NO_DETAILS.length));
        }
        return new Commit(c.seq(), changes, c.sequences(), c.part());
    }

    /** A commit as format 2 held it: the accounts' rows and sequence gone, and the fields format 3 appended cut off. */
    private static Commit withoutAccounts(Commit c) {
        List<Commit.RowChange> changes = new ArrayList<>();
        for (Commit.RowChange r : c.changes()) {
            if (r.table() == Schema.ACCOUNTS) {
                continue;
            }
            if (r.isDelete() || (r.table() != Schema.USERS && r.table() != Schema.TRANSACTIONS)) {
                changes.add(r);
            } else if (r.table() == Schema.USERS) {
                User u = Codecs.USER.decode(r.id(), r.bytes());
                changes.add(cut(r, length(u.defaultAccountId())));
            } else {
                // A format-3 row: read it as the format-4 row it migrates to.
                Transaction t = Codecs.TRANSACTION.decode(r.id(), new RowWriter().raw(r.bytes()).raw(NO_DETAILS).toByteArray());
                if (t.isTransfer()) {
                    throw new IllegalArgumentException("transaction " + t.id() + " is a transfer leg, which format 2 cannot hold");
                }
                changes.add(cut(r, length(t.accountId()) + length(t.transferId())));
            }
        }
        Map<Table<?>, Long> sequences = new LinkedHashMap<>(c.sequences());
        sequences.remove(Schema.ACCOUNTS);
        return new Commit(c.seq(), changes, sequences, c.part());
    }

    private static Commit.RowChange cut(Commit.RowChange r, int tail) {
        return new Commit.RowChange(r.table(), r.id(), Arrays.copyOf(r.bytes(), r.bytes().length - tail), null);
    }

    private static int length(long varLong) {
        return new RowWriter().varLong(varLong).size();
    }
}
