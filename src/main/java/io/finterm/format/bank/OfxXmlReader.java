package io.finterm.format.bank;

import io.finterm.domain.FintermException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The body of an OFX 2 file: XML, read with StAX as untrusted input. No DTD is read and no entity
 * is resolved; a DOCTYPE is refused outright (as {@code rates/EcbXml} refuses one), and the limits of
 * {@link OfxEvents} are checked while reading. The {@code <?OFX OFXHEADER="200" VERSION="…"?>}
 * processing instruction gives the version.
 */
final class OfxXmlReader {
    private static final Pattern VERSION = Pattern.compile("VERSION\\s*=\\s*\"(\\d+)\"");

    private final String file;
    private String version = "";

    OfxXmlReader(String file) {
        this.file = file;
    }

    /** The VERSION of the OFX processing instruction, or {@code ""} when there is none. */
    String version() {
        return version;
    }

    void read(InputStream bytes, OfxEvents events) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        XMLStreamReader xml = null;
        try {
            xml = factory.createXMLStreamReader(new Limited(bytes, file));
            walk(xml, events);
        } catch (XMLStreamException e) {
            long at = e.getLocation() == null ? 0 : e.getLocation().getLineNumber();
            String why = e.getMessage() == null ? "not well-formed" : e.getMessage().replaceAll("(?s)^ParseError at \\[[^]]*\\]\\s*Message:\\s*", "");
            throw new FintermException(file + (at > 0 ? ", line " + at : "") + ": not well-formed XML: " + io.finterm.domain.Text.clean(why));
        } finally {
            if (xml != null) {
                try {
                    xml.close();
                } catch (XMLStreamException ignored) {
                    // the stream is closed by the caller
                }
            }
        }
    }

    private void walk(XMLStreamReader xml, OfxEvents events) throws XMLStreamException {
        Deque<String> names = new ArrayDeque<>();
        Deque<Long> lines = new ArrayDeque<>();
        Deque<Boolean> started = new ArrayDeque<>();
        StringBuilder text = new StringBuilder();
        while (xml.hasNext()) {
            int event = xml.next();
            long line = xml.getLocation().getLineNumber();
            switch (event) {
                case XMLStreamConstants.DTD -> throw new FintermException(file + ", line " + line
                        + ": the file has a DOCTYPE, which an OFX file never needs; finterm refuses it (it could make the reader fetch or expand things)");
                case XMLStreamConstants.ENTITY_REFERENCE -> throw new FintermException(file + ", line " + line
                        + ": the entity &" + xml.getLocalName() + "; is not defined (no DOCTYPE is read)");
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> {
                    if ("OFX".equalsIgnoreCase(xml.getPITarget())) {
                        Matcher m = VERSION.matcher(xml.getPIData() == null ? "" : xml.getPIData());
                        version = m.find() ? m.group(1) : version;
                    }
                }
                case XMLStreamConstants.START_ELEMENT -> {
                    String name = xml.getLocalName().toUpperCase(Locale.ROOT);
                    if (names.isEmpty() && !name.equals("OFX")) {
                        throw new FintermException(file + " is not an OFX file: its first element is <" + name + ">, not <OFX>");
                    }
                    if (names.size() >= OfxEvents.MAX_DEPTH) {
                        throw new FintermException(file + ", line " + line + ": elements nested over " + OfxEvents.MAX_DEPTH + " deep");
                    }
                    if (!names.isEmpty() && !started.peek()) {
                        started.pop();
                        started.push(true);
                        events.start(names.peek(), lines.peek());
                    }
                    names.push(name);
                    lines.push(line);
                    started.push(false);
                    text.setLength(0);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (text.length() + xml.getTextLength() > OfxEvents.MAX_TEXT) {
                        throw new FintermException(file + ", line " + line + ": the text of <" + names.peek() + "> is over 64 KiB");
                    }
                    text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    String name = names.pop();
                    long at = lines.pop();
                    if (started.pop()) {
                        events.end(name, line);
                    } else {
                        events.leaf(name, text.toString().strip(), at);
                    }
                    text.setLength(0);
                }
                default -> {
                    // comments and the document's start and end say nothing about transactions
                }
            }
        }
    }

    /** Refuses a file over {@link OfxEvents#MAX_BYTES} while it is read, before it fills memory. */
    private static final class Limited extends FilterInputStream {
        private final String file;
        private long count;

        Limited(InputStream in, String file) {
            super(in);
            this.file = file;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int n) {
            count += n;
            if (count > OfxEvents.MAX_BYTES) {
                throw new FintermException(file + " is over 512 MiB, more than any bank statement: finterm does not read it");
            }
        }
    }
}
