package io.finterm.store;

import java.util.List;
import java.util.Map;

/**
 * What one write transaction changed: the final state of every row it touched ({@code bytes} is
 * {@code null} for a delete) and the new values of the sequences it advanced. A commit is one
 * journal record, applied entirely or not at all; a very large one may be preceded by {@code part}
 * records that count only once a complete record follows them.
 */
record Commit(long seq, List<RowChange> changes, Map<Table<?>, Long> sequences, boolean part) {

    /**
     * @param row the decoded row when the writer still has it, to save decoding; may be {@code null}
     */
    record RowChange(Table<?> table, long id, byte[] bytes, Object row) {
        boolean isDelete() {
            return bytes == null;
        }

        Object decoded() {
            return row != null ? row : table.codec().decode(id, bytes);
        }
    }

    private static final int PART_TAG = 0;
    private static final int PUT = 1;
    private static final int DELETE = 2;

    /** The journal payload: the changes, then the sequences, with tables named by their tags. */
    void writePayload(RowWriter out) {
        out.varLong(changes.size());
        for (RowChange c : changes) {
            out.u8(c.table().tag()).varLong(c.id());
            if (c.isDelete()) {
                out.u8(DELETE);
            } else {
                out.u8(PUT).bytes(c.bytes());
            }
        }
        // A part is marked by an entry for table tag 0, which no table has: journals without parts read as before.
        out.varLong(sequences.size() + (part ? 1 : 0));
        if (part) {
            out.u8(PART_TAG).varLong(1);
        }
        for (Map.Entry<Table<?>, Long> e : sequences.entrySet()) {
            out.u8(e.getKey().tag()).varLong(e.getValue());
        }
    }

    static Commit decode(long seq, byte[] payload, int offset, int length) {
        RowReader in = new RowReader(payload, offset, length);
        int n = in.varInt();
        List<RowChange> changes = new java.util.ArrayList<>(Math.min(n, 1 << 20));
        for (int i = 0; i < n; i++) {
            Table<?> table = table(in.u8());
            long id = in.varLong();
            int op = in.u8();
            byte[] bytes = switch (op) {
                case PUT -> in.bytes();
                case DELETE -> null;
                default -> throw new StoreCorruptException("unknown journal operation " + op);
            };
            changes.add(new RowChange(table, id, bytes, null));
        }
        int s = in.varInt();
        Map<Table<?>, Long> sequences = new java.util.LinkedHashMap<>();
        boolean part = false;
        for (int i = 0; i < s; i++) {
            int tag = in.u8();
            long value = in.varLong();
            if (tag == PART_TAG) {
                part = true;
            } else {
                sequences.put(table(tag), value);
            }
        }
        in.expectEnd();
        return new Commit(seq, changes, sequences, part);
    }

    private static Table<?> table(int tag) {
        Table<?> t = Schema.byTag(tag);
        if (t == null) {
            throw new StoreCorruptException("unknown table number " + tag + " in the journal");
        }
        return t;
    }
}
