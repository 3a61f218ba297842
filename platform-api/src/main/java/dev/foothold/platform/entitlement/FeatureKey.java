package dev.foothold.platform.entitlement;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of something the gate can allow or deny, such as {@code mastery.ladders}. A module
 * declares its keys through {@link dev.foothold.platform.module.FootholdModule#featureKeys()}.
 *
 * @param value dot-separated lower-case words, for example {@code mastery.calibration}
 */
public record FeatureKey(String value) {

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z][a-z0-9-]*)+");

  /**
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when {@code value} is not of the form {@code module.feature}
   */
  public FeatureKey {
    Objects.requireNonNull(value, "value");
    if (!KEY.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "A feature key reads module.feature in lower case, e.g. mastery.ladders: '"
              + value
              + "' does not");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
