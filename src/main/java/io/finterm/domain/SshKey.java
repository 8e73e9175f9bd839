package io.finterm.domain;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Set;

/**
 * A public key a user may log in with over SSH, as an {@code authorized_keys} line gives it:
 * {@code type base64 [comment]}. The fingerprint is OpenSSH's: {@code SHA256:} and the unpadded
 * base64 of the SHA-256 of the key's bytes.
 */
public record SshKey(long id, long userId, String type, String key, String comment, String fingerprint) {
    public static final Set<String> TYPES = Set.of("ssh-ed25519", "ecdsa-sha2-nistp256", "ecdsa-sha2-nistp384",
            "ecdsa-sha2-nistp521", "ssh-rsa");
    public static final int MAX_COMMENT = 100;

    public SshKey {
        Ids.requirePositive("id", id);
        Ids.requirePositive("user", userId);
        if (type == null || !TYPES.contains(type)) {
            throw new ValidationException("key", "type must be one of " + String.join(", ", TYPES.stream().sorted().toList()));
        }
        byte[] blob = decode(key);
        if (!type.equals(embeddedType(blob))) {
            throw new ValidationException("key", "the key's bytes are not a " + type + " key");
        }
        comment = Text.field("comment", comment, MAX_COMMENT, false);
        if (!fingerprint(blob).equals(fingerprint)) {
            throw new ValidationException("fingerprint", "does not match the key");
        }
    }

    /** A key from an {@code authorized_keys} line; options before the type are refused, not ignored. */
    public static SshKey parse(long id, long userId, String line) {
        String[] parts = Text.clean(line).split("\\s+", 3);
        if (parts.length < 2 || parts[0].isEmpty()) {
            throw new ValidationException("key", "expected an authorized_keys line: TYPE BASE64 [COMMENT]");
        }
        if (!TYPES.contains(parts[0])) {
            throw new ValidationException("key", "'" + (parts[0].length() > 30 ? parts[0].substring(0, 30) + "…" : parts[0])
                    + "' is not a key type finterm accepts (options before the type are not supported)");
        }
        return new SshKey(id, userId, parts[0], parts[1], parts.length > 2 ? parts[2] : "", fingerprint(decode(parts[1])));
    }

    /** The OpenSSH SHA-256 fingerprint of a key's bytes. */
    public static String fingerprint(byte[] blob) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(blob);
            return "SHA256:" + Base64.getEncoder().withoutPadding().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
    }

    /** The fingerprint of {@code base64}, the key as an authorized_keys line writes it. */
    public static String fingerprint(String base64) {
        return fingerprint(decode(base64));
    }

    private static byte[] decode(String base64) {
        try {
            byte[] blob = Base64.getDecoder().decode(base64 == null ? "" : base64);
            if (blob.length < 8 || blob.length > 16_384) {
                throw new ValidationException("key", "is not a public key");
            }
            return blob;
        } catch (IllegalArgumentException e) {
            throw new ValidationException("key", "is not valid base64");
        }
    }

    /** The type name a key's bytes begin with: a 4-byte length and that many ASCII bytes. */
    private static String embeddedType(byte[] blob) {
        ByteBuffer b = ByteBuffer.wrap(blob);
        int n = b.getInt();
        if (n < 1 || n > 64 || n > b.remaining()) {
            return "";
        }
        return new String(blob, 4, n, StandardCharsets.US_ASCII);
    }
}
