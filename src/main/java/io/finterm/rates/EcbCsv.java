package io.finterm.rates;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The ECB's history as CSV (inside {@code eurofxref-hist.zip}): a header {@code Date,USD,JPY,…} and a
 * row per day; {@code N/A} or an empty cell means the currency had no rate that day.
 */
public final class EcbCsv {
    private EcbCsv() {
    }

    public static List<PublishedRate> parse(Reader csv, String source) {
        List<PublishedRate> rates = new ArrayList<>();
        try (CSVParser parser = CSVParser.builder().setReader(csv).setFormat(CSVFormat.DEFAULT).get()) {
            List<Currency> currencies = null;
            for (CSVRecord row : parser) {
                String line = source + ", line " + row.getRecordNumber();
                if (currencies == null) {
                    if (row.size() < 2 || !row.get(0).strip().equalsIgnoreCase("Date")) {
                        throw new RateFileException(line + ": the header must start with Date and name the currencies");
                    }
                    currencies = new ArrayList<>();
                    for (int c = 1; c < row.size(); c++) {
                        String code = row.get(c).strip();
                        currencies.add(code.isEmpty() ? null : Values.currency(code, line + ", column " + (c + 1)));
                    }
                    continue;
                }
                var date = Values.date(row.get(0), line);
                for (int c = 1; c < row.size() && c <= currencies.size(); c++) {
                    String cell = row.get(c).strip();
                    Currency currency = currencies.get(c - 1);
                    if (currency != null && !cell.isEmpty() && !cell.equalsIgnoreCase("N/A")) {
                        rates.add(new PublishedRate(date, currency, Values.rate(cell, line + ", " + currency)));
                    }
                }
            }
            if (currencies == null || rates.isEmpty()) {
                throw new RateFileException(source + " holds no rates");
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new RateFileException(source + " could not be read: " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new RateFileException(source + " is not valid CSV: " + e.getMessage());
        }
        return rates;
    }
}
