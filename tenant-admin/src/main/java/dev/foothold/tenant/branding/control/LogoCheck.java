package dev.foothold.tenant.branding.control;

import dev.foothold.tenant.branding.control.BrandingRejected.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Decides what an uploaded logo really is, from its bytes alone: a PNG, a JPEG or a safe SVG, at
 * most {@link #MAX_BYTES}. The content type and file name the browser declared are deliberately not
 * parameters: a PNG sent as {@code image/svg+xml} is still a PNG, and an HTML page sent as {@code
 * image/png} is refused.
 */
public final class LogoCheck {

  /** The largest logo accepted: 512 KB. */
  public static final int MAX_BYTES = 512 * 1024;

  private static final byte[] PNG_SIGNATURE = {
    (byte) 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A
  };
  private static final byte[] JPEG_SIGNATURE = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};

  private LogoCheck() {}

  /**
   * Checks an uploaded logo.
   *
   * @param bytes the uploaded file; null is treated as empty
   * @return the logo with its sniffed media type ({@link Logo#PNG}, {@link Logo#JPEG} or {@link
   *     Logo#SVG})
   * @throws BrandingRejected with {@code logo-type} when it is empty or not a PNG, JPEG or SVG
   *     image (a PNG or JPEG must be whole: see {@link RasterStructure}), {@code logo-too-large}
   *     when it is larger than {@link #MAX_BYTES}, {@code logo-unsafe-svg} when an SVG could run
   *     code or load outside content, {@code logo-invalid-svg} when an SVG is not well-formed
   */
  public static Logo check(byte[] bytes) {
    if (bytes == null || bytes.length == 0) {
      throw new BrandingRejected(
          Reason.LOGO_TYPE, "The logo file is empty; upload a PNG, JPEG or SVG image.");
    }
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(bytes.length);
    }
    if (startsWith(bytes, PNG_SIGNATURE)) {
      RasterStructure.pngFault(bytes).ifPresent(fault -> refuseBroken("PNG", fault));
      return new Logo(Logo.PNG, bytes);
    }
    if (startsWith(bytes, JPEG_SIGNATURE)) {
      RasterStructure.jpegFault(bytes).ifPresent(fault -> refuseBroken("JPEG", fault));
      return new Logo(Logo.JPEG, bytes);
    }
    XmlProlog prolog = XmlProlog.read(bytes);
    if (prolog.rootIsSvg()) {
      SvgSafety.requireSafe(bytes, prolog);
      return new Logo(Logo.SVG, bytes);
    }
    throw new BrandingRejected(Reason.LOGO_TYPE, notAnAcceptedImage(bytes, prolog));
  }

  private static void refuseBroken(String format, String fault) {
    throw new BrandingRejected(
        Reason.LOGO_TYPE,
        "The logo starts like a "
            + format
            + " image but is not a whole one ("
            + fault
            + "); export it again and upload that file.");
  }

  /**
   * Reads an upload, but never more than one byte past {@link #MAX_BYTES}: a larger body is refused
   * by its declared length before anything is read, or as soon as it passes the limit.
   *
   * @param body the upload
   * @param declaredLength the length its sender declared, or -1
   * @return the bytes, for {@link #check(byte[])}
   * @throws BrandingRejected with {@code logo-too-large} when it is larger than {@link #MAX_BYTES}
   * @throws java.io.IOException when the upload cannot be read
   */
  public static byte[] readBounded(java.io.InputStream body, long declaredLength)
      throws java.io.IOException {
    if (declaredLength > MAX_BYTES) {
      throw tooLarge(declaredLength);
    }
    if (body == null) {
      return new byte[0];
    }
    byte[] bytes = body.readNBytes(MAX_BYTES + 1);
    if (bytes.length > MAX_BYTES) {
      throw tooLarge(-1);
    }
    return bytes;
  }

  private static BrandingRejected tooLarge(long size) {
    return new BrandingRejected(
        Reason.LOGO_TOO_LARGE,
        "The logo is "
            + (size < 0 ? "larger than 512 KB" : readableSize(size))
            + "; a logo can be at most 512 KB. Make the image smaller, then upload it again.");
  }

  private static String notAnAcceptedImage(byte[] bytes, XmlProlog prolog) {
    String kind = knownKind(bytes, prolog);
    String what = kind == null ? "not a PNG, JPEG or SVG image" : kind;
    return "The logo is " + what + "; upload a PNG, JPEG or SVG image.";
  }

  /** Names the common files that are not accepted, so the message can say what was uploaded. */
  private static String knownKind(byte[] bytes, XmlProlog prolog) {
    String start = new String(bytes, 0, Math.min(bytes.length, 12), StandardCharsets.ISO_8859_1);
    if (start.startsWith("GIF87a") || start.startsWith("GIF89a")) {
      return "a GIF image";
    }
    if (start.startsWith("RIFF") && start.startsWith("WEBP", 8)) {
      return "a WebP image";
    }
    if (start.startsWith("%PDF-")) {
      return "a PDF document";
    }
    if (prolog.rootIsHtml()) {
      return "a web page (HTML)";
    }
    return null;
  }

  private static String readableSize(long bytes) {
    long kilobytes = (bytes + 1023L) / 1024;
    if (kilobytes < 1024) {
      return kilobytes + " KB";
    }
    return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
