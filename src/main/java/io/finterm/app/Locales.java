package io.finterm.app;

import java.util.Locale;
import java.util.Map;

/** What the terminal's locale says about its character set. */
final class Locales {
    private Locales() {
    }

    /**
     * Whether the locale's character set is UTF-8: the first of {@code LC_ALL}, {@code LC_CTYPE} and
     * {@code LANG} that is set decides, as POSIX orders them.
     */
    static boolean utf8(Map<String, String> env) {
        for (String name : new String[] {"LC_ALL", "LC_CTYPE", "LANG"}) {
            String value = env.get(name);
            if (value != null && !value.isEmpty()) {
                String v = value.toLowerCase(Locale.ROOT);
                return v.contains("utf-8") || v.contains("utf8");
            }
        }
        return false;
    }
}
