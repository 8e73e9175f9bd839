package io.finterm.store;

import java.util.List;
import java.util.Map;

/**
 * What one write transaction changed: the final state of every row it touched ({@code bytes} is
 * {@code null} for a delete) and the new values of the sequences it advanced. One commit is one
 * journal record, so it is applied entirely or not at all.
 */
record Commit(long seq, List<RowChange> changes, Map<Table<?>, Long> sequences) {

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
        out.varLong(sequences.size());
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
        for (int i = 0; i < s; i++) {
            sequences.put(table(in.u8()), in.varLong());
        }
        in.expectEnd();
        return new Commit(seq, changes, sequences);
    }

    private static Table<?> table(int tag) {
        Table<?> t = Schema.byTag(tag);
        if (t == null) {
            throw new StoreCorruptException("unknown table number " + tag + " in the journal");
        }
        return t;
    }
}
