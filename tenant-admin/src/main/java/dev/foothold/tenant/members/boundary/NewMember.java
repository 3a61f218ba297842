package dev.foothold.tenant.members.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A person to invite as a member, by email (an account is neither needed nor revealed).
 *
 * @param email their email address
 * @param role owner, admin, coach or client (coaching business); admin, manager or staff
 *     (organisation)
 */
public record NewMember(
    @NotBlank(message = "Give the person's email address")
        @Email(message = "This is not an email address")
        @Size(max = 254, message = "An email address has at most 254 characters")
        String email,
    @NotBlank(message = "Choose a role")
        @Pattern(
            regexp = "(?i)owner|admin|coach|client|manager|staff",
            message = "The role is one of owner, admin, coach, client, manager, staff")
        String role) {}
