package io.finterm.report;

import com.google.gson.stream.JsonWriter;
import io.finterm.domain.ValidationException;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** The formats a table can be written in: a text table, CSV with a header, Markdown, or a JSON array of objects. */
public enum TableFormat {
    TABLE, CSV, JSON, MD;

    /** The format named {@code text}, if it is one of {@code allowed}. */
    public static TableFormat parse(String text, List<TableFormat> allowed) {
        for (TableFormat f : allowed) {
            if (f.name().equalsIgnoreCase(text.strip())) {
                return f;
            }
        }
        throw new ValidationException("format", "'" + io.finterm.domain.Text.clean(text) + "' is not one of "
                + String.join(", ", allowed.stream().map(f -> f.name().toLowerCase(Locale.ROOT)).toList()));
    }

    /** {@code table} in this format, ending with a line break. */
    public String render(Table table) {
        return render(table, false);
    }

    /** {@code table} in this format; a text table drawn with {@code -}, {@code |} and {@code +} when {@code ascii}. */
    public String render(Table table, boolean ascii) {
        return switch (this) {
            case TABLE -> TextTable.render(table, ascii);
            case CSV -> csv(table.header(), table.rows());
            case MD -> markdown(table);
            case JSON -> json(table.header(), table.rows()) + "\n";
        };
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

    static String markdown(Table table) {
        StringBuilder sb = new StringBuilder();
        sb.append("| ").append(String.join(" | ", table.header().stream().map(TableFormat::mdCell).toList())).append(" |\n");
        sb.append("|");
        for (Table.Column c : table.columns()) {
            sb.append(c.numeric() ? "---:|" : "---|");
        }
        sb.append('\n');
        for (List<String> row : table.rows()) {
            sb.append("| ").append(String.join(" | ", row.stream().map(TableFormat::mdCell).toList())).append(" |\n");
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
