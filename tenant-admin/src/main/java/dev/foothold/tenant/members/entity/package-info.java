/**
 * JPA mapping of members, invitations and groups of members; all tenant-owned. Depends on Jakarta
 * Persistence, Hibernate's {@code @TenantId} and {@code platform-api}.
 */
package dev.foothold.tenant.members.entity;
