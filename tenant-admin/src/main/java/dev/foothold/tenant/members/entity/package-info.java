/**
 * JPA mapping of members and invitations; both tenant-owned. Depends on Jakarta Persistence,
 * Hibernate's {@code @TenantId} and {@code platform-api}.
 */
package dev.foothold.tenant.members.entity;
