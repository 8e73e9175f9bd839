package io.finterm.cli;

import com.google.gson.stream.JsonWriter;
import io.finterm.domain.ValidationException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The output formats of the listing and report commands; every cell is already a string. */
enum Format {
    TABLE, CSV, JSON, MD;

    static Format parse(String text, List<Format> allowed) {
        for (Format f : allowed) {
            if (f.name().equalsIgnoreCase(text.strip())) {
                return f;
            }
        }
        throw new ValidationException("format", "'" + io.finterm.domain.Text.clean(text) + "' is not one of "
                + String.join(", ", allowed.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
    }

    /** Writes rows as a text table, CSV with a header, a Markdown table, or a JSON array of objects. */
    void write(PrintStream out, List<String> header, List<List<String>> rows) {
        switch (this) {
            case TABLE -> out.print(TextTable.render(header, rows));
            case CSV -> out.print(csv(header, rows));
            case MD -> out.print(markdown(header, rows));
            case JSON -> out.println(json(header, rows));
        }
    }

    static String csv(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        try (CSVPrinter p = new CSVPrinter(sb, CSVFormat.DEFAULT.builder().setRecordSeparator('\n').get())) {
            p.printRecord(header);
            for (List<String> row : rows) {
                p.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sb.toString();
    }

    static String markdown(List<String> header, List<List<String>> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(String.join(" | ", header.stream().map(Format::mdCell).toList())).append(" |\n");
        sb.append("|").append("---|".repeat(header.size())).append('\n');
        for (List<String> row : rows) {
            sb.append("| ").append(String.join(" | ", row.stream().map(Format::mdCell).toList())).append(" |\n");
        }
        return sb.toString();
    }

    private static String mdCell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|");
    }

    static String json(List<String> header, List<List<String>> rows) {
        StringWriter sw = new StringWriter();
        try (JsonWriter w = new JsonWriter(sw)) {
            w.beginArray();
            for (List<String> row : rows) {
                w.beginObject();
                for (int i = 0; i < header.size(); i++) {
                    w.name(header.get(i)).value(row.get(i));
                }
                w.endObject();
            }
            w.endArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }
}
