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
  void aSignatureAloneIsNoImage() {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0};
    assertEquals(Reason.LOGO_TYPE, refused(png).reason());
    assertEquals(Reason.LOGO_TYPE, refused(jpeg).reason());
  }

  @Test
  void aSignatureFollowedByAnythingIsNoImage() {
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(UTF_8);
    var png =
        refused(concat(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, html));
    assertEquals(Reason.LOGO_TYPE, png.reason());
    assertTrue(png.getMessage().contains("not a whole one"), png.getMessage());
    assertEquals(
        Reason.LOGO_TYPE,
        refused(concat(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, html)).reason());
  }

  @Test
  void somethingAfterTheEndOfARealImageIsRefused() throws IOException {
    for (var format : new String[] {"png", "jpg"}) {
      var rejected = refused(concat(image(format), "<script>".getBytes(UTF_8)));
      assertTrue(rejected.getMessage().contains("follows the end"), rejected.getMessage());
    }
  }

  @Test
  void aCutOrCorruptedImageIsRefused() throws IOException {
    for (var format : new String[] {"png", "jpg"}) {
      byte[] real = image(format);
      assertEquals(Reason.LOGO_TYPE, refused(Arrays.copyOf(real, real.length - 3)).reason());
    }
    byte[] png = image("png");
    png[png.length - 20] ^= 1; // inside the image data: its checksum no longer matches
    assertTrue(refused(png).getMessage().contains("checksum"));
  }

  @Test
  void aBodyIsReadNoFurtherThanTheLimit() throws IOException {
    var endless =
        new java.io.InputStream() {
          long served;

          @Override
          public int read() {
            served++;
            return 0;
          }
        };
    var rejected = assertThrows(BrandingRejected.class, () -> LogoCheck.readBounded(endless, -1));
    assertEquals(Reason.LOGO_TOO_LARGE, rejected.reason());
    assertTrue(endless.served <= LogoCheck.MAX_BYTES + 1, "read " + endless.served);
    var declared =
        assertThrows(
            BrandingRejected.class, () -> LogoCheck.readBounded(endless, LogoCheck.MAX_BYTES + 1L));
    assertEquals(Reason.LOGO_TOO_LARGE, declared.reason());
    byte[] png = image("png");
    assertArrayEquals(png, LogoCheck.readBounded(new java.io.ByteArrayInputStream(png), -1));
  }

  static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** A real PNG of exactly {@code size} bytes: a text chunk before the end carries the rest. */
  static byte[] pngOfSize(int size) throws IOException {
    byte[] png = image("png");
    int text = size - png.length - 12;
    var chunk = java.nio.ByteBuffer.allocate(12 + text);
    chunk.putInt(text);
    chunk.put("tEXt".getBytes(ISO_8859_1));
    byte[] data = new byte[text];
    Arrays.fill(data, (byte) 'x');
    data[7] = 0; // keyword "xxxxxxx", then the text
    chunk.put(data);
    var crc = new java.util.zip.CRC32();
    crc.update(chunk.array(), 4, 4 + text);
    chunk.putInt((int) crc.getValue());
    byte[] end = Arrays.copyOfRange(png, png.length - 12, png.length);
    return concat(concat(Arrays.copyOf(png, png.length - 12), chunk.array()), end);
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
    assertEquals(Logo.PNG, LogoCheck.check(pngOfSize(LogoCheck.MAX_BYTES)).mediaType());
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
