package io.finterm.store;

/**
 * Encodes one table's rows to bytes and back. The primary key is the map key and is not part of
 * the bytes. Hand-written so that the format is explicit and versioned, never Java serialization.
 */
public interface RowCodec<T> {
    void write(T row, RowWriter out);

    T read(long id, RowReader in);

    default byte[] encode(T row) {
        RowWriter w = new RowWriter();
        write(row, w);
        return w.toByteArray();
    }

    default T decode(long id, byte[] bytes) {
        RowReader r = new RowReader(bytes);
        try {
            T row = read(id, r);
            r.expectEnd();
            return row;
        } catch (io.finterm.domain.ValidationException e) {
            throw new StoreCorruptException("stored row " + id + " is invalid: " + e.getMessage(), e);
        }
    }
}
