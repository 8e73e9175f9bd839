package io.finterm.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code finterm restore} and {@code finterm import} of a JSON export say how many budget rollover settings
 * they brought, and the import how many of the person's own it kept. The settings are written into the
 * exported files here, as another finterm of version 7 would have written them.
 */
class BackupRolloverCliTest {
    @TempDir
    Path temp;
    final CliTest cli = new CliTest();

    @BeforeEach
    void aStoreWithAliceInIt() {
        cli.temp = temp;
        cli.aStoreWithAliceInIt();
    }

    /** The id of alice's expense category {@code name} in a backup. */
    private static long category(JsonObject backup, long user, String name) {
        for (JsonElement e : backup.getAsJsonArray("categories")) {
            JsonObject c = e.getAsJsonObject();
            if (c.get("user").getAsLong() == user && c.get("name").getAsString().equals(name)
                    && c.get("type").getAsString().equals("expense")) {
                return c.get("id").getAsLong();
            }
        }
        throw new AssertionError("no category " + name);
    }

    private static long alice(JsonObject backup) {
        for (JsonElement e : backup.getAsJsonArray("users")) {
            if (e.getAsJsonObject().get("username").getAsString().equals("alice")) {
                return e.getAsJsonObject().get("id").getAsLong();
            }
        }
        throw new AssertionError("no alice");
    }

    /** The exported file with alice's Groceries rolling over from 2024-01 (carrying) and stopping in 2024-06. */
    private static Path withSettings(Path file) throws Exception {
        JsonObject backup = JsonParser.parseString(Files.readString(file)).getAsJsonObject();
        assertEquals(0, backup.getAsJsonArray("rollovers").size(), "nothing rolls over yet");
        long user = alice(backup);
        long groceries = category(backup, user, "Groceries");
        JsonArray settings = JsonParser.parseString("[{\"id\":1,\"user\":" + user + ",\"category\":" + groceries + ",\"from\":\"2024-01\","
                + "\"on\":true,\"overspending\":\"carry\"},{\"id\":2,\"user\":" + user + ",\"category\":" + groceries + ",\"from\":\"2024-06\","
                + "\"on\":false,\"overspending\":\"absorb\"}]").getAsJsonArray();
        backup.add("rollovers", settings);
        return Files.writeString(file, backup.toString());
    }

    @Test
    void restoringAFullBackupSaysHowManyRolloverSettingsItBroughtBack() throws Exception {
        Path backup = temp.resolve("backup.json");
        cli.ok(CliTest.ROOT_PW + "\n", "export", "--out", backup.toString(), "--as", "root", "--password-stdin");
        withSettings(backup);
        cli.data = temp.resolve("restored");
        CliTest.Result restored = cli.ok("", "restore", backup.toString());
        assertTrue(restored.err().endsWith(", 2 budget rollover settings and 0 exchange rates\n"), restored.err());

        Path again = temp.resolve("again.json");
        cli.ok(CliTest.ROOT_PW + "\n", "export", "--out", again.toString(), "--as", "root", "--password-stdin");
        assertEquals(JsonParser.parseString(Files.readString(backup)).getAsJsonObject().get("rollovers"),
                JsonParser.parseString(Files.readString(again)).getAsJsonObject().get("rollovers"), "the same settings come out again");
        cli.ok("", "fsck");
    }

    @Test
    void importingAnOwnExportSaysHowManySettingsItAddedAndHowManyOfYoursItKept() throws Exception {
        Path export = temp.resolve("alice.json");
        cli.ok(CliTest.ALICE_PW + "\n", "export", "--out", export.toString(), "--as", "alice", "--password-stdin");
        withSettings(export);
        CliTest.Result first = cli.ok(CliTest.ALICE_PW + "\n", "import", export.toString(), "--as", "alice", "--password-stdin");
        assertEquals("imported 0 transactions; skipped 0 duplicates; 0 new categories, 0 budgets, 2 budget rollover settings\n",
                first.err());
        CliTest.Result second = cli.ok(CliTest.ALICE_PW + "\n", "import", export.toString(), "--as", "alice", "--password-stdin");
        assertEquals("imported 0 transactions; skipped 0 duplicates; 0 new categories, 0 budgets; kept your own 2 budget rollover settings"
                + " where you had one for that category and month\n", second.err());
    }

    @Test
    void aRolloverSettingThatStopsButCarriesIsRefusedWithItsPlaceAndNothingIsRestored() throws Exception {
        Path backup = temp.resolve("backup.json");
        cli.ok(CliTest.ROOT_PW + "\n", "export", "--out", backup.toString(), "--as", "root", "--password-stdin");
        Files.writeString(backup, Files.readString(withSettings(backup)).replace("\"on\":false,\"overspending\":\"absorb\"",
                "\"on\":false,\"overspending\":\"carry\""));
        cli.data = temp.resolve("restored");
        CliTest.Result refused = cli.run("", "restore", backup.toString());
        assertEquals(1, refused.code());
        assertEquals("finterm: $.rollovers[1] (rollover 2).overspending: applies only while the budget rolls over\n", refused.err());
        Files.writeString(backup, Files.readString(backup).replace("\"on\":false,\"overspending\":\"carry\"",
                "\"on\":false,\"overspending\":\"absorb\""));
        assertTrue(cli.ok("", "restore", backup.toString()).err().contains(", 2 budget rollover settings"),
                "nothing was written: the mended file restores into the same directory");
    }
}
