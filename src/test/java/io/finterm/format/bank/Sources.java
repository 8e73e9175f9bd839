package io.finterm.format.bank;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Import sources for tests (a sample under {@code src/test/resources/bank/}, bytes, text, a file) and a way to read one whole. */
final class Sources {
    private Sources() {
    }

    static ImportSource sample(String name) {
        try (InputStream in = Sources.class.getResourceAsStream("/bank/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + name);
            }
            return bytes(name, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ImportSource text(String text) {
        return text("test.csv", text);
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

    static ImportSource file(Path path) {
        return new ImportSource() {
            @Override
            public String name() {
                return path.getFileName().toString();
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(path);
            }
        };
    }

    /** Every row and every error of a file. */
    record Read(List<BankRow> rows, Map<Long, String> errors) {
        BankRow row(int i) {
            return rows.get(i);
        }

        java.math.BigDecimal sum() {
            return rows.stream().map(BankRow::amount).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        }
    }

    static Read read(BankFile file) {
        List<BankRow> rows = new ArrayList<>();
        Map<Long, String> errors = new LinkedHashMap<>();
        file.read(rows::add, errors::put);
        return new Read(rows, errors);
    }

    /** What reading a file gave: its rows, and its errors as {@code "line N: field: reason"}. */
    record Lines(List<BankRow> rows, List<String> errors) {
        java.math.BigDecimal sum() {
            return rows.stream().map(BankRow::amount).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
        }
    }

    static Lines lines(BankFile file) {
        List<BankRow> rows = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        file.read(rows::add, (line, error) -> errors.add("line " + line + ": " + error));
        return new Lines(rows, errors);
    }

    static Read read(ImportSource source) {
        return read(BankCsv.open(source, CsvOptions.NONE));
    }
}
