package io.finterm.rates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The ECB's XML reference rates ({@code eurofxref-daily.xml}, {@code -hist-90d.xml}, {@code -hist.xml}):
 * {@code <Cube time='2024-03-05'><Cube currency='USD' rate='1.0856'/>…</Cube>}. The file comes from the
 * network, so the parser refuses any DOCTYPE (and with it every entity, internal or external) and
 * reads no other resource.
 */
public final class EcbXml {
    private EcbXml() {
    }

    public static List<PublishedRate> parse(byte[] xml, String source) {
        Element root;
        try {
            root = parser().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (SAXException e) {
            throw new RateFileException(source + " is not a rates file: " + e.getMessage());
        } catch (IOException e) {
            throw new RateFileException(source + " could not be read: " + e.getMessage(), e);
        }
        List<PublishedRate> rates = new ArrayList<>();
        NodeList cubes = root.getElementsByTagNameNS("*", "Cube");
        int days = 0;
        for (int i = 0; i < cubes.getLength(); i++) {
            Element day = (Element) cubes.item(i);
            if (!day.hasAttribute("time")) {
                continue;
            }
            days++;
            String where = source + ", day " + days;
            var date = Values.date(day.getAttribute("time"), where);
            NodeList entries = day.getElementsByTagNameNS("*", "Cube");
            for (int j = 0; j < entries.getLength(); j++) {
                Element e = (Element) entries.item(j);
                String at = where + " (" + date + "), rate " + (j + 1);
                rates.add(new PublishedRate(date, Values.currency(e.getAttribute("currency"), at), Values.rate(e.getAttribute("rate"), at)));
            }
        }
        if (days == 0) {
            throw new RateFileException(source + " holds no rates (no <Cube time='…'> element)");
        }
        return rates;
    }

    private static DocumentBuilder parser() {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(new ErrorHandler() { // the default one prints to stderr, over the screen
                @Override
                public void warning(SAXParseException e) {
                }

                @Override
                public void error(SAXParseException e) throws SAXException {
                    throw e;
                }

                @Override
                public void fatalError(SAXParseException e) throws SAXException {
                    throw e;
                }
            });
            return b;
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be made safe", e);
        }
    }
}
