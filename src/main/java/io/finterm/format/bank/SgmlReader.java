package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The body of an OFX 1 file: SGML where leaf elements are usually not closed ({@code <TRNAMT>-45.00}
 * ends at the next tag) but aggregates are. Tolerant where OFX 1 allows it (a leaf's end tag is
 * optional; an empty leaf left open is closed by its parent's end tag), strict elsewhere: text where a
 * tag belongs, a malformed tag, an end tag that closes the wrong aggregate, or one never closed is
 * refused with its line. The limits of {@link OfxEvents} are checked as the characters arrive.
 */
final class SgmlReader {
    private static final int MAX_NAME = 64;
    /**
     * Leaves that banks write empty and unclosed ({@code <MEMO>} then the next field): without this
     * list such a leaf would look like an aggregate whose children follow.
     */
    private static final java.util.Set<String> EMPTY_LEAVES = java.util.Set.of("NAME", "MEMO", "CHECKNUM", "REFNUM", "PAYEEID", "SIC",
            "DTUSER", "DTAVAIL", "SRVRTID", "EXTDNAME", "MESSAGE", "BANKID", "BRANCHID", "ACCTKEY", "TRNUID", "CLTCOOKIE");

    private final Reader in;
    private final String file;
    private long line;
    private long chars;
    private int peeked = -2;
    private boolean lastWasCr;
    private final char[] buffer = new char[8192];
    private int at;
    private int end;

    /** One element whose start tag was read: announced as an aggregate only when its first child arrives. */
    private static final class Open {
        final String name;
        final long line;
        boolean started;

        Open(String name, long line) {
            this.name = name;
            this.line = line;
        }
    }

    /** A tag as read: its name, whether it is an end tag, and its line. */
    private record Tag(String name, boolean end, long line) {
    }

    SgmlReader(Reader in, String file, long firstLine) {
        this.in = in;
        this.file = file;
        this.line = firstLine;
    }

    void read(OfxEvents events) throws IOException {
        Deque<Open> open = new ArrayDeque<>();
        boolean rootSeen = false;
        Tag pending = null;
        while (true) {
            Tag tag = pending != null ? pending : nextTag(open.isEmpty() && rootSeen ? "</OFX>" : null);
            pending = null;
            if (tag == null) {
                break;
            }
            if (tag.end) {
                close(open, tag, events);
                continue;
            }
            if (open.isEmpty()) {
                if (rootSeen) {
                    throw refuse(tag.line, "<" + tag.name + "> after </OFX>: an OFX file has one <OFX> element");
                }
                if (!tag.name.equals("OFX")) {
                    throw new FintermException(file + " is not an OFX file: its first element is <" + tag.name + ">, not <OFX>");
                }
                rootSeen = true;
            } else {
                announce(open.peek(), events);
            }
            String text = text(tag);
            Tag next = nextTag(null);
            if (!text.isBlank()) {
                events.leaf(tag.name, entities(text.strip()), tag.line);
                if (next == null || !(next.end && next.name.equals(tag.name))) {
                    pending = next; // the leaf was left open, as OFX 1 allows: the next tag closes it
                }
                continue;
            }
            if (next != null && next.end && next.name.equals(tag.name)) {
                events.leaf(tag.name, "", tag.line);
                continue;
            }
            if (EMPTY_LEAVES.contains(tag.name)) { // an empty <MEMO> left open before its sibling: a leaf, not an aggregate
                events.leaf(tag.name, "", tag.line);
                pending = next;
                continue;
            }
            if (open.size() >= OfxEvents.MAX_DEPTH) {
                throw refuse(tag.line, "elements nested over " + OfxEvents.MAX_DEPTH + " deep");
            }
            open.push(new Open(tag.name, tag.line));
            pending = next;
        }
        if (!open.isEmpty()) {
            Open o = open.peek();
            throw refuse(o.line, "<" + o.name + "> is never closed (the file ends first)");
        }
        if (!rootSeen) {
            throw new FintermException(file + " is not an OFX file: it has no <OFX> element");
        }
    }

    private static void announce(Open parent, OfxEvents events) {
        if (!parent.started) {
            parent.started = true;
            events.start(parent.name, parent.line);
        }
    }

    private void close(Deque<Open> open, Tag tag, OfxEvents events) {
        while (true) {
            Open top = open.peek();
            if (top == null) {
                throw refuse(tag.line, "</" + tag.name + "> closes nothing that is open");
            }
            if (top.name.equals(tag.name)) {
                open.pop();
                if (top.started) {
                    events.end(top.name, tag.line);
                } else {
                    events.leaf(top.name, "", top.line);
                }
                return;
            }
            if (top.started) {
                throw refuse(tag.line, "</" + tag.name + "> where <" + top.name + "> (line " + top.line + ") must be closed first");
            }
            open.pop(); // an empty leaf left open: its parent's end tag closes it
            events.leaf(top.name, "", top.line);
            if (!open.isEmpty()) {
                announce(open.peek(), events);
            }
        }
    }

    /** The next tag, after nothing but white space; {@code null} at the end of the file. */
    private Tag nextTag(String after) throws IOException {
        int c;
        do {
            c = next();
        } while (c != -1 && Character.isWhitespace(c));
        if (c == -1) {
            return null;
        }
        if (c != '<') {
            String where = after == null ? "where a tag belongs" : "after " + after;
            throw refuse(line, "text " + quote((char) c + peekWord()) + " " + where);
        }
        long at = line;
        boolean end = false;
        c = next();
        if (c == '/') {
            end = true;
            c = next();
        }
        StringBuilder name = new StringBuilder();
        while (c != -1 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
            if (name.length() >= MAX_NAME) {
                throw refuse(at, "a tag name over " + MAX_NAME + " characters");
            }
            name.append((char) c);
            c = next();
        }
        if (c != '>' || name.isEmpty()) {
            throw refuse(at, "a malformed tag " + quote("<" + (end ? "/" : "") + name + (c == -1 ? "" : String.valueOf((char) c))));
        }
        return new Tag(name.toString().toUpperCase(java.util.Locale.ROOT), end, at);
    }

    /** An element's text, up to the next tag (which is left unread). */
    private String text(Tag tag) throws IOException {
        StringBuilder text = new StringBuilder();
        int c;
        while ((c = peek()) != -1 && c != '<') {
            next();
            if (text.length() >= OfxEvents.MAX_TEXT) {
                throw refuse(tag.line, "the text of <" + tag.name + "> is over 64 KiB");
            }
            text.append((char) c);
        }
        return text.toString();
    }

    private String peekWord() throws IOException {
        StringBuilder s = new StringBuilder();
        int c;
        while (s.length() < 20 && (c = peek()) != -1 && c != '<' && c != '\n' && c != '\r') {
            s.append((char) next());
        }
        return s.toString().strip();
    }

    private int peek() throws IOException {
        if (peeked == -2) {
            if (at == end) { // a reader's read() per character is slow (it locks): read in blocks
                end = Math.max(in.read(buffer), 0);
                at = 0;
            }
            peeked = at < end ? buffer[at++] : -1;
        }
        return peeked;
    }

    private int next() throws IOException {
        int c = peek();
        peeked = -2;
        if (c == -1) {
            return c;
        }
        if (++chars > OfxEvents.MAX_BYTES) {
            throw new FintermException(file + " is over 512 MiB, more than any bank statement: finterm does not read it");
        }
        if (c == '\n' && !lastWasCr || c == '\r') {
            line++;
        }
        lastWasCr = c == '\r';
        return c;
    }

    /** The five character entities SGML OFX uses; any other {@code &…;} stays as written. */
    static String entities(String s) {
        if (s.indexOf('&') < 0) {
            return s;
        }
        return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&apos;", "'").replace("&nbsp;", " ")
                .replace("&amp;", "&");
    }

    private static String quote(String s) {
        return "\"" + io.finterm.domain.Text.clean(s) + "\"";
    }

    private FintermException refuse(long at, String what) {
        return new FintermException(file + ", line " + at + ": " + what);
    }
}
