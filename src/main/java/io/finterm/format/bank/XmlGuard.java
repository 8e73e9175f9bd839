package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import io.finterm.domain.Text;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * A StAX reader for an XML file nobody vouches for: no DTD (a DOCTYPE is refused before anything in it
 * is acted on), no external entities, and limits checked while the bytes come in, so a hostile file is
 * refused before it can fill the memory: the file's size, the nesting depth and the length of one text.
 * Every problem is a {@link FintermException} naming the file and, where there is one, the line.
 */
final class XmlGuard implements AutoCloseable {
    /** The limits (entries is for the format's reader to check); the tests make them small. */
    record Limits(long bytes, int depth, int text, int entries, int markup) {
        static final Limits DEFAULT = new Limits(512L << 20, 64, 64 << 10, 2_000_000, MarkupGuard.MAX);

        Limits(long bytes, int depth, int text, int entries) {
            this(bytes, depth, text, entries, MarkupGuard.MAX);
        }
    }

    private final String name;
    private final Limits limits;
    private final InputStream in;
    private final XMLStreamReader reader;
    private int depth;
    /** The names of the open elements by depth, for messages. */
    private final String[] open;
    /** The length of the text read since the last tag. */
    private long textLength;

    XmlGuard(ImportSource source, Limits limits) {
        this.name = Text.clean(source.name());
        this.limits = limits;
        this.open = new String[limits.depth() + 2];
        open[0] = "";
        try {
            this.in = new Counted(source.open());
        } catch (IOException e) {
            throw new FintermException(name + " could not be read: " + Text.clean(e.getMessage()), e);
        }
        XMLInputFactory f = XMLInputFactory.newDefaultFactory(); // the JDK's, whatever else is on the class path
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, false); // texts come in pieces, so their length is checked as they grow
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        try {
            this.reader = f.createXMLStreamReader(in);
        } catch (XMLStreamException e) {
            close();
            throw broken(e);
        } catch (RuntimeException e) {
            close();
            throw e;
        }
    }

    /** The file's name, cleaned, for messages. */
    String name() {
        return name;
    }

    Limits limits() {
        return limits;
    }

    /** The line the reader is at (for a start tag, the line it ends on). */
    long line() {
        return reader.getLocation().getLineNumber();
    }

    /** The next start or end tag (texts are read with {@link #text}); END_DOCUMENT at the end. */
    int nextTag() {
        while (true) {
            int event = next();
            if (event == XMLStreamConstants.START_ELEMENT || event == XMLStreamConstants.END_ELEMENT
                    || event == XMLStreamConstants.END_DOCUMENT) {
                return event;
            }
        }
    }

    /**
     * After a start tag: its text up to its end tag (which is consumed), or {@code null} when it has
     * child elements instead (the reader then stands on the first child's start tag).
     */
    String text() {
        StringBuilder text = new StringBuilder();
        while (true) {
            int event = next();
            switch (event) {
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                    text.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength()); // limited by next()
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new FintermException(name + ": line " + line()
                        + ": the entity &" + Text.clean(reader.getLocalName()) + "; is not defined; finterm reads no entities");
                case XMLStreamConstants.END_ELEMENT -> {
                    return text.toString();
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    return null;
                }
                case XMLStreamConstants.END_DOCUMENT -> throw truncated();
                default -> {
                    // comments and processing instructions say nothing about money
                }
            }
        }
    }

    /**
     * The next event of any kind, within the same limits as {@link #nextTag}: for a reader that walks
     * the events itself (OFX 2, whose leaves and aggregates are told apart only by what follows).
     */
    int event() {
        return next();
    }

    /** On a processing instruction: its target ({@code OFX} in {@code <?OFX VERSION="220"?>}). */
    String instructionTarget() {
        return reader.getPITarget();
    }

    /** On a processing instruction: the text after its target, or {@code ""}. */
    String instructionData() {
        String data = reader.getPIData();
        return data == null ? "" : data;
    }

    /** On a text event: appends its characters (their length was already checked against the limit). */
    void appendText(StringBuilder to) {
        to.append(reader.getTextCharacters(), reader.getTextStart(), reader.getTextLength());
    }

    /** The value of an attribute of the start tag the reader stands on, or {@code null}. */
    String attribute(String localName) {
        for (int i = 0; i < reader.getAttributeCount(); i++) {
            if (reader.getAttributeLocalName(i).equals(localName)) {
                return reader.getAttributeValue(i);
            }
        }
        return null;
    }

    String localName() {
        return reader.getLocalName();
    }

    String namespace() {
        String ns = reader.getNamespaceURI();
        return ns == null ? "" : ns;
    }

    /** Inside an element: true on the next child's start tag, false on the element's own end tag. */
    boolean nextChild() {
        int event = nextTag();
        if (event == XMLStreamConstants.END_DOCUMENT) {
            throw truncated();
        }
        return event == XMLStreamConstants.START_ELEMENT;
    }

    /** After a start tag: reads past its end tag, whatever is inside (still within the limits). */
    void skip() {
        int level = 1;
        while (level > 0) {
            level += nextChild() ? 1 : -1;
        }
    }

    private int next() {
        int event;
        try {
            if (!reader.hasNext()) {
                return XMLStreamConstants.END_DOCUMENT;
            }
            event = reader.next();
        } catch (XMLStreamException e) {
            throw broken(e);
        }
        if (event == XMLStreamConstants.DTD) {
            throw new FintermException(name + ": line " + line() + ": the file has a DOCTYPE, which a bank statement never has; "
                    + "finterm refuses it rather than read what it points to");
        }
        switch (event) {
            case XMLStreamConstants.START_ELEMENT -> {
                if (++depth > limits.depth()) {
                    throw new FintermException(name + ": line " + line() + ": the elements nest over " + limits.depth()
                            + " deep, deeper than any bank statement; finterm refuses the file");
                }
                open[depth] = reader.getLocalName();
                textLength = 0;
            }
            case XMLStreamConstants.END_ELEMENT -> {
                depth--;
                textLength = 0;
            }
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                textLength += reader.getTextLength(); // the parser hands a long text over in pieces: it is refused as it grows
                if (textLength > limits.text()) {
                    throw new FintermException(name + ": line " + line() + ": the text of <" + Text.clean(open[Math.max(depth, 0)])
                            + "> is over " + (limits.text() >> 10) + " KiB, more than a bank statement ever holds; finterm refuses it");
                }
            }
            default -> {
                // comments and instructions are limited in size by the markup guard
            }
        }
        return event;
    }

    private FintermException truncated() {
        return new FintermException(name + ": line " + line() + ": the file ends in the middle of an element (is it cut short?)");
    }

    /** The parser's own message without its "ParseError at [row,col]" prefix: the line is said once, by us. */
    private FintermException broken(XMLStreamException e) {
        if (e.getNestedException() instanceof FintermException f) {
            return f;
        }
        if (e.getNestedException() instanceof IOException io) {
            return new FintermException(name + " could not be read: " + Text.clean(io.getMessage()), e);
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        int at = message.indexOf("Message: ");
        message = at >= 0 ? message.substring(at + "Message: ".length()) : message;
        String line = e.getLocation() == null ? "" : "line " + e.getLocation().getLineNumber() + ": ";
        return new FintermException(name + ": " + line + "not well-formed XML: " + Text.clean(message), e);
    }

    @Override
    public void close() {
        try {
            if (reader != null) {
                reader.close();
            }
        } catch (XMLStreamException e) {
            // the bytes were already read or refused; nothing is lost
        }
        try {
            in.close();
        } catch (IOException e) {
            // as above
        }
    }

    /** Counts the bytes as the parser pulls them, and stops it at the size limit. */
    private final class Counted extends FilterInputStream {
        private final MarkupGuard markup = new MarkupGuard(name, limits.markup());
        private long count;

        Counted(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            counted(b < 0 ? 0 : 1);
            if (b >= 0) {
                markup.accept(b);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            counted(Math.max(n, 0));
            if (n > 0) {
                markup.accept(b, off, n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException { // through read, so that skipped bytes are counted and watched too
            byte[] buffer = new byte[(int) Math.min(Math.max(n, 0), 8192)];
            int read = buffer.length == 0 ? 0 : read(buffer, 0, buffer.length);
            return Math.max(read, 0);
        }

        private void counted(int n) {
            count += n;
            if (count > limits.bytes()) {
                throw new FintermException(name + " is over " + (limits.bytes() >> 20) + " MiB, larger than any bank statement; "
                        + "finterm refuses it (ask the bank for a shorter period)");
            }
        }
    }
}
