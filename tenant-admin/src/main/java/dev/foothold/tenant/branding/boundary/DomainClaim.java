package dev.foothold.tenant.branding.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * @param domain the domain the portal should answer on, such as coaching.example.com
 */
public record DomainClaim(
    @NotBlank(message = "Give the domain")
        @Size(max = 253, message = "A domain has at most 253 characters")
        @Pattern(
            regexp = "(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z]{2,63}",
            message = "A domain looks like coaching.example.com")
        String domain) {}
