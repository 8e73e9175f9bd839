package io.finterm.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Reads what {@link RowWriter} wrote; any malformed input is a {@link StoreCorruptException}. */
public final class RowReader {
    private final byte[] buf;
    private final int end;
    private int pos;

    public RowReader(byte[] buf) {
        this(buf, 0, buf.length);
    }

    RowReader(byte[] buf, int offset, int length) {
        this.buf = buf;
        this.pos = offset;
        this.end = offset + length;
    }

    public int u8() {
        need(1);
        return buf[pos++] & 0xFF;
    }

    public long varLong() {
        long result = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = u8();
            result |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return result;
            }
        }
        throw new StoreCorruptException("malformed varint in a stored row");
    }

    /** A non-negative varint that must fit in an {@code int}, such as a length. */
    public int varInt() {
        long v = varLong();
        if (v < 0 || v > Integer.MAX_VALUE) {
            throw new StoreCorruptException("stored length " + v + " is out of range");
        }
        return (int) v;
    }

    public long zigZag() {
        long v = varLong();
        return (v >>> 1) ^ -(v & 1);
    }

    public byte[] bytes() {
        int n = varInt();
        need(n);
        byte[] out = Arrays.copyOfRange(buf, pos, pos + n);
        pos += n;
        return out;
    }

    public String string() {
        int n = varInt();
        need(n);
        String s = new String(buf, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    public int int32() {
        need(4);
        int v = ((buf[pos] & 0xFF) << 24) | ((buf[pos + 1] & 0xFF) << 16) | ((buf[pos + 2] & 0xFF) << 8) | (buf[pos + 3] & 0xFF);
        pos += 4;
        return v;
    }

    public long int64() {
        return ((long) int32() << 32) | (int32() & 0xFFFFFFFFL);
    }

    /** Asserts that every byte was read: trailing bytes mean the row is not what the codec expects. */
    public void expectEnd() {
        if (pos != end) {
            throw new StoreCorruptException((end - pos) + " unexpected trailing bytes in a stored row");
        }
    }

    private void need(int n) {
        if (n < 0 || pos + n > end) {
            throw new StoreCorruptException("a stored row ends early");
        }
    }
}
