package dev.foothold.tenant.branding.control;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.foothold.tenant.branding.control.BrandingRejected.Reason;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SvgSafetyTest {

  static final String NS = "xmlns=\"http://www.w3.org/2000/svg\"";
  static final String XLINK = "xmlns:xlink=\"http://www.w3.org/1999/xlink\"";

  /** A 1×1 PNG, as a design program embeds it. */
  static final String PNG_DATA =
      "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk"
          + "+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==";

  /** Counts what an XXE attempt would fetch, if the parser ever fetched anything. */
  HttpServer listener;

  final AtomicInteger fetched = new AtomicInteger();

  @BeforeEach
  void listen() throws IOException {
    listener = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    listener.createContext(
        "/",
        exchange -> {
          fetched.incrementAndGet();
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    listener.start();
  }

  @AfterEach
  void stop() {
    listener.stop(0);
  }

  String listenerUrl(String path) {
    return "http://127.0.0.1:" + listener.getAddress().getPort() + path;
  }

  static Logo check(String svg) {
    return LogoCheck.check(svg.getBytes(UTF_8));
  }

  static BrandingRejected refused(String svg) {
    return assertThrows(BrandingRejected.class, () -> check(svg));
  }

  static BrandingRejected refusedAsUnsafe(String svg) {
    var rejected = refused(svg);
    assertEquals(Reason.LOGO_UNSAFE_SVG, rejected.reason(), rejected.getMessage());
    assertEquals("logo-unsafe-svg", rejected.reason().code());
    return rejected;
  }

  // --- accepted ---

  @Test
  void aCleanLogoAsDesignProgramsExportItIsAccepted() {
    String svg =
        "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"no\"?>\n"
            + "<!-- Created with a design program -->\n"
            + "<svg "
            + NS
            + " "
            + XLINK
            + " xmlns:inkscape=\"http://www.inkscape.org/namespaces/inkscape\" width=\"120\""
            + " height=\"40\" viewBox=\"0 0 120 40\" inkscape:version=\"1.3\">\n"
            + "  <title>Demo Coaching</title>\n"
            + "  <defs>\n"
            + "    <linearGradient id=\"g\"><stop offset=\"0\""
            + " stop-color=\"#1A73E8\"/></linearGradient>\n"
            + "    <style><![CDATA[ .mark { fill: url(#g); stroke: url( '#g' ) } ]]></style>\n"
            + "    <path id=\"p\" d=\"M0 0h10v10z\"/>\n"
            + "  </defs>\n"
            + "  <rect class=\"mark\" width=\"40\" height=\"40\" style=\"fill:url('#g')\"/>\n"
            + "  <circle r=\"5\" fill=\"url(#g)\"/>\n"
            + "  <use href=\"#p\" x=\"50\"/><use xlink:href=\"#p\" x=\"60\"/>\n"
            + "  <image width=\"1\" height=\"1\" href=\""
            + PNG_DATA
            + "\"/>\n"
            + "  <a href=\"#p\"><text x=\"70\" y=\"30\" fill=\"#333\">Demo</text></a>\n"
            + "</svg>\n";
    assertEquals(Logo.SVG, check(svg).mediaType());
  }

  @Test
  void anSvgWithoutNamespaceIsAccepted() {
    assertEquals(Logo.SVG, check("<svg width=\"1\" height=\"1\"><rect/></svg>").mediaType());
  }

  @Test
  void aPrefixedSvgIsAccepted() {
    assertEquals(
        Logo.SVG,
        check("<s:svg xmlns:s=\"http://www.w3.org/2000/svg\"><s:circle r=\"1\"/></s:svg>")
            .mediaType());
  }

  @Test
  void anEmbeddedJpegIsAccepted() {
    assertEquals(
        Logo.SVG,
        check("<svg " + NS + "><image href=\" DATA:image/JPEG;base64,/9j/4AAQ\"/></svg>")
            .mediaType());
  }

  @Test
  void anSvgRootInAnotherNamespaceIsNotAnSvg() {
    var rejected = refused("<svg xmlns=\"http://example.com/not-svg\"/>");
    assertEquals(Reason.LOGO_TYPE, rejected.reason());
  }

  @Test
  void deepNestingDoesNotOverflow() {
    int depth = 50_000;
    String svg = "<svg " + NS + ">" + "<g>".repeat(depth) + "</g>".repeat(depth) + "</svg>";
    assertEquals(Logo.SVG, check(svg).mediaType());
  }

  // --- refused: what a browser would run or fetch ---

  @Test
  void aScriptElementIsRefused() {
    var rejected = refusedAsUnsafe("<svg " + NS + "><script>alert(document.cookie)</script></svg>");
    assertEquals(
        "The SVG logo contains a script element; upload it without scripts or use a PNG.",
        rejected.getMessage());
  }

  @Test
  void aScriptInAnyNamespaceIsRefused() {
    refusedAsUnsafe(
        "<svg " + NS + " xmlns:h=\"http://www.w3.org/1999/xhtml\"><h:script>x()</h:script></svg>");
  }

  @Test
  void anOnloadAttributeIsRefused() {
    var rejected = refusedAsUnsafe("<svg " + NS + " onload=\"alert(1)\"/>");
    assertTrue(rejected.getMessage().contains("onload"), rejected.getMessage());
  }

  @Test
  void anEventAttributeInAnyCaseIsRefused() {
    refusedAsUnsafe("<svg " + NS + "><rect ONMOUSEOVER=\"alert(1)\"/></svg>");
  }

  @Test
  void aJavascriptLinkIsRefused() {
    var rejected =
        refusedAsUnsafe("<svg " + NS + "><a href=\"javascript:alert(1)\"><rect/></a></svg>");
    assertTrue(rejected.getMessage().contains("javascript:"), rejected.getMessage());
  }

  @Test
  void aDisguisedJavascriptXlinkIsRefused() {
    refusedAsUnsafe(
        "<svg "
            + NS
            + " "
            + XLINK
            + "><a xlink:href=\" JaVa&#9;ScRiPt:alert(1)\"><rect/></a></svg>");
  }

  @Test
  void anExternalHrefIsRefusedAndQuoted() {
    var rejected =
        refusedAsUnsafe("<svg " + NS + "><image href=\"http://tracker.example/pixel.png\"/></svg>");
    assertTrue(
        rejected.getMessage().contains("\"http://tracker.example/pixel.png\""),
        rejected.getMessage());
  }

  @Test
  void anExternalUseIsRefused() {
    refusedAsUnsafe(
        "<svg " + NS + " " + XLINK + "><use xlink:href=\"https://evil.example/a.svg#x\"/></svg>");
  }

  @Test
  void anEmbeddedSvgImageIsRefused() {
    refusedAsUnsafe("<svg " + NS + "><image href=\"data:image/svg+xml;base64,PHN2Zz4=\"/></svg>");
  }

  @Test
  void aForeignObjectIsRefused() {
    var rejected =
        refusedAsUnsafe(
            "<svg "
                + NS
                + "><foreignObject><body xmlns=\"http://www.w3.org/1999/xhtml\">"
                + "<iframe src=\"https://evil.example\"/></body></foreignObject></svg>");
    assertTrue(rejected.getMessage().contains("foreignObject"), rejected.getMessage());
  }

  @ParameterizedTest
  @MethodSource("embeddingAndAnimation")
  void embeddingAndAnimationElementsAreRefused(String element) {
    refusedAsUnsafe("<svg " + NS + ">" + element + "</svg>");
  }

  static Stream<String> embeddingAndAnimation() {
    return Stream.of(
        "<iframe/>",
        "<object data=\"#x\"/>",
        "<embed/>",
        "<audio/>",
        "<video/>",
        "<handler/>",
        "<listener/>",
        "<set attributeName=\"href\" to=\"javascript:alert(1)\"/>",
        "<animate attributeName=\"href\" values=\"javascript:alert(1)\"/>",
        "<animateTransform attributeName=\"transform\" type=\"rotate\"/>",
        "<animateMotion path=\"M0 0\"/>",
        "<h:div xmlns:h=\"http://www.w3.org/1999/xhtml\">hi</h:div>");
  }

  @Test
  void aStyleAttributeLoadingFromOutsideIsRefused() {
    var rejected =
        refusedAsUnsafe(
            "<svg " + NS + "><rect style=\"fill: url(http://tracker.example/x.svg#g)\"/></svg>");
    assertTrue(rejected.getMessage().contains("url(http://tracker.example"), rejected.getMessage());
  }

  @Test
  void aPresentationAttributeLoadingFromOutsideIsRefused() {
    refusedAsUnsafe("<svg " + NS + "><rect filter=\"url('https://evil.example/f.svg#f')\"/></svg>");
  }

  @ParameterizedTest
  @MethodSource("unsafeStyleSheets")
  void aStyleElementThatLoadsOrRunsIsRefused(String css) {
    refusedAsUnsafe("<svg " + NS + "><style><![CDATA[" + css + "]]></style></svg>");
  }

  static Stream<String> unsafeStyleSheets() {
    return Stream.of(
        "rect { fill: url(\"http://tracker.example/g.svg#g\") }",
        "rect { fill: URL( //tracker.example/g.svg#g ) }",
        "@import 'https://evil.example/x.css';",
        "@IMPORT url(#x);",
        "rect { width: expression(alert(1)) }",
        "rect { background: javascript:alert(1) }",
        "rect { background: image-set('https://evil.example/a.png' 1x) }",
        "rect { background: \\75 rl(https://evil.example/a.png) }");
  }

  @Test
  void anXmlStylesheetInstructionIsRefused() {
    var rejected =
        refusedAsUnsafe(
            "<?xml version=\"1.0\"?>\n"
                + "<?xml-stylesheet type=\"text/css\" href=\"https://evil.example/x.css\"?>\n"
                + "<svg "
                + NS
                + "/>");
    assertTrue(rejected.getMessage().contains("xml-stylesheet"), rejected.getMessage());
  }

  @Test
  void aProcessingInstructionInsideIsRefused() {
    refusedAsUnsafe("<svg " + NS + "><?php echo 1; ?></svg>");
  }

  // --- refused: DOCTYPEs and entities, without reading anything ---

  @Test
  void anXxeAttemptOnEtcPasswdIsRefusedUnread() {
    var rejected =
        refusedAsUnsafe(
            "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE svg [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<svg "
                + NS
                + "><text>&xxe;</text></svg>");
    assertTrue(rejected.getMessage().contains("DOCTYPE"), rejected.getMessage());
    assertFalse(rejected.getMessage().contains("root:"), rejected.getMessage());
  }

  @Test
  void anXxeAttemptFetchesNothing() {
    refusedAsUnsafe(
        "<!DOCTYPE svg [<!ENTITY xxe SYSTEM \""
            + listenerUrl("/entity")
            + "\">]><svg "
            + NS
            + "><text>&xxe;</text></svg>");
    refusedAsUnsafe(
        "<!DOCTYPE svg [<!ENTITY % p SYSTEM \"" + listenerUrl("/param") + "\"> %p;]><svg/>");
    refusedAsUnsafe(
        "<!-- hidden --><!DOCTYPE svg SYSTEM \"" + listenerUrl("/dtd") + "\"><svg " + NS + "/>");
    assertEquals(0, fetched.get());
  }

  @Test
  void theParserItselfReadsNoEntityEvenIfTheDoctypeSlippedPast(@TempDir Path dir)
      throws IOException {
    Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET");
    String svg =
        "<!DOCTYPE svg [<!ENTITY a SYSTEM \""
            + secret.toUri()
            + "\"><!ENTITY b SYSTEM \""
            + listenerUrl("/entity")
            + "\">]><svg "
            + NS
            + "><text>&a;&b;</text></svg>";
    // bypass the DOCTYPE check in the prolog, so that only the hardened parser stands in the way
    var rejected =
        assertThrows(
            BrandingRejected.class,
            () -> SvgSafety.requireSafe(svg.getBytes(UTF_8), new XmlProlog("svg", false, null)));
    assertFalse(rejected.getMessage().contains("TOP-SECRET"), rejected.getMessage());
    assertEquals(0, fetched.get());
  }

  @Test
  void theParserStopsAtADoctypeBeforeReadingIt() {
    String svg = "<!DOCTYPE svg [<!ENTITY x \"x\">]><svg " + NS + ">&x;</svg>";
    // with the prolog check bypassed, the parser's own refusal shows: it cannot read the file
    var rejected =
        assertThrows(
            BrandingRejected.class,
            () -> SvgSafety.requireSafe(svg.getBytes(UTF_8), new XmlProlog("svg", false, null)));
    assertEquals(Reason.LOGO_INVALID_SVG, rejected.reason());
  }

  @Test
  void aBillionLaughsIsRefused() {
    StringBuilder svg = new StringBuilder("<!DOCTYPE svg [<!ENTITY l0 \"ha\">");
    for (int i = 1; i < 10; i++) {
      svg.append("<!ENTITY l").append(i).append(" \"");
      svg.append(("&l" + (i - 1) + ";").repeat(10)).append("\">");
    }
    svg.append("]><svg ").append(NS).append("><text>&l9;</text></svg>");
    refusedAsUnsafe(svg.toString());
  }

  @Test
  void anUndeclaredEntityIsMalformed() {
    var rejected = refused("<svg " + NS + "><text>&xxe;</text></svg>");
    assertEquals(Reason.LOGO_INVALID_SVG, rejected.reason());
  }

  // --- refused: not well-formed ---

  @Test
  void anSvgDeclaredInAnotherEncodingIsRefused() {
    var rejected = refused("<?xml version=\"1.0\" encoding=\"UTF-7\"?><svg " + NS + "/>");
    assertEquals(Reason.LOGO_INVALID_SVG, rejected.reason());
    assertTrue(rejected.getMessage().contains("UTF-7"), rejected.getMessage());
    assertTrue(rejected.getMessage().contains("UTF-8"), rejected.getMessage());
  }

  @Test
  void anSvgDeclaredAsUtf8OrAsciiIsAccepted() {
    assertEquals(
        Logo.SVG, check("<?xml version='1.0' encoding='utf-8'?><svg " + NS + "/>").mediaType());
    assertEquals(
        Logo.SVG,
        check("<?xml version=\"1.0\" encoding=\"US-ASCII\"?><svg " + NS + "/>").mediaType());
  }

  @Test
  void invalidUtf8IsRefused() {
    // ÿ as a single byte, as ISO-8859-1 writes it, is not UTF-8
    byte[] svg = ("<svg " + NS + "><text>\u00FF</text></svg>").getBytes(ISO_8859_1);
    assertEquals(
        Reason.LOGO_INVALID_SVG,
        assertThrows(BrandingRejected.class, () -> LogoCheck.check(svg)).reason());
  }

  @Test
  void malformedXmlIsRefusedWithTheLine() {
    var rejected = refused("<svg " + NS + ">\n<rect>\n</svg>");
    assertEquals(Reason.LOGO_INVALID_SVG, rejected.reason());
    assertEquals("logo-invalid-svg", rejected.reason().code());
    assertTrue(rejected.getMessage().contains("line 3"), rejected.getMessage());
    assertFalse(rejected.getMessage().contains("Exception"), rejected.getMessage());
  }

  @Test
  void aTruncatedSvgIsRefused() {
    assertEquals(Reason.LOGO_INVALID_SVG, refused("<svg " + NS + "><rect width=\"1").reason());
  }

  @Test
  void textAfterTheSvgIsRefused() {
    assertEquals(
        Reason.LOGO_INVALID_SVG, refused("<svg " + NS + "/><script>alert(1)</script>").reason());
  }
}
