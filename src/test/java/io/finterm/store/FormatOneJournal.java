package io.finterm.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a journal back in format 1, as the finterm before format 2 wrote it: the same header with
 * the number 1, and the same records without their trailers. For tests that need a format-1 store
 * larger than the committed fixture; the fixture itself was written by that finterm.
 */
public final class FormatOneJournal {
    private FormatOneJournal() {
    }

    public static void downgrade(Path journal) throws IOException {
        byte[] bytes = Files.readAllBytes(journal);
        ByteBuffer b = ByteBuffer.wrap(bytes);
        if (b.getInt(4) != 2) {
            throw new IllegalArgumentException("not a journal of format 2");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length);
        b.putInt(4, 1);
        out.write(bytes, 0, Journal.HEADER);
        for (int at = Journal.HEADER; at < bytes.length; ) {
            int record = Journal.RECORD_HEADER + b.getInt(at);
            out.write(bytes, at, record);
            at += record + Journal.TRAILER;
        }
        Files.write(journal, out.toByteArray());
    }
}
