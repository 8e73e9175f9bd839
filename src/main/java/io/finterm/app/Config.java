package io.finterm.app;

import io.finterm.domain.Money;
import io.finterm.domain.ValidationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Currency;
import java.util.Map;
import java.util.Properties;

/**
 * finterm's settings: the defaults packaged from {@code config/finterm.properties}, overridden by
 * {@code $XDG_CONFIG_HOME/finterm/finterm.properties}, then by {@code --config FILE}. Values are
 * checked when read, and a bad one is reported with its key and the file it came from.
 */
public final class Config {
    private final Properties values;
    private final Map<String, String> env;

    private Config(Properties values, Map<String, String> env) {
        this.values = values;
        this.env = env;
    }

    /** The defaults alone. */
    public static Config defaults() {
        return load(null, Map.of());
    }

    /**
     * @param explicit a file named with {@code --config}, or {@code null}
     * @param env      the environment, for {@code XDG_CONFIG_HOME}, {@code XDG_DATA_HOME} and {@code HOME}
     */
    public static Config load(Path explicit, Map<String, String> env) {
        Properties p = new Properties();
        try (InputStream in = Config.class.getResourceAsStream("/config/finterm.properties")) {
            if (in == null) {
                throw new ConfigException("the packaged defaults (config/finterm.properties) are missing from the jar");
            }
            p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new ConfigException("cannot read the packaged defaults: " + e.getMessage());
        }
        Path user = xdg(env, "XDG_CONFIG_HOME", ".config").resolve("finterm").resolve("finterm.properties");
        if (Files.isRegularFile(user)) {
            overlay(p, user);
        }
        if (explicit != null) {
            if (!Files.isRegularFile(explicit)) {
                throw new ConfigException("the configuration file " + explicit + " does not exist");
            }
            overlay(p, explicit);
        }
        return new Config(p, env);
    }

    private static void overlay(Properties p, Path file) {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Properties more = new Properties();
            more.load(r);
            more.forEach((k, v) -> p.setProperty((String) k, ((String) v).strip()));
            p.setProperty("_source." + file, "true");
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigException("cannot read the configuration file " + file + ": " + e.getMessage());
        }
    }

    private static Path xdg(Map<String, String> env, String variable, String fallbackUnderHome) {
        String dir = env.get(variable);
        if (dir != null && !dir.isBlank()) {
            return Path.of(dir);
        }
        String home = env.getOrDefault("HOME", System.getProperty("user.home"));
        return Path.of(home).resolve(fallbackUnderHome);
    }

    /** {@code data.dir} if set, else {@code $XDG_DATA_HOME/finterm}. */
    public Path dataDirectory() {
        String configured = string("data.dir");
        if (!configured.isEmpty()) {
            return Path.of(configured);
        }
        return xdg(env, "XDG_DATA_HOME", ".local/share").resolve("finterm");
    }

    public Currency baseCurrency() {
        try {
            return Money.currency(string("currency.base"));
        } catch (ValidationException e) {
            throw new ConfigException("currency.base: " + e.reason());
        }
    }

    public String string(String key) {
        String v = values.getProperty(key);
        if (v == null) {
            throw new ConfigException(key + " is not set");
        }
        return v.strip();
    }

    /** A whole number in {@code [min, max]}. */
    public int integer(String key, int min, int max) {
        String v = string(key);
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw new ConfigException(key + ": " + n + " is outside " + min + ".." + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw new ConfigException(key + ": '" + v + "' is not a whole number");
        }
    }

    /** {@code true} or {@code false}. */
    public boolean bool(String key) {
        String v = string(key).toLowerCase(java.util.Locale.ROOT);
        return switch (v) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigException(key + ": '" + v + "' is not true or false");
        };
    }
}
