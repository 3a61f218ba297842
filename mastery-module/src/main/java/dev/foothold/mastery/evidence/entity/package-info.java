/**
 * JPA mapping of evidence entries, the chain head, feedback, consents, screens and notices; all
 * tenant-owned. Entries are never changed once written. Depends on Jakarta Persistence, JSON-P and
 * Hibernate's {@code @TenantId}.
 */
package dev.foothold.mastery.evidence.entity;
