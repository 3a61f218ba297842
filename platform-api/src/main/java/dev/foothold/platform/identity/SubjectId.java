package dev.foothold.platform.identity;

import java.util.Objects;

/**
 * A person's stable identifier: the {@code sub} claim Keycloak puts in their tokens. It never
 * changes when the person changes their email or name.
 *
 * @param value the subject; never {@code null} or blank
 */
public record SubjectId(String value) {

  /**
   * @throws NullPointerException when {@code value} is null
   * @throws IllegalArgumentException when {@code value} is blank
   */
  public SubjectId {
    Objects.requireNonNull(value, "value");
    if (value.isBlank()) {
      throw new IllegalArgumentException("A subject id cannot be blank");
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
