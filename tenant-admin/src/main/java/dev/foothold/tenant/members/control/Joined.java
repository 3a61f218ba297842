package dev.foothold.tenant.members.control;

import dev.foothold.platform.identity.SubjectId;
import dev.foothold.platform.identity.TenantRole;
import dev.foothold.platform.tenant.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * Someone became an active member of a tenant (first arrival, added, rejoined, or given a new
 * role), fired synchronously inside the transaction that recorded it.
 *
 * @param tenant the tenant
 * @param person the member
 * @param role their role now
 * @param verifiedEmail their email, when the identity provider has verified it
 * @param at when, by the platform's clock
 */
public record Joined(
    TenantId tenant,
    SubjectId person,
    TenantRole role,
    Optional<String> verifiedEmail,
    Instant at) {}
