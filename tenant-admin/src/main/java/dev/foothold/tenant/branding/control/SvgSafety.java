package dev.foothold.tenant.branding.control;

import dev.foothold.tenant.branding.control.BrandingRejected.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Refuses an SVG logo that could run code or load anything from outside itself once a browser shows
 * it. It refuses rather than cleans: a logo that needs cleaning goes back to its owner, who can
 * export it again or upload a PNG. References are held to what is allowed: a part of the logo
 * ({@code #id}) or an embedded PNG or JPEG data URL. Elements, attributes, styles and processing
 * instructions are held to what is known to run code or load content, and anything found is named
 * in the message.
 *
 * <p>The file is parsed by the JDK's own parser with DOCTYPEs disallowed, so no entity is ever
 * expanded and no external file or URL is ever read.
 */
final class SvgSafety {

  private static final String SVG_NAMESPACE = "http://www.w3.org/2000/svg";
  private static final String XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

  /** Elements that embed other content or react to events; animations are refused separately. */
  private static final Set<String> EMBEDDING =
      Set.of(
          "foreignobject",
          "iframe",
          "frame",
          "object",
          "embed",
          "audio",
          "video",
          "handler",
          "listener");

  private static final String REMEDY = "remove it or upload the logo as a PNG.";
  private static final int EXCERPT_LENGTH = 60;

  private SvgSafety() {}

  /**
   * Refuses an unsafe or malformed SVG.
   *
   * @param bytes the SVG file
   * @param prolog what {@link XmlProlog#read(byte[])} found before the root element
   * @throws BrandingRejected with {@code logo-unsafe-svg}, {@code logo-invalid-svg}, or {@code
   *     logo-type} when the root element is {@code svg} in a namespace other than SVG's
   */
  static void requireSafe(byte[] bytes, XmlProlog prolog) {
    if (prolog.doctype()) {
      throw unsafe(
          "The SVG logo contains a document type declaration (<!DOCTYPE …>), which is not allowed"
              + " for safety reasons; delete the line that starts with <!DOCTYPE, or upload the"
              + " logo as a PNG.");
    }
    if (prolog.encoding() != null && !isUtf8OrAscii(prolog.encoding())) {
      // a browser and the JDK may decode other encodings differently, and see different markup
      throw new BrandingRejected(
          Reason.LOGO_INVALID_SVG,
          "The SVG logo is saved in the "
              + excerpt(prolog.encoding())
              + " character encoding; save it as UTF-8 or upload the logo as a PNG.");
    }
    Document document = parse(bytes);
    requireSvgRoot(document.getDocumentElement());
    for (Node node = document.getFirstChild(); node != null; node = next(node)) {
      inspect(node);
    }
  }

  private static boolean isUtf8OrAscii(String encoding) {
    return encoding.equalsIgnoreCase("UTF-8") || encoding.equalsIgnoreCase("US-ASCII");
  }

  private static Document parse(byte[] bytes) {
    try {
      DocumentBuilder builder = hardenedFactory().newDocumentBuilder();
      builder.setEntityResolver(
          (publicId, systemId) -> {
            throw new SAXException("External entities are not read: " + systemId);
          });
      builder.setErrorHandler(new Strict());
      return builder.parse(new InputSource(new ByteArrayInputStream(bytes)));
    } catch (SAXParseException e) {
      throw malformed(" (near line " + e.getLineNumber() + ")");
    } catch (SAXException | IOException e) {
      throw malformed("");
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("The JDK's XML parser cannot be hardened", e);
    }
  }

  /**
   * The JDK's built-in parser (never one found on the class path), with DOCTYPEs disallowed and
   * every other door to external content shut as well.
   */
  private static DocumentBuilderFactory hardenedFactory() throws ParserConfigurationException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setValidating(false);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    return factory;
  }

  private static void requireSvgRoot(Element root) {
    String namespace = root.getNamespaceURI();
    boolean svg =
        "svg".equals(root.getLocalName()) && (namespace == null || SVG_NAMESPACE.equals(namespace));
    if (!svg) {
      throw new BrandingRejected(
          Reason.LOGO_TYPE,
          "The logo is an XML file but not an SVG image; upload a PNG, JPEG or SVG image.");
    }
  }

  /** The next node in document order, without recursion, so deep nesting cannot overflow. */
  private static Node next(Node node) {
    if (node.getFirstChild() != null) {
      return node.getFirstChild();
    }
    for (Node at = node; at != null; at = at.getParentNode()) {
      if (at.getNextSibling() != null) {
        return at.getNextSibling();
      }
    }
    return null;
  }

  private static void inspect(Node node) {
    switch (node.getNodeType()) {
      case Node.ELEMENT_NODE -> inspectElement((Element) node);
      case Node.PROCESSING_INSTRUCTION_NODE ->
          throw unsafe(
              "The SVG logo contains a processing instruction (<?"
                  + excerpt(node.getNodeName())
                  + " …?>), which could load content from outside the logo; "
                  + REMEDY);
      case Node.DOCUMENT_TYPE_NODE, Node.ENTITY_NODE, Node.ENTITY_REFERENCE_NODE ->
          throw unsafe(
              "The SVG logo contains a document type declaration or entity, which is not allowed"
                  + " for safety reasons; "
                  + REMEDY);
      default -> {
        // text, comments and CDATA are shown or ignored, never run; <style> text is read below
      }
    }
  }

  private static void inspectElement(Element element) {
    String name = element.getLocalName() == null ? element.getTagName() : element.getLocalName();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("script")) {
      throw unsafe(
          "The SVG logo contains a script element; upload it without scripts or use a PNG.");
    }
    if (lower.equals("set") || lower.startsWith("animate")) {
      throw unsafe(
          "The SVG logo contains an animation ("
              + withArticle(name)
              + " element), which is not allowed in a logo; remove the animation or upload the"
              + " logo as a PNG.");
    }
    if (EMBEDDING.contains(lower)) {
      throw unsafe(
          "The SVG logo contains "
              + withArticle(name)
              + " element, which can embed or run other content; "
              + REMEDY);
    }
    if (XHTML_NAMESPACE.equals(element.getNamespaceURI())) {
      throw unsafe(
          "The SVG logo contains web page content (an HTML "
              + name
              + " element), which is not allowed in a logo; "
              + REMEDY);
    }
    NamedNodeMap attributes = element.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      inspectAttribute((Attr) attributes.item(i));
    }
    if (lower.equals("style")) {
      inspectCss(element.getTextContent(), true);
    }
  }

  private static void inspectAttribute(Attr attribute) {
    if (XMLConstants.XMLNS_ATTRIBUTE_NS_URI.equals(attribute.getNamespaceURI())) {
      return; // a namespace declaration names a namespace; it loads nothing
    }
    String name = attribute.getLocalName() == null ? attribute.getName() : attribute.getLocalName();
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.startsWith("on")) {
      throw unsafe(
          "The SVG logo contains an event handler (the "
              + attribute.getName()
              + " attribute), which could run code; "
              + REMEDY);
    }
    if (lower.equals("href") || lower.equals("src")) {
      inspectReference(attribute.getValue());
    }
    inspectCss(attribute.getValue(), lower.equals("style"));
  }

  /** A reference may point inside the logo or embed a PNG or JPEG; nothing else. */
  private static void inspectReference(String value) {
    String reference = value.strip();
    String lower = reference.toLowerCase(Locale.ROOT);
    if (reference.startsWith("#")
        || lower.startsWith("data:image/png;base64,")
        || lower.startsWith("data:image/jpeg;base64,")) {
      return;
    }
    if (withoutSpaceOrControls(lower).startsWith("javascript:")) {
      throw unsafe("The SVG logo contains a javascript: link, which could run code; " + REMEDY);
    }
    throw unsafe(
        "The SVG logo refers to "
            + quoted(reference)
            + ". A logo may only refer to its own parts (#…) or embed PNG or JPEG images;"
            + " remove the reference or upload the logo as a PNG.");
  }

  /**
   * Refuses CSS that could load outside content or run code. Applied to {@code <style>} elements
   * and style attributes, and to every other attribute too, since presentation attributes such as
   * {@code fill} accept {@code url(…)} as well.
   *
   * @param styleContext whether this is a {@code <style>} element or a {@code style} attribute,
   *     where CSS escapes could hide any of the rest
   */
  private static void inspectCss(String css, boolean styleContext) {
    String lower = css.toLowerCase(Locale.ROOT);
    if (styleContext && css.indexOf('\\') >= 0) {
      throw unsafe(
          "The SVG logo's styles contain escaped characters (\\), which can hide unsafe content;"
              + " remove them or upload the logo as a PNG.");
    }
    if (lower.contains("@import")) {
      throw unsafe(
          "The SVG logo's styles import another style sheet (@import), which loads content from"
              + " outside the logo; "
              + REMEDY);
    }
    if (lower.contains("expression(")) {
      throw unsafe(
          "The SVG logo's styles contain a script expression (expression(…)), which could run"
              + " code; "
              + REMEDY);
    }
    if (withoutSpaceOrControls(lower).contains("javascript:")) {
      throw unsafe("The SVG logo contains a javascript: link, which could run code; " + REMEDY);
    }
    if (lower.contains("image-set(")) {
      throw unsafe(
          "The SVG logo's styles load images with image-set(…), which can fetch them from outside"
              + " the logo; "
              + REMEDY);
    }
    for (int at = lower.indexOf("url("); at >= 0; at = lower.indexOf("url(", at + 4)) {
      if (!pointsInside(css.substring(at + 4))) {
        throw unsafe(
            "The SVG logo's styles load content from outside the logo ("
                + excerpt(css.substring(at))
                + "). Only references to the logo's own parts, url(#…), are allowed;"
                + " remove the others or upload the logo as a PNG.");
      }
    }
  }

  /** Whether the argument of a {@code url(} starts with {@code #}, after spaces and a quote. */
  private static boolean pointsInside(String argument) {
    String target = argument.stripLeading();
    if (target.startsWith("\"") || target.startsWith("'")) {
      target = target.substring(1).stripLeading();
    }
    return target.startsWith("#");
  }

  private static String withArticle(String name) {
    return ("aeiou".indexOf(Character.toLowerCase(name.charAt(0))) >= 0 ? "an " : "a ") + name;
  }

  private static String withoutSpaceOrControls(String value) {
    return value.replaceAll("[\\s\\p{Cntrl}]", "");
  }

  private static String quoted(String value) {
    return "\"" + excerpt(value) + "\"";
  }

  /** A short, printable piece of what was found, safe to put in a message. */
  private static String excerpt(String value) {
    String printable = value.replaceAll("[\\p{Cntrl}\\p{Cf}]", " ").strip();
    return printable.length() <= EXCERPT_LENGTH
        ? printable
        : printable.substring(0, EXCERPT_LENGTH) + "…";
  }

  private static BrandingRejected unsafe(String message) {
    return new BrandingRejected(Reason.LOGO_UNSAFE_SVG, message);
  }

  private static BrandingRejected malformed(String where) {
    return new BrandingRejected(
        Reason.LOGO_INVALID_SVG,
        "The SVG logo could not be read: the file is damaged or incomplete"
            + where
            + ". Export it again from your design program or upload a PNG.");
  }

  /** Stops at the first error instead of printing it and carrying on. */
  private static final class Strict implements ErrorHandler {
    @Override
    public void warning(SAXParseException e) {
      // warnings do not make a file unsafe or unreadable
    }

    @Override
    public void error(SAXParseException e) throws SAXParseException {
      throw e;
    }

    @Override
    public void fatalError(SAXParseException e) throws SAXParseException {
      throw e;
    }
  }
}
