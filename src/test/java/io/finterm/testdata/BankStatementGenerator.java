package io.finterm.testdata;

import io.finterm.domain.TxKind;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Seeded statements of one household's current account, as a bank writes them, each row with the
 * category the person would give it: for judging category suggestions on rows the suggester has not seen.
 *
 * <p>About sixty merchants, each with the noisy spellings banks use (store numbers, cities, card
 * digits, dates, reference numbers, several spellings of one name): groceries several times a week,
 * dining, fuel and tickets, monthly salary, rent, utilities and subscriptions, rare travel. Two
 * merchants span two categories (Amazon: shopping or entertainment, dm: health or shopping), one
 * payee has both an expense and an income (Amazon's refunds), some rows have no payee, and three
 * shops a month are one-offs whose names never recur. The categories are the bundled defaults.
 */
public final class BankStatementGenerator {
    /** One row of a statement and the category the person gives it ({@code merchant} names where it came from). */
    public record Line(LocalDate date, TxKind kind, long minor, String payee, String description, String category, String merchant) {
    }

    /**
     * A merchant: its category (and, for one that spans two, the second and how often), how many rows
     * a month, the size range in cents, and its spellings, {@code |} between variants and placeholders
     * in braces, filled per row.
     */
    private record Merchant(String name, TxKind kind, String category, String other, double otherShare, double perMonth,
                            long min, long max, String payees, String descriptions) {
        Merchant(String name, TxKind kind, String category, double perMonth, long min, long max, String payees, String descriptions) {
            this(name, kind, category, null, 0, perMonth, min, max, payees, descriptions);
        }
    }

    private static final TxKind OUT = TxKind.EXPENSE;
    private static final TxKind IN = TxKind.INCOME;
    private static final String CARD = "KARTENZAHLUNG {dd}.{mm} {hh}:{mi} KARTE {n4}|Kartenzahlung girocard {date}|"
            + "EC {n8} {dd}.{mm} {hh}.{mi} ME{n1}";
    private static final String PAYPAL = "PayPal Europe S.a.r.l. et Cie S.C.A {ref}|PP.{n4}.PP . PAYPAL {ref}";
    /** Monthly: once on about the same day. Under 1: that chance of a row on any one day, times thirty. */
    private static final double MONTHLY = -1;

    private static final List<Merchant> MERCHANTS = List.of(
            new Merchant("REWE", OUT, "Groceries", 6, 300, 9500, "REWE Markt {store} {city}|REWE SAGT DANKE {n4}|REWE {city}", CARD),
            new Merchant("Lidl", OUT, "Groceries", 4, 200, 6000, "LIDL {store} {city}|Lidl sagt Danke|LIDL DIENSTL GMBH", CARD),
            new Merchant("Edeka", OUT, "Groceries", 2, 300, 7000, "EDEKA Center {store} {city}|EDEKA {city}", CARD),
            new Merchant("Aldi", OUT, "Groceries", 2, 200, 5000, "ALDI SUED {store}|ALDI SÜD SAGT DANKE {n4}", CARD),
            new Merchant("Carrefour", OUT, "Groceries", 1, 500, 8000, "CB CARREFOUR {dd}/{mm}|CARREFOUR MARKET {city}",
                    "PAIEMENT PAR CARTE {dd}/{mm} CB*{n4}"),
            new Merchant("Kamps", OUT, "Groceries", 4, 150, 1200, "Bäckerei Kamps {city}|BAECKEREI KAMPS {store}", CARD),
            new Merchant("Picnic", OUT, "Groceries", 1.5, 2000, 9000, "PAYPAL *PICNIC {n11}", PAYPAL),
            new Merchant("denns", OUT, "Groceries", 1, 500, 4000, "DENNS BIOMARKT {store} {city}|denn's Biomarkt {city}", CARD),
            new Merchant("Rossmann", OUT, "Groceries", 1, 200, 3000, "ROSSMANN {store}|Dirk Rossmann GmbH {city}", CARD),
            new Merchant("McDonalds", OUT, "Dining", 1.5, 500, 1800, "MCDONALDS {store}|McDonald's {city} {store}", CARD),
            new Merchant("Starbucks", OUT, "Dining", 2, 300, 900, "STARBUCKS {n4} {city}|Starbucks Coffee {city}", CARD),
            new Merchant("Lieferando", OUT, "Dining", 1.5, 1500, 4500, "PAYPAL *LIEFERANDO {n11}|Lieferando.de",
                    "Lieferando Bestellung {ref}|" + PAYPAL),
            new Merchant("Vapiano", OUT, "Dining", 0.7, 1500, 5000, "VAPIANO {city}|Vapiano SE {store}", CARD),
            new Merchant("Da Mario", OUT, "Dining", 0.7, 2000, 7000, "PIZZERIA DA MARIO {city}|Da Mario Ristorante", CARD),
            new Merchant("Extrablatt", OUT, "Dining", 0.6, 800, 3000, "Cafe Extrablatt {city}|CAFÉ EXTRABLATT {store}", CARD),
            new Merchant("Uber Eats", OUT, "Dining", 0.6, 1500, 4000, "UBER *EATS {ref}|Uber Eats {city}", "UBER EATS {ref}"),
            new Merchant("Deutsche Bahn", OUT, "Transport", 1, 1500, 12000, "DB Vertrieb GmbH|DB BAHN A-NR {ref}",
                    "Fahrschein {ref} {date}|DB Fahrkarte Auftrag {n8}"),
            new Merchant("MVG", OUT, "Transport", MONTHLY, 4900, 4900, "MVG Abo {n4}|Muenchner Verkehrsgesellschaft",
                    "Deutschlandticket {month} {yyyy} Abo {n8}"),
            new Merchant("Aral", OUT, "Transport", 2, 3000, 9000, "ARAL Station {store}|ARAL {city}", CARD),
            new Merchant("Shell", OUT, "Transport", 1, 3000, 9000, "SHELL {store} {city}|Shell Deutschland Oil", CARD),
            new Merchant("Uber", OUT, "Transport", 0.8, 800, 3500, "UBER *TRIP {ref}|UBER BV", "UBER TRIP HELP.UBER.COM {ref}"),
            new Merchant("APCOA", OUT, "Transport", 0.8, 200, 2500, "APCOA PARKING {city}|Parkhaus {city} APCOA", CARD),
            new Merchant("Total", OUT, "Transport", 0.7, 3000, 8000, "TOTAL STATION {n4}|TotalEnergies {city}", CARD),
            new Merchant("Stadtwerke", OUT, "Utilities", MONTHLY, 8500, 8500, "Stadtwerke Muenchen GmbH|SWM Versorgungs GmbH",
                    "Abschlag Strom {month} {yyyy} Kd-Nr {n8} SEPA-Lastschrift"),
            new Merchant("Telekom", OUT, "Utilities", MONTHLY, 3995, 4495, "Telekom Deutschland GmbH",
                    "Rechnung {n11} Kundenkonto {n8}|Telekom Rechnung {mm}/{yyyy}"),
            new Merchant("Vodafone", OUT, "Utilities", MONTHLY, 1999, 2999, "Vodafone GmbH", "Mobilfunk {mm}/{yyyy} Vertrag {n8}"),
            new Merchant("Wasser", OUT, "Utilities", MONTHLY, 3100, 3100, "Berliner Wasserbetriebe", "Abschlag Wasser {mm}/{yyyy} VK {n8}"),
            new Merchant("1&1", OUT, "Utilities", MONTHLY, 3499, 3499, "1&1 Telecom GmbH", "1&1 Internet Rechnung {n11}"),
            new Merchant("Rundfunk", OUT, "Utilities", 0.34, 5508, 5508, "Rundfunk ARD ZDF DRadio",
                    "Rundfunkbeitrag {mm}.{yyyy} Beitragsnr {n8}"),
            new Merchant("Miete", OUT, "Rent", MONTHLY, 115000, 115000, "Hausverwaltung Schmidt & Partner|HV Schmidt + Partner",
                    "MIETE {month} {yyyy} WHG 3 OG LINKS|Miete {mm}/{yyyy} Whg. 3.OG"),
            new Merchant("Spotify", OUT, "Entertainment", MONTHLY, 1099, 1099, "PAYPAL *SPOTIFY {n11}|Spotify AB", PAYPAL),
            new Merchant("Netflix", OUT, "Entertainment", MONTHLY, 1399, 1399, "NETFLIX.COM|Netflix International B.V.",
                    "Netflix Monthly {ref}"),
            new Merchant("Disney", OUT, "Entertainment", MONTHLY, 899, 899, "PAYPAL *DISNEYPLUS {n11}|Disney Plus", PAYPAL),
            new Merchant("Cinemaxx", OUT, "Entertainment", 0.8, 1100, 3500, "CINEMAXX {store} {city}|CinemaxX Entertainment", CARD),
            new Merchant("Steam", OUT, "Entertainment", 0.5, 500, 6000, "STEAM GAMES {ref}|STEAMPOWERED.COM", "Steam Purchase {ref}"),
            new Merchant("Ticketmaster", OUT, "Entertainment", 0.3, 3000, 15000, "TICKETMASTER DE {ref}", "Ticketmaster Order {n8}"),
            new Merchant("Apotheke", OUT, "Health", 1, 300, 4000, "Linden-Apotheke {city}|LINDEN APOTHEKE {store}", CARD),
            new Merchant("McFit", OUT, "Health", MONTHLY, 2990, 2990, "McFit GmbH|RSG Group GmbH McFit",
                    "Mitgliedsbeitrag {month} {yyyy} Mitgl-Nr {n8}"),
            new Merchant("Zahnarzt", OUT, "Health", 0.2, 5000, 30000, "Zahnarztpraxis Dr. Weber", "Rechnung {n8} Behandlung {date}"),
            new Merchant("dm", OUT, "Health", "Shopping", 0.35, 2, 200, 4000, "DM DROGERIE {store}|dm-drogerie markt {city}", CARD),
            new Merchant("Amazon", OUT, "Shopping", "Entertainment", 0.35, 3, 500, 12000, "AMAZON EU S.A R.L.|AMZN Mktp DE|Amazon.de",
                    "AMZN Mktp DE*{ref}|{n3}-{n7}-{n7} Amazon.de {ref}"),
            new Merchant("Zalando", OUT, "Shopping", 0.6, 2000, 15000, "Zalando SE", "Zalando Bestellung {n8} {ref}"),
            new Merchant("IKEA", OUT, "Shopping", 0.3, 1000, 40000, "IKEA {city}|IKEA DEUTSCHLAND {store}", CARD),
            new Merchant("MediaMarkt", OUT, "Shopping", 0.3, 2000, 60000, "MEDIAMARKT {store} {city}|Media Markt TV-Hifi-Elektro {city}", CARD),
            new Merchant("H&M", OUT, "Shopping", 0.5, 1000, 8000, "H&M Hennes & Mauritz {store}|H+M {city} Hennes Mauritz", CARD),
            new Merchant("Decathlon", OUT, "Shopping", 0.3, 1000, 12000, "DECATHLON {city}|CB DECATHLON {dd}/{mm}", CARD),
            new Merchant("Otto", OUT, "Shopping", 0.3, 2000, 20000, "OTTO GmbH & Co KG", "Otto Bestellung {n8}"),
            new Merchant("eBay", OUT, "Shopping", 0.5, 500, 9000, "PAYPAL *EBAY {n11}|eBay Marketplaces GmbH", PAYPAL),
            new Merchant("Lufthansa", OUT, "Travel", 0.25, 9000, 60000, "LUFTHANSA {n11}|Deutsche Lufthansa AG", "Flugticket {ref}"),
            new Merchant("Booking", OUT, "Travel", 0.3, 8000, 50000, "Booking.com BV|BOOKING.COM HOTEL {city}", "Booking.com Reservation {n8}"),
            new Merchant("Airbnb", OUT, "Travel", 0.2, 10000, 80000, "AIRBNB * {ref}|Airbnb Payments", "AIRBNB {ref} {date}"),
            new Merchant("Ryanair", OUT, "Travel", 0.2, 3000, 20000, "RYANAIR {ref}", "Ryanair Booking {ref}"),
            new Merchant("Post", OUT, "Other", 0.5, 95, 1500, "DEUTSCHE POST {store}|Deutsche Post AG Filiale {n4}", CARD),
            new Merchant("Kontoentgelt", OUT, "Other", MONTHLY, 495, 495, "", "Kontofuehrungsentgelt {mm}/{yyyy}|Entgelt Kontoführung {month}"),
            new Merchant("Bargeld", OUT, "Other", 2, 2000, 20000, "", "Bargeldauszahlung GA {n4} {city} {date}|GELDAUTOMAT {city} {store}"),
            new Merchant("Gehalt", IN, "Salary", MONTHLY, 342000, 342000, "ACME Software GmbH", "LOHN/GEHALT {mm}/{yyyy} {ref}"),
            new Merchant("Freelance", IN, "Freelance", 0.5, 50000, 250000, "Meier Design GmbH|Kunde Meier Design",
                    "Rechnung RE-{yyyy}-{n4}|RE {n4} Meier Design"),
            new Merchant("Zinsen", IN, "Interest", 0.34, 100, 3000, "", "Zinsgutschrift {date}|Habenzinsen {mm}/{yyyy}"),
            new Merchant("Amazon refund", IN, "Other", 0.3, 500, 8000, "AMAZON EU S.A R.L.|Amazon.de", "Erstattung {ref}|Gutschrift {n8}"));

    private static final String[] CITIES = {"Berlin", "BERLIN", "Berlin-Mitte", "Hamburg", "Muenchen", "Leipzig", "Koeln"};
    private static final String[] ONE_OFF_CATEGORIES = {"Dining", "Shopping", "Travel", "Other", "Entertainment"};
    private static final String[] SYLLABLES = {"ka", "lo", "mi", "ber", "tan", "vo", "ris", "pel", "gu", "don", "shi", "fa",
        "nek", "tro", "ul", "zan", "wi", "qua"};
    private static final String[] SHOP_WORDS = {"Boutique", "Laden", "GmbH", "Shop", "Haus", "Studio", "Store", "& Sohn"};

    private final Random random;

    public BankStatementGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The statements of {@code months} months from {@code first}, in date order. */
    public List<Line> months(YearMonth first, int months) {
        List<Line> lines = new ArrayList<>();
        for (int m = 0; m < months; m++) {
            YearMonth month = first.plusMonths(m);
            for (Merchant merchant : MERCHANTS) {
                if (merchant.perMonth() == MONTHLY) {
                    int day = Math.min(month.lengthOfMonth(), 1 + merchant.name().length() * 2 % 27 + random.nextInt(3));
                    lines.add(line(merchant, month.atDay(day)));
                    continue;
                }
                for (int d = 1; d <= month.lengthOfMonth(); d++) {
                    if (random.nextDouble() < merchant.perMonth() / 30.0) {
                        lines.add(line(merchant, month.atDay(d)));
                    }
                }
            }
            for (int i = 0; i < 3; i++) {
                lines.add(oneOff(month.atDay(1 + random.nextInt(month.lengthOfMonth()))));
            }
        }
        lines.sort(Comparator.comparing(Line::date));
        return lines;
    }

    private Line line(Merchant m, LocalDate date) {
        String category = m.other() != null && random.nextDouble() < m.otherShare() ? m.other() : m.category();
        long minor = m.min() == m.max() ? m.min() : m.min() + (long) (random.nextDouble() * (m.max() - m.min()));
        return new Line(date, m.kind(), minor, fill(pick(m.payees()), date), fill(pick(m.descriptions()), date), category, m.name());
    }

    /** A shop met once: a name never seen before or after, with a card payment's text. */
    private Line oneOff(LocalDate date) {
        StringBuilder name = new StringBuilder();
        for (int i = 0, n = 2 + random.nextInt(2); i < n; i++) {
            name.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
        }
        name.setCharAt(0, Character.toUpperCase(name.charAt(0)));
        String payee = name + " " + SHOP_WORDS[random.nextInt(SHOP_WORDS.length)] + " {city}";
        return new Line(date, OUT, 500 + random.nextInt(20000), fill(payee, date), fill(pick(CARD), date),
                ONE_OFF_CATEGORIES[random.nextInt(ONE_OFF_CATEGORIES.length)], "one-off");
    }

    private String pick(String variants) {
        String[] v = variants.split("\\|", -1);
        return v[random.nextInt(v.length)];
    }

    /** The placeholders of a spelling filled for one row: {@code {city}}, {@code {store}}, {@code {n8}} and the dates. */
    private String fill(String template, LocalDate date) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                out.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            out.append(template, i, open);
            out.append(value(template.substring(open + 1, close), date));
            i = close + 1;
        }
        return out.toString();
    }

    private String value(String name, LocalDate date) {
        return switch (name) {
            // mostly the home town, in the spellings banks use, sometimes another
            case "city" -> CITIES[random.nextDouble() < 0.8 ? random.nextInt(3) : 3 + random.nextInt(CITIES.length - 3)];
            // one of a few nearby shops, now and then another
            case "store" -> String.valueOf(random.nextDouble() < 0.85 ? 1000 + 137 * random.nextInt(3) : 1000 + random.nextInt(9000));
            case "dd" -> String.format(Locale.ROOT, "%02d", date.getDayOfMonth());
            case "mm" -> String.format(Locale.ROOT, "%02d", date.getMonthValue());
            case "yyyy" -> String.valueOf(date.getYear());
            case "date" -> String.format(Locale.ROOT, "%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
            case "month" -> date.getMonth().getDisplayName(TextStyle.FULL, Locale.GERMAN);
            case "hh" -> String.format(Locale.ROOT, "%02d", 7 + random.nextInt(14));
            case "mi" -> String.format(Locale.ROOT, "%02d", random.nextInt(60));
            case "ref" -> reference();
            default -> digits(Integer.parseInt(name.substring(1)));
        };
    }

    private String digits(int n) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < n; i++) {
            b.append((char) ('0' + random.nextInt(10)));
        }
        return b.toString();
    }

    /** A bank's reference: ten characters of capital letters and digits, like {@code 2K4JL9Q1ZX}. */
    private String reference() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789";
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < 10; i++) {
            b.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return b.toString();
    }
}
