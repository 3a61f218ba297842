package dev.foothold.tenant.branding.control;

import dev.foothold.tenant.branding.control.BrandingRejected.Reason;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Colour contrast as WCAG 2.x measures it, and the AA rule that text on a tenant's colours must
 * reach 4.5:1. Colours are {@code #RGB} or {@code #RRGGBB}; see {@link Colour#parse(String)}.
 */
public final class Contrast {

  /** The least contrast WCAG AA asks of normal text. */
  public static final double AA_MINIMUM = 4.5;

  private static final String BLACK = "#000000";
  private static final String WHITE = "#FFFFFF";

  private Contrast() {}

  /**
   * The contrast ratio (L1 + 0.05) / (L2 + 0.05) of two colours, in either order: from 1.0 (the
   * same luminance) to 21.0 (black and white).
   *
   * @throws BrandingRejected with {@code colour-format} when a colour is null or malformed
   */
  public static double ratio(String colourA, String colourB) {
    return ratio(Colour.parse(colourA), Colour.parse(colourB));
  }

  /** The contrast ratio of two parsed colours; see {@link #ratio(String, String)}. */
  public static double ratio(Colour a, Colour b) {
    double lighter = Math.max(a.relativeLuminance(), b.relativeLuminance());
    double darker = Math.min(a.relativeLuminance(), b.relativeLuminance());
    return (lighter + 0.05) / (darker + 0.05);
  }

  /**
   * {@code "#000000"} or {@code "#FFFFFF"}, whichever contrasts more with the background; black
   * when both contrast equally.
   *
   * @throws BrandingRejected with {@code colour-format} when the background is null or malformed
   */
  public static String readableTextOn(String background) {
    Colour colour = Colour.parse(background);
    double onBlack = ratio(colour, Colour.parse(BLACK));
    double onWhite = ratio(colour, Colour.parse(WHITE));
    return onBlack >= onWhite ? BLACK : WHITE;
  }

  /**
   * Refuses text that does not reach {@link #AA_MINIMUM} on its background.
   *
   * @param background the background colour, such as the tenant's primary colour
   * @param text the colour of the text shown on it
   * @param what what the background is, in lower case, for the message: "primary colour"
   * @throws BrandingRejected with {@code low-contrast}, the measured ratio rounded down to two
   *     decimals in its message and in {@link BrandingRejected#measuredRatio()}; or with {@code
   *     colour-format} when a colour is null or malformed
   */
  public static void requireReadable(String background, String text, String what) {
    Objects.requireNonNull(what, "what");
    double ratio = ratio(background, text);
    if (ratio < AA_MINIMUM) {
      // rounded down, so that a refused ratio never reads as 4.50
      BigDecimal shown = BigDecimal.valueOf(ratio).setScale(2, RoundingMode.FLOOR);
      throw new BrandingRejected(
          Reason.LOW_CONTRAST,
          "The "
              + what
              + " "
              + background
              + " with text "
              + text
              + " has a contrast of "
              + shown.toPlainString()
              + ":1; it needs at least 4.5:1 (WCAG AA).",
          shown.doubleValue());
    }
  }
}
