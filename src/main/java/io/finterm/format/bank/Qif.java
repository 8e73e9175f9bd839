package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * QIF files of one bank, card, cash or other asset or liability account. {@link #open} reads the file
 * once to find its encoding (UTF-8 when it is valid UTF-8, else windows-1252), its date order and its
 * decimal mark, each over every record, and refuses what it cannot decide, naming the option that
 * decides it.
 */
public final class Qif implements BankFile {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final ImportSource source;
    private final Charset charset;
    private final QifDates.Order order;
    private final QifDates.Years years;
    private final char decimal;
    private final List<String> detected;

    private Qif(ImportSource source, Charset charset, QifDates.Order order, QifDates.Years years, char decimal, List<String> detected) {
        this.source = source;
        this.charset = charset;
        this.order = order;
        this.decimal = decimal;
        this.detected = detected;
        this.years = years;
    }

    /** A QIF file; {@code dateFormat} is {@code --date-format} or {@code null}. */
    public static BankFile open(ImportSource source, String dateFormat) {
        return open(source, dateFormat, null);
    }

    /** A QIF file; {@code dateFormat} is {@code --date-format} and {@code decimal} {@code --decimal}, each {@code null} when not given. */
    public static BankFile open(ImportSource source, String dateFormat, Character decimal) {
        return open(source, dateFormat, decimal, Clock.systemDefaultZone());
    }

    /** As above, with the clock whose year decides what a two-digit year means (tests pass a fixed one). */
    static BankFile open(ImportSource source, String dateFormat, Character decimal, Clock clock) {
        QifDates.Years years = QifDates.Years.at(clock);
        QifDates.Order given = QifDates.option(dateFormat);
        Charset charset = utf8(source) ? StandardCharsets.UTF_8 : WINDOWS_1252;
        QifDates.Tally dates = new QifDates.Tally(years);
        QifAmounts.Tally amounts = new QifAmounts.Tally();
        QifScanner scanner = scan(source, charset, (fields, ended) -> {
            for (QifScanner.Field f : fields) {
                switch (f.code()) {
                    case 'D' -> dates.add(f.value(), f.line());
                    case 'T', 'U', '$' -> amounts.add(f.value(), f.line());
                    default -> {
                        // the other fields say nothing about the file's conventions
                    }
                }
            }
        });
        if (scanner.type() == null) {
            throw new FintermException(source.name() + " has no !Type: header of a bank, card or cash account: there is nothing to import");
        }
        QifDates.Order order = given != null ? given : dates.decide(source.name());
        char mark = amounts.decide(source.name(), decimal);
        List<String> detected = new ArrayList<>();
        detected.add("format: QIF (!Type:" + scanner.type() + ")");
        if (!scanner.account().isEmpty()) {
            detected.add("account: " + scanner.account() + " (the file's !Account)");
        }
        detected.add("encoding: " + (charset == StandardCharsets.UTF_8 ? "UTF-8" : "windows-1252"));
        detected.add("date pattern: " + dates.patterns(order) + (given != null ? " (--date-format)" : "")
                + " (" + years.detected() + ")");
        detected.add("decimal mark: " + mark + (decimal != null ? " (--decimal)" : ""));
        detected.add("transactions: " + scanner.transactions());
        return new Qif(source, charset, order, years, mark, List.copyOf(detected));
    }

    @Override
    public List<String> detected() {
        return detected;
    }

    /** The date order as the pattern {@link QifDates#option} reads back, and the decimal mark: what a QIF file's reading depends on. */
    @Override
    public Optional<Layout> layout() {
        String dates = order == QifDates.Order.DAY_FIRST ? "dd/MM/yyyy" : "MM/dd/yyyy";
        return Optional.of(new Layout(Layout.QIF, new CsvOptions(null, null, null, dates, decimal, Map.of(), null, null, false), List.of()));
    }

    @Override
    public void read(Consumer<BankRow> rows, BiConsumer<Long, String> errors) {
        scan(source, charset, (fields, ended) -> {
            BankRow row = QifRecord.row(fields, ended, order, years, decimal, errors);
            if (row != null) {
                rows.accept(row);
            }
        });
    }

    private static QifScanner scan(ImportSource source, Charset charset, QifScanner.Records records) {
        QifScanner scanner = new QifScanner(source.name());
        try (Reader in = new InputStreamReader(new BufferedInputStream(source.open()), charset)) {
            scanner.scan(in, records);
        } catch (IOException e) {
            throw new FintermException(source.name() + " could not be read: " + e.getMessage(), e);
        }
        return scanner;
    }

    /** Whether the whole file is valid UTF-8, read in pieces so that a large file does not fill memory. */
    private static boolean utf8(ImportSource source) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.allocate(8192);
        CharBuffer chars = CharBuffer.allocate(8192);
        try (InputStream in = source.open()) {
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer, 0, bytes.remaining())) > 0) {
                bytes.put(buffer, 0, n);
                bytes.flip();
                if (decoder.decode(bytes, chars, false).isError()) {
                    return false;
                }
                bytes.compact();
                chars.clear();
            }
            bytes.flip();
            if (decoder.decode(bytes, chars, true).isError()) {
                return false;
            }
            chars.clear();
            return !decoder.flush(chars).isError();
        } catch (IOException e) {
            throw new FintermException(source.name() + " could not be read: " + e.getMessage(), e);
        }
    }
}
