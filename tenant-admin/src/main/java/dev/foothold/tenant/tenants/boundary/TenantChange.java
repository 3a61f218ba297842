package dev.foothold.tenant.tenants.boundary;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a platform operator changes about a tenant; fields left out stay as they are.
 *
 * @param displayName a new name
 * @param status {@code ACTIVE} or {@code SUSPENDED}
 * @param emailDomain a new linked email domain; empty to unlink
 */
public record TenantChange(
    @Size(min = 1, max = 120, message = "A name has 1 to 120 characters") String displayName,
    @Pattern(regexp = "ACTIVE|SUSPENDED", message = "The status is ACTIVE or SUSPENDED")
        String status,
    @Pattern(
            regexp = "|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,63}",
            message = "An email domain looks like example.com, in lower case")
        String emailDomain) {}
