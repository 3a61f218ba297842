package dev.foothold.tenant.branding.control;

import java.util.Arrays;

/**
 * A logo that passed {@link LogoCheck}: its media type was sniffed from its bytes, never taken from
 * the upload. Only {@link LogoCheck#check(byte[])} creates one, so holding a {@code Logo} means the
 * check was made. Immutable: the bytes are copied in and out.
 */
public final class Logo {

  /** The media type of a PNG logo. */
  public static final String PNG = "image/png";

  /** The media type of a JPEG logo. */
  public static final String JPEG = "image/jpeg";

  /** The media type of an SVG logo. */
  public static final String SVG = "image/svg+xml";

  private final String mediaType;
  private final byte[] bytes;

  Logo(String mediaType, byte[] bytes) {
    this.mediaType = mediaType;
    this.bytes = bytes.clone();
  }

  /** {@link #PNG}, {@link #JPEG} or {@link #SVG}; the type to store and to serve the logo with. */
  public String mediaType() {
    return mediaType;
  }

  /** A copy of the logo's bytes, exactly as uploaded. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The logo's size in bytes. */
  public int size() {
    return bytes.length;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Logo logo
        && mediaType.equals(logo.mediaType)
        && Arrays.equals(bytes, logo.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * mediaType.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "Logo[" + mediaType + ", " + bytes.length + " bytes]";
  }
}
