/** JPA mapping of tenants. Depends on Jakarta Persistence and {@code platform-api} only. */
package dev.foothold.tenant.tenants.entity;
