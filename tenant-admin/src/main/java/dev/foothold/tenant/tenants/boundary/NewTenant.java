package dev.foothold.tenant.tenants.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A tenant a platform operator creates.
 *
 * @param slug its URL name: 2 to 63 lower-case letters, digits and single hyphens
 * @param kind {@code COACHING_BUSINESS} or {@code ORGANISATION}
 * @param displayName the name people see
 * @param emailDomain for an organisation, the email domain whose new users join it
 * @param plan trial, price and seats; defaults when left out
 */
public record NewTenant(
    @NotBlank(message = "Give the tenant a slug")
        @Pattern(
            regexp = "[a-z](?:[a-z0-9]|-(?=[a-z0-9])){1,62}",
            message =
                "A slug is 2 to 63 lower-case letters, digits and single hyphens, starting with a letter")
        String slug,
    @NotNull(message = "Say whether it is a COACHING_BUSINESS or an ORGANISATION")
        @Pattern(
            regexp = "COACHING_BUSINESS|ORGANISATION",
            message = "The kind is COACHING_BUSINESS or ORGANISATION")
        String kind,
    @NotBlank(message = "Give the tenant a name")
        @Size(max = 120, message = "A name has at most 120 characters")
        String displayName,
    @Pattern(
            regexp = "(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}",
            message = "An email domain looks like example.com, in lower case")
        String emailDomain,
    @Valid PlanSettings plan) {}
