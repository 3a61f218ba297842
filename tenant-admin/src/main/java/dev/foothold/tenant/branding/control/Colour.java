package dev.foothold.tenant.branding.control;

import dev.foothold.tenant.branding.control.BrandingRejected.Reason;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An sRGB colour as a tenant enters it: {@code #RGB} or {@code #RRGGBB}, in either case.
 *
 * @param red 0 to 255
 * @param green 0 to 255
 * @param blue 0 to 255
 */
public record Colour(int red, int green, int blue) {

  private static final Pattern HEX = Pattern.compile("#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})");
  private static final int EXCERPT_LENGTH = 40;

  /**
   * A colour from its three channels.
   *
   * @throws IllegalArgumentException if a channel is outside 0 to 255
   */
  public Colour {
    if ((red | green | blue) < 0 || red > 255 || green > 255 || blue > 255) {
      throw new IllegalArgumentException(
          "Each channel must be 0 to 255, not " + red + ", " + green + ", " + blue);
    }
  }

  /**
   * Reads {@code #RGB} or {@code #RRGGBB}, case-insensitive; nothing else, not even surrounding
   * spaces.
   *
   * @param value the colour as entered; may be null
   * @throws BrandingRejected with {@code colour-format} when the value is null or not in either
   *     form; the message quotes it
   */
  public static Colour parse(String value) {
    if (value == null || !HEX.matcher(value).matches()) {
      throw new BrandingRejected(
          Reason.COLOUR_FORMAT,
          (value == null ? "A colour is missing" : quoted(value) + " is not a colour")
              + "; write it as # followed by 3 or 6 hexadecimal digits, such as #1A73E8 or #FFF.");
    }
    String digits = value.substring(1);
    if (digits.length() == 3) {
      digits = doubled(digits);
    }
    int rgb = Integer.parseInt(digits, 16);
    return new Colour(rgb >> 16 & 0xFF, rgb >> 8 & 0xFF, rgb & 0xFF);
  }

  /** This colour as {@code #RRGGBB} in upper case, the form to store. */
  public String hex() {
    return String.format(Locale.ROOT, "#%02X%02X%02X", red, green, blue);
  }

  /** The WCAG 2.x relative luminance, from 0 (black) to 1 (white). */
  public double relativeLuminance() {
    return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue);
  }

  /** Undoes the sRGB gamma curve of one channel, as WCAG 2.x defines it. */
  private static double linear(int channel) {
    double c = channel / 255.0;
    return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
  }

  private static String doubled(String rgb) {
    StringBuilder digits = new StringBuilder(6);
    for (char digit : rgb.toCharArray()) {
      digits.append(digit).append(digit);
    }
    return digits.toString();
  }

  private static String quoted(String value) {
    String printable = value.replaceAll("[\\p{Cntrl}\\p{Cf}]", " ");
    return "\""
        + (printable.length() <= EXCERPT_LENGTH
            ? printable
            : printable.substring(0, EXCERPT_LENGTH) + "…")
        + "\"";
  }
}
