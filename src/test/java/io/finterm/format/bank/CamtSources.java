package io.finterm.format.bank;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Import sources for the camt tests: a sample from {@code src/test/resources/bank}, or bytes made in a test; and reading one whole. */
final class CamtSources {
    private CamtSources() {
    }

    static ImportSource sample(String file) {
        try (InputStream in = CamtSources.class.getResourceAsStream("/bank/" + file)) {
            if (in == null) {
                throw new IllegalStateException("no sample " + file);
            }
            return bytes(file, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportSource text(String name, String xml) {
        return bytes(name, xml.getBytes(StandardCharsets.UTF_8));
    }

    static ImportSource bytes(String name, byte[] bytes) {
        return Sources.bytes(name, bytes);
    }

    /** What reading a bank file gave: its rows, and its errors as {@code "line N: field: reason"}. */
    record Read(List<BankRow> rows, List<String> errors) {
        static Read of(BankFile file) {
            Read read = new Read(new ArrayList<>(), new ArrayList<>());
            file.read(read.rows::add, (line, error) -> read.errors.add("line " + line + ": " + error));
            return read;
        }
    }
}
