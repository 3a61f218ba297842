package dev.foothold.tenant.members.boundary;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * Whom to invite by email, and the role they take when they arrive.
 *
 * @param email where the invitation goes
 * @param role their role once they join
 * @param firstName their first name, for the email's greeting
 * @param lastName their last name
 */
public record NewInvitation(
    @NotBlank(message = "Give the person's email address")
        @Email(message = "This is not an email address")
        @Size(max = 254, message = "An email address has at most 254 characters")
        String email,
    @NotBlank(message = "Choose a role")
        @Pattern(
            regexp = "(?i)owner|admin|coach|client|manager|staff",
            message = "The role is one of owner, admin, coach, client, manager, staff")
        String role,
    @Size(max = 100, message = "A first name has at most 100 characters") String firstName,
    @Size(max = 100, message = "A last name has at most 100 characters") String lastName) {}
