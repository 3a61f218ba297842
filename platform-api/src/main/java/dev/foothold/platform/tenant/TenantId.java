package dev.foothold.platform.tenant;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A tenant's identifier: its URL-safe slug, which is also the alias of the tenant's Keycloak
 * organisation.
 *
 * <p>A slug is 2 to 63 characters of lower-case letters, digits and single hyphens, starting with a
 * letter and not ending with a hyphen, so it can stand in a path segment and a DNS label.
 *
 * @param slug the slug; never {@code null}
 */
public record TenantId(String slug) {

  private static final Pattern SLUG = Pattern.compile("[a-z](?:[a-z0-9]|-(?=[a-z0-9])){1,62}");

  /**
   * @throws NullPointerException when {@code slug} is null
   * @throws IllegalArgumentException when {@code slug} is not a valid slug
   */
  public TenantId {
    Objects.requireNonNull(slug, "slug");
    if (!isValid(slug)) {
      throw new IllegalArgumentException(
          "A tenant slug is 2 to 63 lower-case letters, digits and single hyphens, starting with a"
              + " letter: '"
              + slug
              + "' is not one");
    }
  }

  /**
   * Tells whether a string is a valid slug, without throwing.
   *
   * @param candidate any string, {@code null} included
   * @return {@code true} when {@code candidate} would make a {@code TenantId}
   */
  public static boolean isValid(String candidate) {
    return candidate != null && SLUG.matcher(candidate).matches();
  }

  @Override
  public String toString() {
    return slug;
  }
}
