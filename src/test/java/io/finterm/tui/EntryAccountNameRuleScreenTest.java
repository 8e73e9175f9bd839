package io.finterm.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.googlecode.lanterna.input.KeyType;
import io.finterm.domain.AccountType;
import io.finterm.domain.Money;
import io.finterm.domain.Transaction;
import io.finterm.service.Filter;
import io.finterm.service.Listed;
import io.finterm.service.NewAccount;
import io.finterm.service.Session;
import io.finterm.service.Sort;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The entry form finds the account a name means by the store's rule, so that what it shows is where the money goes. */
class EntryAccountNameRuleScreenTest {
    @Test
    void aNameThatOnlyIgnoringCaseLooselyMatchesAnotherAccountShowsTheCurrencyOfTheAccountItIsBookedIn() {
        VirtualTui app = VirtualTui.withAlice(100, 30, false);
        Session alice = app.alice();
        // The store holds both: "İnvest" lower-cases to "i̇nvest", not "invest"; equalsIgnoreCase takes them for one name.
        app.services.accountBook().add(alice, new NewAccount("invest", AccountType.SAVINGS, Currency.getInstance("EUR"), null, null, true));
        app.services.accountBook().add(alice, new NewAccount("İnvest", AccountType.INVESTMENT, Currency.getInstance("USD"), null, null, true));
        app.logIn("alice", VirtualTui.ALICE_PW).type("2").type("a");
        app.press(KeyType.Tab).press(KeyType.Tab).type("Dining").press(KeyType.Tab).type("5").press(KeyType.Tab).ctrl('u').type("İNVEST");
        app.assertShows("in USD, the currency of İnvest").ctrl('s');
        app.assertShows("added expense $5.00 Dining");
        List<Transaction> all = app.services.transactions().list(alice, Filter.ALL, Sort.DATE_ASC, 0, 10).stream()
                .map(Listed::transaction).toList();
        assertEquals(1, all.size());
        assertEquals(Money.of(500, "USD"), all.get(0).amount());
        assertEquals("İnvest", app.services.accountBook().list(alice).stream().filter(l -> l.account().id() == all.get(0).accountId())
                .findFirst().orElseThrow().account().name());
    }
}
