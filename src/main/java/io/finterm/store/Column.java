package io.finterm.store;

import org.mapdb.Serializer;

/** The type of one column of an index or aggregate key; values are {@code Long} or {@code String}. */
public enum Column {
    /** Varint-packed; negative values are allowed but take ten bytes. */
    LONG(Serializer.LONG_PACKED),
    STRING(Serializer.STRING);

    final Serializer<?> serializer;

    Column(Serializer<?> serializer) {
        this.serializer = serializer;
    }
}
