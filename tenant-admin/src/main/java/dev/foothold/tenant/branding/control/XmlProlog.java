package dev.foothold.tenant.branding.control;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What precedes the first element of a text file that may be XML: the root element's name, whether
 * a document type declaration came before it, and the encoding its XML declaration names. Read
 * without an XML parser, so that a file is only handed to the parser once it looks like an SVG
 * without a DOCTYPE.
 *
 * @param rootName the qualified name of the first element, or null when none was found
 * @param doctype whether a {@code <!DOCTYPE} came before the first element
 * @param encoding the {@code encoding} of the XML declaration, or null when there is none
 */
record XmlProlog(String rootName, boolean doctype, String encoding) {

  private static final Pattern ENCODING =
      Pattern.compile("\\sencoding\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)')");

  /** Reads the prolog of UTF-8 (or ASCII) text, with or without a byte order mark. */
  static XmlProlog read(byte[] bytes) {
    int offset = hasUtf8ByteOrderMark(bytes) ? 3 : 0;
    // ISO-8859-1 maps every byte to one char, so the ASCII markup is found whatever follows it.
    String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.ISO_8859_1);
    String encoding = declaredEncoding(text);
    boolean doctype = false;
    int at = skipWhitespace(text, 0);
    while (at >= 0 && at < text.length()) {
      if (text.startsWith("<?", at)) {
        at = indexAfter(text, "?>", at + 2);
      } else if (text.startsWith("<!--", at)) {
        at = indexAfter(text, "-->", at + 4);
      } else if (text.regionMatches(true, at, "<!DOCTYPE", 0, 9)) {
        doctype = true;
        at = indexAfterDoctype(text, at + 9);
      } else if (text.startsWith("<", at)) {
        return new XmlProlog(elementName(text, at + 1), doctype, encoding);
      } else {
        return new XmlProlog(null, doctype, encoding);
      }
      at = at < 0 ? at : skipWhitespace(text, at);
    }
    return new XmlProlog(null, doctype, encoding);
  }

  /** The encoding named by an XML declaration, which can only come first. */
  private static String declaredEncoding(String text) {
    if (!text.startsWith("<?xml") || text.length() < 6 || !isXmlWhitespace(text.charAt(5))) {
      return null;
    }
    int end = text.indexOf("?>");
    Matcher encoding = ENCODING.matcher(end < 0 ? text : text.substring(0, end));
    if (!encoding.find()) {
      return null;
    }
    return encoding.group(1) != null ? encoding.group(1) : encoding.group(2);
  }

  /** Whether the first element is {@code svg}, with or without a prefix. */
  boolean rootIsSvg() {
    return rootName != null && (rootName.equals("svg") || rootName.endsWith(":svg"));
  }

  /** Whether the first element is {@code html}, in any case. */
  boolean rootIsHtml() {
    return rootName != null && rootName.equalsIgnoreCase("html");
  }

  private static boolean hasUtf8ByteOrderMark(byte[] bytes) {
    return bytes.length >= 3
        && bytes[0] == (byte) 0xEF
        && bytes[1] == (byte) 0xBB
        && bytes[2] == (byte) 0xBF;
  }

  private static int skipWhitespace(String text, int at) {
    while (at < text.length() && isXmlWhitespace(text.charAt(at))) {
      at++;
    }
    return at;
  }

  private static boolean isXmlWhitespace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  private static int indexAfter(String text, String end, int from) {
    int found = text.indexOf(end, from);
    return found < 0 ? -1 : found + end.length();
  }

  /** Skips a DOCTYPE, including an internal subset in brackets and quoted identifiers. */
  private static int indexAfterDoctype(String text, int from) {
    int depth = 0;
    char quote = 0;
    for (int i = from; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        quote = c == quote ? 0 : quote;
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth--;
      } else if (c == '>' && depth <= 0) {
        return i + 1;
      }
    }
    return -1;
  }

  private static String elementName(String text, int from) {
    int end = from;
    while (end < text.length()) {
      char c = text.charAt(end);
      if (isXmlWhitespace(c) || c == '>' || c == '/') {
        break;
      }
      end++;
    }
    return end == from ? null : text.substring(from, end);
  }
}
