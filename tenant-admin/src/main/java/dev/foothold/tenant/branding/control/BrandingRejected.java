package dev.foothold.tenant.branding.control;

import java.util.Objects;
import java.util.OptionalDouble;

/**
 * A tenant's branding was refused. The {@linkplain #getMessage() message} is written for the tenant
 * administrator and says what to change; the {@linkplain #reason() reason} is stable and meant for
 * the problem type and for clients that react to it.
 */
public final class BrandingRejected extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why branding was refused; {@link #code()} is stable across releases. */
  public enum Reason {
    /** The logo is larger than {@link LogoCheck#MAX_BYTES}. */
    LOGO_TOO_LARGE("logo-too-large"),
    /** The logo is empty or not a PNG, JPEG or SVG image, whatever it was declared as. */
    LOGO_TYPE("logo-type"),
    /** The SVG logo contains something that could run code or load outside content. */
    LOGO_UNSAFE_SVG("logo-unsafe-svg"),
    /** The SVG logo is not well-formed XML. */
    LOGO_INVALID_SVG("logo-invalid-svg"),
    /** Two colours do not reach the WCAG AA contrast of 4.5:1. */
    LOW_CONTRAST("low-contrast"),
    /** A colour is not written as {@code #RGB} or {@code #RRGGBB}. */
    COLOUR_FORMAT("colour-format");

    private final String code;

    Reason(String code) {
      this.code = code;
    }

    /** The stable code, such as {@code logo-too-large}. */
    public String code() {
      return code;
    }
  }

  private final Reason reason;
  private final Double measuredRatio;

  BrandingRejected(Reason reason, String message) {
    this(reason, message, null);
  }

  BrandingRejected(Reason reason, String message, Double measuredRatio) {
    super(Objects.requireNonNull(message, "message"));
    this.reason = Objects.requireNonNull(reason, "reason");
    this.measuredRatio = measuredRatio;
  }

  /** Why the branding was refused; never null. */
  public Reason reason() {
    return reason;
  }

  /**
   * The contrast ratio that was measured, rounded down to two decimals as in the message (4.47 for
   * 4.47:1); present only when the reason is {@link Reason#LOW_CONTRAST}.
   */
  public OptionalDouble measuredRatio() {
    return measuredRatio == null ? OptionalDouble.empty() : OptionalDouble.of(measuredRatio);
  }
}
