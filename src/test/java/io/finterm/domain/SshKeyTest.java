package io.finterm.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SshKeyTest {
    /** Made with ssh-keygen -t ed25519; ssh-keygen -lf gives the fingerprint below. */
    static final String LINE = "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPTdYE47XNqlBLgt0xlI+TTRmg0h0Bw3ncUwbUCSoIAA alice@laptop";

    @Test
    void anAuthorizedKeysLineGivesTheTypeKeyCommentAndOpenSshsFingerprint() {
        SshKey key = SshKey.parse(1, 2, "  " + LINE + "\n");
        assertEquals("ssh-ed25519", key.type());
        assertEquals("alice@laptop", key.comment());
        assertEquals("SHA256:MW7mhx3qFUDvAn+qaQ+D85w2WraJBYL61e1yrxJspec", key.fingerprint());
        assertEquals("", SshKey.parse(1, 2, LINE.substring(0, LINE.lastIndexOf(' '))).comment());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ssh-ed25519", "ssh-dss AAAAB3NzaC1kc3MAAACBAP1/U4Ed",
        "from=\"10.0.0.1\" ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIPTdYE47XNqlBLgt0xlI+TTRmg0h0Bw3ncUwbUCSoIAA",
        "ssh-ed25519 not-base64!!", "ssh-rsa AAAAC3NzaC1lZDI1NTE5AAAAIPTdYE47XNqlBLgt0xlI+TTRmg0h0Bw3ncUwbUCSoIAA"})
    void anythingElseIsRefusedNamingTheKeyField(String line) {
        ValidationException e = assertThrows(ValidationException.class, () -> SshKey.parse(1, 2, line));
        assertEquals("key", e.field());
        assertTrue(!e.reason().isBlank());
    }
}
