package io.finterm.rates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/** Reads rates from what the ECB publishes, whichever form it is in: XML, CSV, or the zipped CSV. */
public final class EcbFiles {
    /** A zip holds one CSV of a few megabytes; anything far larger is not the ECB's file. */
    private static final long MAX_UNZIPPED = 64L << 20;

    private EcbFiles() {
    }

    public static List<PublishedRate> read(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new RateFileException("there is no file " + file);
        } catch (IOException e) {
            throw new RateFileException(file + " could not be read: " + e.getMessage(), e);
        }
        return parse(bytes, file.toString());
    }

    /** Tells the forms apart by their first bytes: a zip's {@code PK}, XML's {@code <}, else CSV. */
    public static List<PublishedRate> parse(byte[] bytes, String source) {
        if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            return unzip(bytes, source);
        }
        String start = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8).stripLeading();
        if (start.startsWith("<") || start.startsWith("\uFEFF<")) {
            return EcbXml.parse(bytes, source);
        }
        return EcbCsv.parse(new InputStreamReader(new ByteArrayInputStream(bytes), StandardCharsets.UTF_8), source);
    }

    private static List<PublishedRate> unzip(byte[] bytes, String source) {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                if (entry.getName().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
                    byte[] csv = zip.readNBytes((int) MAX_UNZIPPED + 1);
                    if (csv.length > MAX_UNZIPPED) {
                        throw new RateFileException(source + ": " + entry.getName() + " is larger than 64 MB");
                    }
                    return EcbCsv.parse(new InputStreamReader(new ByteArrayInputStream(csv), StandardCharsets.UTF_8),
                            source + "!" + entry.getName());
                }
            }
            throw new RateFileException(source + " is a zip without a CSV file in it");
        } catch (IOException e) {
            throw new RateFileException(source + " is not a readable zip: " + e.getMessage(), e);
        }
    }
}
