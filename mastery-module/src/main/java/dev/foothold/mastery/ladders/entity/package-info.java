/**
 * JPA mapping of ladders, rungs, climbs and attempts; all tenant-owned. Depends on Jakarta
 * Persistence and Hibernate's {@code @TenantId}.
 */
package dev.foothold.mastery.ladders.entity;
