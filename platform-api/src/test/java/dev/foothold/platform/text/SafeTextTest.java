package dev.foothold.platform.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SafeTextTest {

  @Test
  void everydayTextWithTabsAndLineBreaksIsSafe() {
    assertTrue(SafeText.isSafe("Two paragraphs,\r\n\tindented — with émoji 🧗 and 日本語."));
    assertTrue(SafeText.isSafe(null));
  }

  @Test
  void controlCharactersAreNamed() {
    assertEquals(Optional.of("U+0000"), SafeText.firstForbidden("a\u0000b"));
    assertEquals(Optional.of("U+001B"), SafeText.firstForbidden("\u001b[2J"));
    assertEquals(Optional.of("U+007F"), SafeText.firstForbidden("del\u007f"));
    assertEquals(Optional.of("U+0085"), SafeText.firstForbidden("next\u0085line"));
    assertEquals(Optional.of("U+000B"), SafeText.firstForbidden("\u000b"));
  }

  @Test
  void brokenSurrogatesAndNonCharactersAreRefused() {
    assertEquals(Optional.of("U+D800"), SafeText.firstForbidden("a\ud800"));
    assertEquals(Optional.of("U+DC00"), SafeText.firstForbidden("\udc00a"));
    assertEquals(Optional.of("U+FFFF"), SafeText.firstForbidden("\uffff"));
  }
}
