/**
 * JPA mapping of branding and custom domains; both tenant-owned. Depends on Jakarta Persistence and
 * Hibernate's {@code @TenantId}.
 */
package dev.foothold.tenant.branding.entity;
