package io.finterm.format.bank;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Import sources for tests: a sample under {@code src/test/resources/bank/}, or bytes written in the test. */
final class Sources {
    private Sources() {
    }

    static ImportSource sample(String name) {
        try (InputStream in = Sources.class.getResourceAsStream("/bank/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no sample " + name);
            }
            return bytes(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportSource text(String name, String text) {
        return bytes(name, text.getBytes(StandardCharsets.UTF_8));
    }

    static ImportSource bytes(String name, byte[] bytes) {
        return new ImportSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return new ByteArrayInputStream(bytes);
            }
        };
    }

    /** What reading a file gave: its rows and its errors as {@code "line N: field: reason"}. */
    record Read(List<BankRow> rows, List<String> errors) {
        BigDecimal sum() {
            return rows.stream().map(BankRow::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    static Read read(BankFile file) {
        List<BankRow> rows = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        file.read(rows::add, (line, error) -> errors.add("line " + line + ": " + error));
        return new Read(rows, errors);
    }
}
