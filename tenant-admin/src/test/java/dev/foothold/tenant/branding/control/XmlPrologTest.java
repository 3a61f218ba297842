package dev.foothold.tenant.branding.control;

import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class XmlPrologTest {

  static XmlProlog read(String text) {
    return XmlProlog.read(text.getBytes(UTF_8));
  }

  @Test
  void findsTheRootAfterByteOrderMarkDeclarationCommentsAndInstructions() {
    var prolog =
        read(
            "\uFEFF<?xml version=\"1.0\"?>\n"
                + "<!-- a <svg> in a comment -->\n"
                + "<?pi x?>\n"
                + "<svg a=\"1\">");
    assertEquals("svg", prolog.rootName());
    assertTrue(prolog.rootIsSvg());
    assertFalse(prolog.doctype());
  }

  @Test
  void findsADoctypeWithAnInternalSubsetAndTheRootAfterIt() {
    var prolog =
        read("<!-- x --><!doctype svg [<!ENTITY a \"]>\"><!ENTITY b 'x'>]>\n<s:svg xmlns:s='x'/>");
    assertTrue(prolog.doctype());
    assertEquals("s:svg", prolog.rootName());
    assertTrue(prolog.rootIsSvg());
  }

  @Test
  void readsTheDeclaredEncoding() {
    assertEquals("UTF-7", read("<?xml version='1.0' encoding = \"UTF-7\" ?><svg/>").encoding());
    assertNull(read("<?xml version='1.0'?><svg/>").encoding());
    assertNull(read("<svg/>").encoding());
  }

  @Test
  void findsNoRootInOtherFiles() {
    assertNull(read("").rootName());
    assertNull(read("hello <svg/>").rootName());
    assertNull(read("<!-- never closed <svg/>").rootName());
    assertNull(XmlProlog.read("<svg/>".getBytes(UTF_16)).rootName());
  }

  @Test
  void tellsHtmlFromSvg() {
    assertTrue(read("<!DOCTYPE html>\n<HTML lang=en>").rootIsHtml());
    assertFalse(read("<svg/>").rootIsHtml());
    assertFalse(read("<svgx/>").rootIsSvg());
    assertFalse(read("<SVG/>").rootIsSvg());
  }
}
