package io.finterm.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.finterm.domain.ImportProfile;
import io.finterm.domain.Rule;
import io.finterm.domain.User;
import io.finterm.store.Schema;
import io.finterm.store.Store;
import io.finterm.store.StoreFormat;
import io.finterm.testdata.StoreFixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store that the last finterm before schedules wrote ({@code stores/format6}, see its README and
 * {@code make.sh}) migrates to format 7 and on: there are no schedules, occurrences or balance warnings, and
 * the rules and profiles read as the commands put them in.
 */
class MigrationOfFormatSixTest {
    @TempDir
    Path temp;
    Store store;

    @BeforeEach
    void openTheMigratedFixture() {
        store = Store.open(StoreFixtures.copyStore("format6", temp.resolve("store")));
        assertEquals(6, store.migration().from());
        assertEquals(StoreFormat.CURRENT, store.migration().to());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void thereAreNoSchedulesNorOccurrencesNorWarningsAndTheStoreChecksClean() {
        assertEquals(0L, (long) store.read(rd -> rd.count(Schema.SCHEDULES)));
        assertEquals(0L, (long) store.read(rd -> rd.count(Schema.OCCURRENCES)));
        assertEquals(0L, (long) store.read(rd -> rd.count(Schema.BALANCE_WARNINGS)));
        assertTrue(store.check().ok(), () -> store.check().problems().toString());
    }

    @Test
    void theRulesAndProfilesReadAsTheCommandsPutThemIn() {
        List<Rule> rules = new ArrayList<>();
        List<ImportProfile> profiles = new ArrayList<>();
        Map<Long, String> users = store.read(rd -> {
            List<User> all = new ArrayList<>();
            rd.forEach(Schema.USERS, all::add);
            rd.forEach(Schema.RULES, rules::add);
            rd.forEach(Schema.PROFILES, profiles::add);
            return all.stream().collect(Collectors.toMap(User::id, User::username));
        });
        Function<Rule, String> shown = r -> users.get(r.userId()) + " " + r.position() + " " + r.match() + " " + r.pattern()
                + (r.min() == null ? "" : " min " + r.min()) + (r.accountId() == 0 ? "" : " in an account") + " " + r.tags();
        assertEquals(List.of("alice 1 TEXT shell min 20 in an account []", "alice 2 WORD rewe []",
                        "alice 3 REGEX netfli?x [subscription]", "bob 1 TEXT boulangerie []"),
                rules.stream().sorted(Comparator.comparing((Rule r) -> users.get(r.userId())).thenComparing(Rule::position))
                        .map(shown).toList());
        assertEquals(List.of("alice sparkasse with an account", "bob banque"),
                profiles.stream().map(p -> users.get(p.userId()) + " " + p.name() + (p.accountId() == 0 ? "" : " with an account"))
                        .sorted().toList());
        ImportProfile sparkasse = profiles.stream().filter(p -> p.name().equals("sparkasse")).findFirst().orElseThrow();
        assertEquals(';', sparkasse.delimiter());
        assertEquals("dd.MM.yy", sparkasse.dateFormat());
    }
}
