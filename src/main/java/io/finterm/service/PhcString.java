package io.finterm.service;

import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PHC string format for Argon2id hashes, {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>},
 * with salt and hash in unpadded standard Base64. Bouncy Castle has no encoder for it.
 */
record PhcString(Argon2Params params, byte[] salt, byte[] hash) {
    static final int VERSION = 19;
    private static final Pattern FORMAT = Pattern.compile(
            "\\$argon2id\\$v=(\\d+)\\$m=(\\d+),t=(\\d+),p=(\\d+)\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");

    String format() {
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        return "$argon2id$v=" + VERSION + "$m=" + params.memoryKiB() + ",t=" + params.iterations() + ",p="
                + params.parallelism() + "$" + b64.encodeToString(salt) + "$" + b64.encodeToString(hash);
    }

    /** Parses a stored hash; anything else is a corrupt account row, never shown to the user. */
    static PhcString parse(String text) {
        Matcher m = FORMAT.matcher(text == null ? "" : text);
        if (!m.matches() || Integer.parseInt(m.group(1)) != VERSION) {
            throw new IllegalArgumentException("not an Argon2id v19 PHC string");
        }
        Base64.Decoder b64 = Base64.getDecoder();
        return new PhcString(new Argon2Params(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)),
                Integer.parseInt(m.group(4))), b64.decode(m.group(5)), b64.decode(m.group(6)));
    }
}
