package dev.foothold.tenant.branding.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.foothold.tenant.branding.control.BrandingRejected.Reason;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColourTest {

  @Test
  void readsSixDigits() {
    assertEquals(new Colour(0x1A, 0x73, 0xE8), Colour.parse("#1A73E8"));
  }

  @Test
  void readsThreeDigitsByDoublingEach() {
    assertEquals(new Colour(0xAA, 0xBB, 0xCC), Colour.parse("#abc"));
  }

  @Test
  void ignoresCase() {
    assertEquals(Colour.parse("#AbCdEf"), Colour.parse("#abcdef"));
    assertEquals(Colour.parse("#FFF"), Colour.parse("#fff"));
  }

  @Test
  void writesUpperCaseSixDigits() {
    assertEquals("#AABBCC", Colour.parse("#abc").hex());
    assertEquals("#000000", Colour.parse("#000").hex());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "#",
        "fff",
        "ffffff",
        "#ff",
        "#ffff",
        "#fffff",
        "#fffffff",
        "#FFFFFF00",
        "#ggg",
        "#12345z",
        " #fff",
        "#fff ",
        "red",
        "rgb(0,0,0)",
        "#１２３",
        "##fff",
        "#-12"
      })
  void refusesAnythingElseQuotingTheValue(String value) {
    var rejected = assertThrows(BrandingRejected.class, () -> Colour.parse(value));
    assertEquals(Reason.COLOUR_FORMAT, rejected.reason());
    assertEquals("colour-format", rejected.reason().code());
    assertTrue(rejected.getMessage().contains("\"" + value + "\""), rejected.getMessage());
  }

  @Test
  void refusesAMissingColour() {
    var rejected = assertThrows(BrandingRejected.class, () -> Colour.parse(null));
    assertEquals(Reason.COLOUR_FORMAT, rejected.reason());
    assertTrue(rejected.getMessage().startsWith("A colour is missing"), rejected.getMessage());
  }

  @Test
  void shortensAVeryLongValueInTheMessage() {
    var rejected = assertThrows(BrandingRejected.class, () -> Colour.parse("#" + "a".repeat(5000)));
    assertTrue(rejected.getMessage().length() < 200, rejected.getMessage());
  }

  @Test
  void luminanceRunsFromBlackToWhite() {
    assertEquals(0.0, Colour.parse("#000").relativeLuminance(), 1e-12);
    assertEquals(1.0, Colour.parse("#fff").relativeLuminance(), 1e-12);
  }

  @Test
  void luminanceSwitchesCurvesAtTheSrgbThreshold() {
    // 10/255 = 0.0392 is at most 0.04045, so linear; 11/255 = 0.0431 is above it, so gamma
    assertEquals(10 / 255.0 / 12.92, Colour.parse("#0A0A0A").relativeLuminance(), 1e-12);
    assertEquals(0.0033465357638991604, Colour.parse("#0B0B0B").relativeLuminance(), 1e-12);
  }

  @Test
  void refusesChannelsOutOfRange() {
    assertThrows(IllegalArgumentException.class, () -> new Colour(256, 0, 0));
    assertThrows(IllegalArgumentException.class, () -> new Colour(0, -1, 0));
  }
}
