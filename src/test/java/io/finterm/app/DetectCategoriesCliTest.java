package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code finterm import FILE --detect} says for each first row which category it gets, and why: the rule, or the history. */
class DetectCategoriesCliTest {
    @TempDir
    Path temp;
    final CliTest cli = new CliTest();

    @BeforeEach
    void aStoreWithAliceInIt() {
        cli.temp = temp;
        cli.aStoreWithAliceInIt();
    }

    CliTest.Result ok(String... args) {
        return cli.ok(AccountCliTest.PW, AccountCliTest.asAlice(args));
    }

    @Test
    void eachFirstRowSaysItsCategoryAndWhy() throws Exception {
        ok("add", "--date", "2026-10-02", "--type", "expense", "--category", "Groceries", "--amount", "12.00", "--payee", "REWE Markt 0815");
        ok("rules", "add", "--match", "netflix", "--category", "Entertainment");
        Path file = Files.writeString(temp.resolve("konto.csv"), "Date;Payee;Text;Amount\n02.11.2026;REWE Markt 4711;Karte;-23,45\n"
                + "03.11.2026;NETFLIX.COM;Abo;-13,99\n04.11.2026;Kiosk;Zeitung;-2,50\n");
        String out = ok("import", file.toString(), "--detect").out();
        assertTrue(out.contains("REWE Markt 4711 | Karte  → Groceries (payee 'REWE Markt 0815' was Groceries once)"), out);
        assertTrue(out.contains("NETFLIX.COM | Abo  → Entertainment (rule 1: payee or description contains 'netflix')"), out);
        assertTrue(out.contains("Kiosk | Zeitung  → Uncategorized\n"), out);
    }
}
