package dev.foothold.tenant.branding.control;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foothold.tenant.branding.control.BrandingRejected.Reason;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class LogoCheckTest {

  static final String SVG =
      "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\">"
          + "<rect width=\"10\" height=\"10\" fill=\"#1A73E8\"/></svg>";

  /** A real 1×1 image written by the JDK, in "png", "jpg" or "gif". */
  static byte[] image(String format) throws IOException {
    var pixel = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
    pixel.setRGB(0, 0, 0x1A73E8);
    var out = new ByteArrayOutputStream();
    assertTrue(ImageIO.write(pixel, format, out), "no writer for " + format);
    return out.toByteArray();
  }

  static BrandingRejected refused(byte[] bytes) {
    return assertThrows(BrandingRejected.class, () -> LogoCheck.check(bytes));
  }

  @Test
  void aPngIsAPng() throws IOException {
    byte[] png = image("png");
    var logo = LogoCheck.check(png);
    assertEquals("image/png", logo.mediaType());
    assertArrayEquals(png, logo.bytes());
    assertEquals(png.length, logo.size());
  }

  @Test
  void aJpegIsAJpeg() throws IOException {
    assertEquals("image/jpeg", LogoCheck.check(image("jpg")).mediaType());
  }

  @Test
  void theSignaturesAloneDecide() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
    assertEquals(Logo.PNG, LogoCheck.check(png).mediaType());
    assertEquals(Logo.JPEG, LogoCheck.check(jpeg).mediaType());
  }

  @Test
  void aTruncatedSignatureIsRefused() {
    assertEquals(Reason.LOGO_TYPE, refused(new byte[] {(byte) 0x89, 'P', 'N', 'G'}).reason());
    assertEquals(Reason.LOGO_TYPE, refused(new byte[] {(byte) 0xFF, (byte) 0xD8}).reason());
  }

  @Test
  void anSvgIsAnSvg() {
    assertEquals("image/svg+xml", LogoCheck.check(SVG.getBytes(UTF_8)).mediaType());
  }

  @Test
  void aPngUploadedAsAnSvgIsStillAPng() throws IOException {
    // the upload claimed "logo.svg", image/svg+xml; only the bytes are consulted
    assertEquals(Logo.PNG, LogoCheck.check(image("png")).mediaType());
  }

  @Test
  void aGifIsRefusedAndNamed() throws IOException {
    var rejected = refused(image("gif"));
    assertEquals(Reason.LOGO_TYPE, rejected.reason());
    assertEquals("logo-type", rejected.reason().code());
    assertEquals(
        "The logo is a GIF image; upload a PNG, JPEG or SVG image.", rejected.getMessage());
  }

  @Test
  void aWebpIsRefused() {
    var rejected = refused("RIFF\0\0\0\0WEBPVP8 ".getBytes(ISO_8859_1));
    assertEquals(Reason.LOGO_TYPE, rejected.reason());
    assertTrue(rejected.getMessage().contains("WebP"), rejected.getMessage());
  }

  @Test
  void aPdfIsRefused() {
    var rejected = refused("%PDF-1.7\n%âãÏÓ\n1 0 obj".getBytes(ISO_8859_1));
    assertEquals(Reason.LOGO_TYPE, rejected.reason());
    assertTrue(rejected.getMessage().contains("PDF"), rejected.getMessage());
  }

  @Test
  void anHtmlPageIsRefused() {
    var rejected =
        refused(
            "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>".getBytes(UTF_8));
    assertEquals(Reason.LOGO_TYPE, rejected.reason());
    assertTrue(rejected.getMessage().contains("web page"), rejected.getMessage());
  }

  @Test
  void otherXmlIsRefused() {
    var rejected = refused("<?xml version=\"1.0\"?><note>hello</note>".getBytes(UTF_8));
    assertEquals(Reason.LOGO_TYPE, rejected.reason());
  }

  @Test
  void plainTextIsRefused() {
    var rejected = refused("just some text".getBytes(UTF_8));
    assertEquals(Reason.LOGO_TYPE, rejected.reason());
    assertEquals(
        "The logo is not a PNG, JPEG or SVG image; upload a PNG, JPEG or SVG image.",
        rejected.getMessage());
  }

  @Test
  void anEmptyFileIsRefused() {
    assertEquals(Reason.LOGO_TYPE, refused(new byte[0]).reason());
    assertEquals(Reason.LOGO_TYPE, refused(null).reason());
  }

  @Test
  void exactly512KbIsAccepted() throws IOException {
    assertEquals(Logo.PNG, LogoCheck.check(padded(image("png"), LogoCheck.MAX_BYTES)).mediaType());
  }

  @Test
  void oneByteMoreIsRefusedWithTheSize() throws IOException {
    var rejected = refused(padded(image("png"), LogoCheck.MAX_BYTES + 1));
    assertEquals(Reason.LOGO_TOO_LARGE, rejected.reason());
    assertEquals("logo-too-large", rejected.reason().code());
    assertTrue(rejected.getMessage().startsWith("The logo is 513 KB;"), rejected.getMessage());
    assertTrue(rejected.getMessage().contains("512 KB"), rejected.getMessage());
  }

  @Test
  void aLargeFileIsSizedInMegabytes() throws IOException {
    var rejected = refused(padded(image("png"), 3 * 1024 * 1024));
    assertTrue(rejected.getMessage().startsWith("The logo is 3.0 MB;"), rejected.getMessage());
  }

  @Test
  void theSizeIsCheckedBeforeTheContent() {
    byte[] huge = padded(SVG.getBytes(UTF_8), LogoCheck.MAX_BYTES + 1);
    assertEquals(Reason.LOGO_TOO_LARGE, refused(huge).reason());
  }

  @Test
  void theLogoKeepsItsOwnCopyOfTheBytes() throws IOException {
    byte[] png = image("png");
    var logo = LogoCheck.check(png);
    png[20] ^= 1;
    assertNotSame(logo.bytes(), logo.bytes());
    assertTrue(!Arrays.equals(png, logo.bytes()));
    logo.bytes()[20] ^= 1;
    assertEquals(LogoCheck.check(image("png")), logo);
  }

  static byte[] padded(byte[] start, int size) {
    return Arrays.copyOf(start, size);
  }
}
