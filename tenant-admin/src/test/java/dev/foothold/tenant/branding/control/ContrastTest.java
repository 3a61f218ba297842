package dev.foothold.tenant.branding.control;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foothold.tenant.branding.control.BrandingRejected.Reason;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class ContrastTest {

  @Test
  void blackOnWhiteIsTwentyOne() {
    assertEquals(21.0, Contrast.ratio("#000000", "#FFFFFF"), 1e-9);
  }

  @Test
  void orderDoesNotMatter() {
    assertEquals(Contrast.ratio("#1A73E8", "#fff"), Contrast.ratio("#fff", "#1A73E8"), 1e-12);
  }

  @Test
  void aColourOnItselfIsOne() {
    assertEquals(1.0, Contrast.ratio("#777777", "#777777"), 1e-12);
    assertEquals(1.0, Contrast.ratio("#abc", "#AABBCC"), 1e-12);
  }

  @Test
  void knownWcagValues() {
    assertEquals(4.48, Contrast.ratio("#777777", "#FFFFFF"), 0.005);
    assertEquals(4.54, Contrast.ratio("#767676", "#FFFFFF"), 0.005);
    assertEquals(4.51, Contrast.ratio("#1A73E8", "#FFFFFF"), 0.005);
  }

  @Test
  void grey767676WithWhiteTextIsReadable() {
    assertDoesNotThrow(() -> Contrast.requireReadable("#767676", "#FFFFFF", "primary colour"));
  }

  @Test
  void grey777777WithWhiteTextIsRefusedWithTheRatioRoundedDown() {
    var rejected =
        assertThrows(
            BrandingRejected.class,
            () -> Contrast.requireReadable("#777777", "#FFFFFF", "primary colour"));
    assertEquals(Reason.LOW_CONTRAST, rejected.reason());
    assertEquals("low-contrast", rejected.reason().code());
    // 4.478… is shown as 4.47, never rounded up towards the minimum
    assertEquals(
        "The primary colour #777777 with text #FFFFFF has a contrast of 4.47:1;"
            + " it needs at least 4.5:1 (WCAG AA).",
        rejected.getMessage());
    assertEquals(OptionalDouble.of(4.47), rejected.measuredRatio());
  }

  @Test
  void theSameColourIsRefusedAtOne() {
    var rejected =
        assertThrows(
            BrandingRejected.class,
            () -> Contrast.requireReadable("#abc", "#abc", "accent colour"));
    assertTrue(rejected.getMessage().contains("contrast of 1.00:1"), rejected.getMessage());
    assertEquals(OptionalDouble.of(1.0), rejected.measuredRatio());
  }

  @Test
  void aMalformedColourIsAFormatProblemNotAContrastProblem() {
    var rejected =
        assertThrows(
            BrandingRejected.class,
            () -> Contrast.requireReadable("#77777", "#FFFFFF", "primary colour"));
    assertEquals(Reason.COLOUR_FORMAT, rejected.reason());
    assertTrue(rejected.getMessage().contains("\"#77777\""), rejected.getMessage());
    assertTrue(rejected.measuredRatio().isEmpty());
  }

  @Test
  void ratioRefusesMalformedColours() {
    var rejected = assertThrows(BrandingRejected.class, () -> Contrast.ratio("#000", "white"));
    assertEquals(Reason.COLOUR_FORMAT, rejected.reason());
  }

  @Test
  void readableTextIsWhiteOnDarkColours() {
    assertEquals("#FFFFFF", Contrast.readableTextOn("#000"));
    assertEquals("#FFFFFF", Contrast.readableTextOn("#003366"));
    assertEquals("#FFFFFF", Contrast.readableTextOn("#333"));
  }

  @Test
  void readableTextIsBlackOnLightColours() {
    assertEquals("#000000", Contrast.readableTextOn("#FFFFFF"));
    assertEquals("#000000", Contrast.readableTextOn("#ffcc00"));
    // #1A73E8 reaches 4.66:1 with black but only 4.51:1 with white
    assertEquals("#000000", Contrast.readableTextOn("#1A73E8"));
    // #777777 reaches 4.69:1 with black but only 4.48:1 with white
    assertEquals("#000000", Contrast.readableTextOn("#777777"));
  }

  @Test
  void readableTextAlwaysContrastsAtLeastAsMuchAsTheOther() {
    for (int grey = 0; grey <= 255; grey++) {
      String background = String.format("#%02x%02x%02x", grey, grey, grey);
      String chosen = Contrast.readableTextOn(background);
      String other = chosen.equals("#000000") ? "#FFFFFF" : "#000000";
      assertTrue(
          Contrast.ratio(background, chosen) >= Contrast.ratio(background, other), background);
    }
  }
}
