package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Detection's one pass over a file's bytes: whether it starts with a UTF-8 byte order mark, whether
 * every byte of it is valid UTF-8 (checked by hand, a few cycles a byte; an invalid sequence near the
 * end still makes it windows-1252), its first {@value #HEAD} bytes and last {@value #TAIL} bytes for
 * the other detectors, and a refusal for a line over {@value #MAX_LINE} bytes, a sign that this is not
 * a bank's CSV at all.
 */
final class ByteScan {
    static final int HEAD = 1 << 20;
    static final int TAIL = 1 << 16;
    static final int MAX_LINE = 1 << 16;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final boolean bom;
    private final boolean utf8;
    private final byte[] head;
    private final byte[] tail; // null when the head holds the whole file
    private final long bytes;

    private ByteScan(boolean bom, boolean utf8, byte[] head, byte[] tail, long bytes) {
        this.bom = bom;
        this.utf8 = utf8;
        this.head = head;
        this.tail = tail;
        this.bytes = bytes;
    }

    static ByteScan of(ImportSource source) {
        try (InputStream in = source.open()) {
            byte[] buf = new byte[1 << 16];
            byte[] head = new byte[HEAD];
            int headLength = 0;
            byte[] ring = new byte[TAIL];
            long total = 0;
            int pending = 0; // continuation bytes a UTF-8 sequence still needs
            int lead = 0;     // the sequence's first byte, for the overlong and surrogate checks
            int seen = 0;     // continuation bytes seen so far
            boolean valid = true;
            long lineLength = 0;
            long line = 1;
            for (int n; (n = in.read(buf)) > 0; ) {
                if (headLength < HEAD) {
                    int copy = Math.min(n, HEAD - headLength);
                    System.arraycopy(buf, 0, head, headLength, copy);
                    headLength += copy;
                }
                for (int k = 0; k < n; k++) {
                    int b = buf[k];
                    if (b >= 0 && pending == 0) { // ASCII, the common case: only the line's length matters
                        if (b == '\n' || b == '\r') { // CR alone ends a line too (old Mac files)
                            line += b == '\n' ? 1 : 0;
                            lineLength = 0;
                        } else if (++lineLength > MAX_LINE) {
                            throw new FintermException("line " + line + " is longer than 64 KiB: this is not a bank's CSV file");
                        }
                        continue;
                    }
                    b &= 0xff;
                    if (b == '\n') {
                        line++;
                        lineLength = 0;
                    } else if (++lineLength > MAX_LINE) {
                        throw new FintermException("line " + line + " is longer than 64 KiB: this is not a bank's CSV file");
                    }
                    if (!valid) {
                        continue;
                    }
                    if (pending > 0) {
                        if ((b & 0xc0) != 0x80 || (seen == 0 && !secondByteFits(lead, b))) {
                            valid = false;
                            pending = 0; // and, once invalid, every byte takes the path above or below
                            continue;
                        }
                        seen++;
                        pending--;
                    } else if (b >= 0xc2 && b <= 0xdf) {
                        pending = 1;
                        lead = b;
                        seen = 0;
                    } else if (b >= 0xe0 && b <= 0xef) {
                        pending = 2;
                        lead = b;
                        seen = 0;
                    } else if (b >= 0xf0 && b <= 0xf4) {
                        pending = 3;
                        lead = b;
                        seen = 0;
                    } else {
                        valid = false;
                    }
                }
                for (int k = 0; k < n; ) { // the last TAIL bytes, kept in a ring
                    int at = (int) ((total + k) % TAIL);
                    int copy = Math.min(n - k, TAIL - at);
                    System.arraycopy(buf, k, ring, at, copy);
                    k += copy;
                }
                total += n;
            }
            byte[] tail = null;
            if (total > headLength) {
                int size = (int) Math.min(TAIL, total - headLength);
                tail = new byte[size];
                for (int k = 0; k < size; k++) {
                    tail[k] = ring[(int) ((total - size + k) % TAIL)];
                }
            }
            boolean bom = headLength >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf;
            return new ByteScan(bom, valid && pending == 0, Arrays.copyOf(head, headLength), tail, total);
        } catch (IOException e) {
            throw new FintermException("cannot read " + source.name() + ": " + e.getMessage());
        }
    }

    /** Whether {@code b} may follow {@code lead}: no overlong forms, no surrogates, nothing past U+10FFFF. */
    private static boolean secondByteFits(int lead, int b) {
        return switch (lead) {
            case 0xe0 -> b >= 0xa0;
            case 0xed -> b <= 0x9f;
            case 0xf0 -> b >= 0x90;
            case 0xf4 -> b <= 0x8f;
            default -> true;
        };
    }

    boolean bom() {
        return bom;
    }

    /** The detected encoding: UTF-8 when every byte is valid UTF-8 (with or without a BOM), windows-1252 otherwise. */
    Charset charset() {
        return bom || utf8 ? StandardCharsets.UTF_8 : WINDOWS_1252;
    }

    /** Whether the head holds the whole file. */
    boolean whole() {
        return tail == null;
    }

    long bytes() {
        return bytes;
    }

    /** The head's lines, decoded; the last one dropped when the head is cut mid-file (it may be partial). */
    List<String> headLines(Charset charset) {
        int from = bom && charset.equals(StandardCharsets.UTF_8) ? 3 : 0;
        List<String> lines = lines(new String(head, from, head.length - from, charset));
        if (!whole() && !lines.isEmpty()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    /** The tail's whole lines, decoded (the first one, likely partial, dropped); empty when the head is the whole file. */
    List<String> tailLines(Charset charset) {
        if (tail == null) {
            return List.of();
        }
        List<String> lines = lines(new String(tail, charset));
        if (!lines.isEmpty()) {
            lines.remove(0);
        }
        return lines;
    }

    /** Splits at CR LF, LF or CR; a last line without a line break counts, an empty end does not. */
    static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i));
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        if (start < text.length()) {
            lines.add(text.substring(start));
        }
        return lines;
    }
}
