package dev.foothold.deploy.identity;

import java.util.List;

/**
 * What {@code GET /api/v1/me} answers.
 *
 * @param subject the person's stable id
 * @param username their username
 * @param email their email address, or {@code null}
 * @param roles their platform-wide roles, sorted
 * @param tenants the slugs of the tenants they belong to, sorted
 */
public record MeView(
    String subject, String username, String email, List<String> roles, List<String> tenants) {}
