package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import io.finterm.domain.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The first lines of a CSV, split as a saved profile reads them, to find the header a profile was
 * saved for: only the file's first megabyte is read, once, whatever the number of profiles.
 */
public final class CsvHead {
    /** How many lines a header is looked for in, as detection does. */
    static final int LOOK = 60;

    private final byte[] head;
    private final boolean whole;

    private CsvHead(byte[] head, boolean whole) {
        this.head = head;
        this.whole = whole;
    }

    public static CsvHead of(ImportSource source) {
        try (InputStream in = source.open()) {
            byte[] head = in.readNBytes(ByteScan.HEAD);
            return new CsvHead(head, in.read() < 0);
        } catch (IOException e) {
            throw new FintermException("cannot read " + source.name() + ": " + e.getMessage());
        }
    }

    /**
     * The encoding the file's head is read with: UTF-8 when it starts with a byte order mark or is valid UTF-8 (a
     * sequence cut at the head's end is no error), else {@code fallback}, as {@link BankCsv} decides for the whole file.
     */
    public Charset charset(Charset fallback) {
        boolean bom = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf;
        if (bom) {
            return StandardCharsets.UTF_8;
        }
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        CoderResult r = d.decode(ByteBuffer.wrap(head), CharBuffer.allocate(head.length), whole);
        return r.isError() ? fallback : StandardCharsets.UTF_8;
    }

    /** The first {@value #LOOK} lines, decoded with {@code charset} (a UTF-8 byte order mark dropped), each split at {@code separator}, each field cleaned. */
    public List<List<String>> lines(Charset charset, char separator) {
        boolean bom = head.length >= 3 && (head[0] & 0xff) == 0xef && (head[1] & 0xff) == 0xbb && (head[2] & 0xff) == 0xbf;
        int from = bom && charset.equals(StandardCharsets.UTF_8) ? 3 : 0;
        List<String> lines = ByteScan.lines(new String(head, from, head.length - from, charset));
        if (!whole && !lines.isEmpty()) {
            lines.remove(lines.size() - 1); // cut mid-line
        }
        List<List<String>> out = new ArrayList<>();
        for (String line : lines.subList(0, Math.min(LOOK, lines.size()))) {
            out.add(LineFields.split(line, separator).stream().map(f -> Text.clean(f).strip()).toList());
        }
        return out;
    }

    /** The 0-based column of {@code header} that {@code reference} (a header name, or a 1-based number) finds as {@code --map} does, or -1. */
    public static int column(List<String> header, String reference) {
        try {
            return ColumnRoles.column(header, reference, "");
        } catch (FintermException e) {
            return -1;
        }
    }
}
