package dev.foothold.platform.text;

import java.util.Optional;

/**
 * The one rule for text that comes from outside. Text may hold any Unicode character except control
 * characters and broken surrogates: PostgreSQL refuses NUL in text, and the other controls (escape
 * sequences, backspaces, bidirectional tricks aside) only ever serve to hide or garble what a
 * reader sees. Tab, line feed and carriage return are allowed everywhere, because people write
 * paragraphs in multi-line answers and a pasted title may carry a stray line break.
 *
 * <p>Refused: U+0000–U+0008, U+000B, U+000C, U+000E–U+001F, U+007F–U+009F (C0 and C1 controls and
 * DEL), unpaired surrogates, and the non-characters U+FFFE and U+FFFF.
 */
public final class SafeText {

  private SafeText() {}

  /**
   * @param text text from outside; {@code null} is safe
   * @return the first character the rule refuses, as {@code U+XXXX}, or empty when the text is safe
   */
  public static Optional<String> firstForbidden(CharSequence text) {
    if (text == null) {
      return Optional.empty();
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
        continue;
      }
      if (forbidden(c)) {
        return Optional.of(String.format("U+%04X", (int) c));
      }
    }
    return Optional.empty();
  }

  /**
   * @param text text from outside; {@code null} is safe
   * @return whether the rule accepts it
   */
  public static boolean isSafe(CharSequence text) {
    return firstForbidden(text).isEmpty();
  }

  private static boolean forbidden(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return false;
    }
    return c < 0x20
        || (c >= 0x7F && c <= 0x9F)
        || Character.isSurrogate(c)
        || c == '\uFFFE'
        || c == '\uFFFF';
  }
}
