package dev.foothold.platform.entitlement;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

/**
 * The gate's answer, with the reason a person can read.
 *
 * @param verdict allow, allow while in a grace period, or deny; never {@code null}
 * @param reason why, in words shown to the person (for example "Your trial ended on 3 May"); never
 *     {@code null}, may be empty for a plain allow
 * @param upgradeLink where the person can subscribe or pay, when that would change the answer
 */
public record Decision(Verdict verdict, String reason, Optional<URI> upgradeLink) {

  /** The three possible answers. */
  public enum Verdict {
    /** The feature may be used. */
    ALLOW,
    /** The feature may be used for now, but payment is overdue; the reason says until when. */
    ALLOW_IN_GRACE,
    /** The feature may not be used; the reason says why and the link says what would help. */
    DENY
  }

  /**
   * @throws NullPointerException when any component is null
   */
  public Decision {
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(upgradeLink, "upgradeLink");
  }

  /**
   * @return a plain allow with no reason
   */
  public static Decision allow() {
    return new Decision(Verdict.ALLOW, "", Optional.empty());
  }

  /**
   * @param reason why access is granted only for now; never {@code null}
   * @param upgradeLink where to settle the payment; may be {@code null}
   * @return an allow-in-grace decision
   */
  public static Decision allowInGrace(String reason, URI upgradeLink) {
    return new Decision(Verdict.ALLOW_IN_GRACE, reason, Optional.ofNullable(upgradeLink));
  }

  /**
   * @param reason why access is refused; never {@code null}
   * @param upgradeLink what would change the answer; may be {@code null}
   * @return a deny decision
   */
  public static Decision deny(String reason, URI upgradeLink) {
    return new Decision(Verdict.DENY, reason, Optional.ofNullable(upgradeLink));
  }

  /**
   * @return whether the feature may be used now (in grace or not)
   */
  public boolean permitted() {
    return verdict != Verdict.DENY;
  }
}
