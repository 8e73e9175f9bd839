package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * What comes before an OFX file's first tag. Version 1 has {@code KEY:VALUE} lines
 * ({@code OFXHEADER:100}, {@code DATA:OFXSGML}, {@code ENCODING:USASCII}, {@code CHARSET:1252}, …)
 * that say how the body's bytes are text; version 2 starts with {@code <?xml}, and XML says its own
 * encoding.
 *
 * @param xml      whether the body is XML (version 2)
 * @param charset  the body's charset (version 1)
 * @param offset   the bytes before the body's first {@code <}
 * @param bodyLine the line of that {@code <}
 */
record OfxHeader(boolean xml, Charset charset, long offset, long bodyLine) {
    private static final int MAX_LINE = 1024;
    private static final int MAX_LINES = 64;
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    static OfxHeader read(InputStream in, String file) throws IOException {
        in.mark(16);
        long offset = 0;
        long line = 1;
        byte[] bom = in.readNBytes(3);
        if (bom.length == 3 && (bom[0] & 0xff) == 0xEF && (bom[1] & 0xff) == 0xBB && (bom[2] & 0xff) == 0xBF) {
            offset = 3;
        } else {
            in.reset();
        }
        Map<String, String> fields = new HashMap<>();
        for (int lines = 0; ; lines++) {
            int c;
            while (true) { // blank lines and leading white space
                in.mark(1);
                c = in.read();
                if (c == -1 || !Character.isWhitespace(c)) {
                    break;
                }
                offset++;
                line += c == '\n' ? 1 : 0;
            }
            in.reset();
            if (c == '<') {
                if (fields.isEmpty()) {
                    in.mark(6);
                    boolean xml = new String(in.readNBytes(5), StandardCharsets.ISO_8859_1).equals("<?xml");
                    if (xml) {
                        return new OfxHeader(true, StandardCharsets.UTF_8, offset, line);
                    }
                    throw new FintermException(file + " is not an OFX file: it starts with neither OFXHEADER:100 nor <?xml");
                }
                return new OfxHeader(false, charset(fields, file), offset, line);
            }
            if (c == -1) {
                throw new FintermException(file + " is not an OFX file: it ends before its first tag");
            }
            if (lines >= MAX_LINES) {
                throw new FintermException(file + ", line " + line + ": over " + MAX_LINES + " header lines before the first tag: not an OFX header");
            }
            StringBuilder text = new StringBuilder();
            while ((c = in.read()) != -1 && c != '\n' && c != '\r') {
                offset++;
                if (text.length() >= MAX_LINE) {
                    throw new FintermException(file + ", line " + line + ": a header line over " + MAX_LINE + " characters: not an OFX header");
                }
                text.append((char) c);
            }
            offset += c == -1 ? 0 : 1;
            line += c == '\n' ? 1 : 0; // a CR alone is not a line break here; CR LF counts its LF
            String entry = text.toString().strip();
            int colon = entry.indexOf(':');
            if (colon <= 0 || fields.isEmpty() && !entry.startsWith("OFXHEADER:")) {
                String what = BankValues.shown(entry);
                throw fields.isEmpty() ? new FintermException(file + " is not an OFX file: it starts with " + what + ", not OFXHEADER:100 or <?xml")
                        : new FintermException(file + ", line " + (line - 1) + ": " + what + " is not an OFX header line (KEY:VALUE)");
            }
            fields.put(entry.substring(0, colon).strip().toUpperCase(Locale.ROOT), entry.substring(colon + 1).strip().toUpperCase(Locale.ROOT));
        }
    }

    /** Skips the header bytes, leaving {@code in} at the body's first {@code <}. */
    static void skip(InputStream in, OfxHeader header) throws IOException {
        in.skipNBytes(header.offset);
    }

    /**
     * ENCODING:UTF-8 is UTF-8; ENCODING:USASCII takes its CHARSET: 1252 (what most banks write),
     * ISO-8859-1, or NONE, which is read as windows-1252, a superset of ASCII that also covers the
     * accented letters such banks still send.
     */
    private static Charset charset(Map<String, String> fields, String file) {
        String encoding = fields.getOrDefault("ENCODING", "USASCII");
        String charset = fields.getOrDefault("CHARSET", "NONE");
        if (encoding.equals("UTF-8") || encoding.equals("UNICODE") || charset.equals("UTF-8")) {
            return StandardCharsets.UTF_8;
        }
        if (!encoding.equals("USASCII")) {
            throw new FintermException(file + ": ENCODING:" + BankValues.shown(encoding) + " is not one OFX defines (USASCII or UTF-8)");
        }
        return switch (charset) {
            case "1252", "WINDOWS-1252", "NONE" -> WINDOWS_1252;
            case "ISO-8859-1", "8859-1", "ISO8859-1", "LATIN1", "LATIN-1" -> StandardCharsets.ISO_8859_1;
            default -> throw new FintermException(file + ": CHARSET:" + BankValues.shown(charset) + " is not one finterm reads (1252, ISO-8859-1, UTF-8 or NONE)");
        };
    }
}
