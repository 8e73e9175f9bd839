package io.finterm.format.bank;

/**
 * What an OFX reader sees, the same for version 1 (SGML) and version 2 (XML): an aggregate opening
 * (only announced once it has a child, so an empty element is an empty leaf), a leaf element with its
 * text, and an aggregate closing. Lines are the line of the element's start tag.
 */
interface OfxEvents {
    void start(String name, long line);

    void leaf(String name, String text, long line);

    void end(String name, long line);

    /** The limits every OFX reader enforces while reading, so that a hostile file cannot exhaust memory. */
    int MAX_TEXT = 64 * 1024;
    int MAX_DEPTH = 64;
    long MAX_BYTES = 512L * 1024 * 1024;
}
