package io.finterm.rates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The recorded rate files under {@code src/test/resources/rates/}. */
public final class Fixtures {
    private Fixtures() {
    }

    public static byte[] bytes(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/rates/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
