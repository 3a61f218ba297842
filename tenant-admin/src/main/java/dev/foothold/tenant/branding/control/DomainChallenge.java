package dev.foothold.tenant.branding.control;

import java.util.List;

/** Whether a domain's DNS holds a tenant's challenge token. */
public final class DomainChallenge {

  private DomainChallenge() {}

  /**
   * @param txtValues the TXT strings found at {@code _foothold-challenge.<domain>}
   * @param token the token the claiming tenant was given
   * @return whether one of them is exactly the token (surrounding quotes and spaces aside)
   */
  public static boolean met(List<String> txtValues, String token) {
    return txtValues.stream().map(DomainChallenge::unquoted).anyMatch(token::equals);
  }

  private static String unquoted(String value) {
    var text = value.strip();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      text = text.substring(1, text.length() - 1).strip();
    }
    return text;
  }
}
