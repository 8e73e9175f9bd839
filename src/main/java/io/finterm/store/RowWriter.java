package io.finterm.store;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Appends compact binary fields: unsigned and zig-zag varints, bytes and UTF-8 strings. */
public final class RowWriter {
    private byte[] buf;
    private int pos;

    public RowWriter() {
        this(64);
    }

    RowWriter(int capacity) {
        buf = new byte[capacity];
    }

    public RowWriter u8(int value) {
        ensure(1);
        buf[pos++] = (byte) value;
        return this;
    }

    /** An unsigned LEB128 varint; {@code value} must not be negative. */
    public RowWriter varLong(long value) {
        if (value < 0) {
            throw new IllegalArgumentException("negative varint " + value);
        }
        return bits(value);
    }

    /** Writes the 64 bits of {@code value} as a LEB128 varint, whatever its sign. */
    private RowWriter bits(long value) {
        ensure(10);
        while ((value & ~0x7FL) != 0) {
            buf[pos++] = (byte) ((value & 0x7F) | 0x80);
            value >>>= 7;
        }
        buf[pos++] = (byte) value;
        return this;
    }

    /** A signed value, zig-zag encoded so that small negative numbers stay short. */
    public RowWriter zigZag(long value) {
        return bits((value << 1) ^ (value >> 63));
    }

    public RowWriter bytes(byte[] value) {
        varLong(value.length);
        ensure(value.length);
        System.arraycopy(value, 0, buf, pos, value.length);
        pos += value.length;
        return this;
    }

    /** Appends bytes as they are, without a length: a payload encoded elsewhere, or an older format's row being extended. */
    RowWriter raw(byte[] value) {
        ensure(value.length);
        System.arraycopy(value, 0, buf, pos, value.length);
        pos += value.length;
        return this;
    }

    public RowWriter string(String value) {
        return bytes(value.getBytes(StandardCharsets.UTF_8));
    }

    public RowWriter int32(int value) {
        ensure(4);
        buf[pos++] = (byte) (value >>> 24);
        buf[pos++] = (byte) (value >>> 16);
        buf[pos++] = (byte) (value >>> 8);
        buf[pos++] = (byte) value;
        return this;
    }

    public RowWriter int64(long value) {
        int32((int) (value >>> 32));
        return int32((int) value);
    }

    public int size() {
        return pos;
    }

    /** Overwrites four bytes at {@code offset}, for a length or checksum known only at the end. */
    void int32At(int offset, int value) {
        buf[offset] = (byte) (value >>> 24);
        buf[offset + 1] = (byte) (value >>> 16);
        buf[offset + 2] = (byte) (value >>> 8);
        buf[offset + 3] = (byte) value;
    }

    byte[] buffer() {
        return buf;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, pos);
    }

    private void ensure(int n) {
        if (pos + n > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
        }
    }
}
