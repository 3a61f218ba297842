package dev.foothold.tenant.members.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * @param role the member's new role
 */
public record RoleChange(
    @NotBlank(message = "Choose a role")
        @Pattern(
            regexp = "(?i)owner|admin|coach|client|manager|staff",
            message = "The role is one of owner, admin, coach, client, manager, staff")
        String role) {}
